// The sandbox OpenID provider's own pages: sign-in, consent, error. Self-contained HTML: no
// scripts, no external resources; the one stylesheet is allowed by its hash in our CSP.
import { createHash } from 'node:crypto';

const style = [
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#16191f}',
  'main{max-width:26rem;margin:3rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}',
  'h1{font-size:1.4rem;margin:0 0 1rem}',
  'label{display:block;font-weight:600;margin-bottom:.25rem}',
  'input{box-sizing:border-box;width:100%;padding:.5rem;font:inherit;border:1px solid #8d99a8;border-radius:4px}',
  '.actions{display:flex;gap:.75rem;margin-top:1rem}',
  'button{font:inherit;padding:.5rem 1.25rem;border-radius:4px;border:1px solid #0972d3;cursor:pointer}',
  'button.primary{background:#0972d3;color:#fff}button.secondary{background:#fff;color:#0972d3}',
  '.error{color:#d91515;font-weight:600}',
  'code{font-size:.9em}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}',
].join('');

const styleHash = createHash('sha256').update(style).digest('base64');

/** The Content-Security-Policy our pages are served with (forms may redirect to the console). */
export function interactionPageCsp(consoleOrigins: string[]): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    `form-action 'self' ${consoleOrigins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function denyForm(actionBase: string): string {
  return `<form method="post" action="${escapeHtml(actionBase)}/abort">
<button type="submit" class="secondary">Deny</button>
</form>`;
}

export interface LoginPageInput {
  /** e.g. /oidc/interaction/<uid> */
  actionBase: string;
  clientName: string;
  username?: string;
  error?: string;
}

/** The sign-in page: a username (no password, it is a demo), "Sign in" and "Deny". */
export function renderLoginPage(input: LoginPageInput): string {
  const error = input.error ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>\n` : '';
  return layout(
    'Sign in — sandbox identity provider',
    `<h1>Sign in to the sandbox identity provider</h1>
<p><strong>${escapeHtml(input.clientName)}</strong> asks you to sign in. This is a local demo provider:
any username is accepted and there is no password.</p>
${error}<form method="post" action="${escapeHtml(input.actionBase)}/login">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" required maxlength="64" autofocus value="${escapeHtml(input.username ?? '')}">
<div class="actions">
<button type="submit" class="primary">Sign in</button>
</div>
</form>
${denyForm(input.actionBase)}`,
  );
}

export interface ConsentPageInput {
  actionBase: string;
  clientName: string;
  accountId: string;
  scopes: string[];
}

/** The consent page: what the client asks for, "Allow" and "Deny". */
export function renderConsentPage(input: ConsentPageInput): string {
  const scopes = input.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`);
  return layout(
    'Allow access — sandbox identity provider',
    `<h1>Allow ${escapeHtml(input.clientName)} to sign you in?</h1>
<p>Signed in as <strong>${escapeHtml(input.accountId)}</strong>. The application asks for:</p>
<ul>${scopes.join('')}</ul>
<form method="post" action="${escapeHtml(input.actionBase)}/confirm">
<div class="actions">
<button type="submit" class="primary">Allow</button>
</div>
</form>
${denyForm(input.actionBase)}`,
  );
}

/** An error page listing OAuth error fields (all escaped). */
export function renderErrorPage(fields: Record<string, string>): string {
  const rows = Object.entries(fields).map(
    ([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`,
  );
  return layout(
    'Sign-in error — sandbox identity provider',
    `<h1>Sign-in could not continue</h1>
<p class="error" role="alert">The sandbox identity provider could not complete this request.</p>
<dl>${rows.join('')}</dl>`,
  );
}
