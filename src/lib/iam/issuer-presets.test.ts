import { describe, expect, it } from 'vitest';
import { issuerPreset } from './issuer-presets.ts';

describe('issuerPreset', () => {
  it.each([
    [
      'https://token.actions.githubusercontent.com',
      'repo:o/r:ref:refs/heads/main',
      'GitHub Actions',
    ],
    ['https://ghe.example.com/_services/token', 'repo:o/r:pull_request', 'GitHub Actions'],
    ['https://gitlab.com', 'project_path:g/p:ref_type:branch:ref:main', 'GitLab CI/CD'],
    ['https://gitlab.example.com', 'project_path:g/p:ref_type:tag:ref:v1', 'GitLab CI/CD'],
    [
      'https://oidc.eks.us-west-2.amazonaws.com/id/ABC',
      'system:serviceaccount:ns:sa',
      'Amazon EKS (IAM roles for service accounts)',
    ],
    ['https://k8s.example.com', 'system:serviceaccount:ns:sa', 'Kubernetes service account'],
    ['https://accounts.google.com', '1234', 'Google'],
    ['https://cognito-identity.amazonaws.com', 'us-east-1:x', 'Amazon Cognito identity pools'],
    ['https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc', 'u', 'Amazon Cognito user pools'],
    ['https://login.microsoftonline.com/tenant/v2.0', 's', 'Microsoft Entra ID'],
    ['https://tenant.eu.auth0.com/', 'auth0|1', 'Auth0'],
    ['https://dev-1.okta.com/oauth2/default', '00u1', 'Okta'],
  ])('%s → %s', (iss, sub, name) => {
    expect(issuerPreset(iss, sub)?.name).toBe(name);
  });

  it('knows nothing of other providers', () => {
    expect(issuerPreset('https://idp.example.com', 'alice')).toBeUndefined();
    expect(
      issuerPreset('https://evil.com/token.actions.githubusercontent.com', 'x'),
    ).toBeUndefined();
  });
});
