/** What the common identity providers put in iss, aud and sub, for writing a trust policy. */

export interface IssuerPreset {
  name: string;
  /** One line each: what :sub and :aud hold for this provider, and what to watch for. */
  notes: readonly string[];
}

interface PresetRule {
  test: (issuer: string, subject: string) => boolean;
  preset: IssuerPreset;
}

const host = (issuer: string) => issuer.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';

const RULES: readonly PresetRule[] = [
  {
    test: (iss) =>
      host(iss) === 'token.actions.githubusercontent.com' || /\/_services\/token\/?$/.test(iss),
    preset: {
      name: 'GitHub Actions',
      notes: [
        ':sub is repo:ORG/REPO:ref:refs/heads/BRANCH, repo:ORG/REPO:environment:NAME (a job with an environment), repo:ORG/REPO:pull_request or repo:ORG/REPO:ref:refs/tags/TAG.',
        ':aud is sts.amazonaws.com with aws-actions/configure-aws-credentials.',
        'Match :sub with StringLike (repo:ORG/REPO:*) or StringEquals for one branch; never leave :sub unchecked.',
      ],
    },
  },
  {
    test: (iss, sub) => /^project_path:/.test(sub) || host(iss) === 'gitlab.com',
    preset: {
      name: 'GitLab CI/CD',
      notes: [
        ':sub is project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH (or ref_type:tag).',
        ':aud is whatever the job’s id_tokens aud says; the provider URL is your GitLab URL.',
      ],
    },
  },
  {
    test: (iss) =>
      /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\//.test(iss.replace(/^https:\/\//, '')),
    preset: {
      name: 'Amazon EKS (IAM roles for service accounts)',
      notes: [
        ':sub is system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT.',
        ':aud is sts.amazonaws.com.',
        'Each cluster has its own issuer (…/id/CLUSTER_ID) and so its own IAM OIDC provider.',
      ],
    },
  },
  {
    test: (_iss, sub) => sub.startsWith('system:serviceaccount:'),
    preset: {
      name: 'Kubernetes service account',
      notes: [
        ':sub is system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT.',
        ':aud is the audience the projected token was requested for.',
      ],
    },
  },
  {
    test: (iss) => host(iss) === 'accounts.google.com',
    preset: {
      name: 'Google',
      notes: [
        'Federated is accounts.google.com (no provider ARN).',
        'accounts.google.com:aud is the token’s azp claim when it has one, and accounts.google.com:oaud its aud.',
        ':sub is the Google account’s numeric ID.',
      ],
    },
  },
  {
    test: (iss) => host(iss) === 'cognito-identity.amazonaws.com',
    preset: {
      name: 'Amazon Cognito identity pools',
      notes: [
        'Federated is cognito-identity.amazonaws.com.',
        ':aud is the identity pool ID; :amr holds authenticated or unauthenticated (use ForAnyValue:StringLike).',
        ':sub is the Cognito identity ID.',
      ],
    },
  },
  {
    test: (iss) => /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/.test(host(iss)),
    preset: {
      name: 'Amazon Cognito user pools',
      notes: [':aud is the app client ID; :sub is the user’s ID in the pool.'],
    },
  },
  {
    test: (iss) => ['login.microsoftonline.com', 'sts.windows.net'].includes(host(iss)),
    preset: {
      name: 'Microsoft Entra ID',
      notes: [
        'The issuer includes the tenant ID (…/TENANT/v2.0 or sts.windows.net/TENANT/): register exactly that URL.',
        ':aud is the application (client) ID or its api:// URI; :sub differs per application.',
      ],
    },
  },
  {
    test: (iss) => host(iss).endsWith('.auth0.com'),
    preset: {
      name: 'Auth0',
      notes: [
        'The issuer ends with a slash (https://TENANT.auth0.com/): the provider name keeps it.',
        ':sub is CONNECTION|ID (e.g. auth0|…, google-oauth2|…); :aud is the client ID or the API identifier.',
      ],
    },
  },
  {
    test: (iss) => /\.(okta|oktapreview)\.com$/.test(host(iss)),
    preset: {
      name: 'Okta',
      notes: [
        'The org issuer (https://ORG.okta.com) and a custom authorization server (…/oauth2/default) are different providers.',
        ':sub is the user ID (00u…); :aud is the client ID or the server’s audience (api://default).',
      ],
    },
  },
];

/** The preset for a token's issuer (and subject), or undefined for a provider not listed. */
export function issuerPreset(issuer: string, subject = ''): IssuerPreset | undefined {
  return RULES.find((r) => r.test(issuer, subject))?.preset;
}
