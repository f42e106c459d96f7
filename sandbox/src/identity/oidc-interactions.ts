// Handles the provider's interaction routes (<mount>/interaction/<uid>[/login|/confirm|/abort]):
// shows the sign-in or consent page and reports the result back to oidc-provider.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { InteractionDetails } from 'oidc-provider';
import {
  interactionPageCsp,
  renderConsentPage,
  renderErrorPage,
  renderLoginPage,
} from './oidc-interaction-pages.ts';

const maxBodyBytes = 16 * 1024;
const usernamePattern = /^[A-Za-z0-9._@+-]{1,64}$/;

/** The email the sandbox provider reports for a username. */
export function emailForUsername(username: string): string {
  return username.includes('@') ? username : `${username}@example.com`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export interface InteractionRoutes {
  /** The uid and action when the path is an interaction route, else undefined. */
  match(pathname: string): { uid: string; action: string } | undefined;
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    route: { uid: string; action: string },
  ): Promise<void>;
}

/** Builds the interaction route handler for a provider mounted at mountPath. */
export function createInteractionRoutes(
  provider: Provider,
  opts: { mountPath: string; consoleOrigins: string[]; clientName: string },
): InteractionRoutes {
  const prefix = `${opts.mountPath}/interaction/`;
  const csp = interactionPageCsp(opts.consoleOrigins);

  const sendHtml = (res: ServerResponse, status: number, html: string): void => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(html);
  };

  const showPrompt = (res: ServerResponse, details: InteractionDetails, error?: string): void => {
    const actionBase = `${prefix}${details.uid}`;
    if (details.prompt.name === 'consent' && details.session) {
      const scope = typeof details.params.scope === 'string' ? details.params.scope : 'openid';
      sendHtml(
        res,
        200,
        renderConsentPage({
          actionBase,
          clientName: opts.clientName,
          accountId: details.session.accountId,
          scopes: scope.split(' ').filter(Boolean),
        }),
      );
      return;
    }
    sendHtml(
      res,
      error ? 400 : 200,
      renderLoginPage({ actionBase, clientName: opts.clientName, error }),
    );
  };

  const grantAll = async (details: InteractionDetails, accountId: string): Promise<string> => {
    const clientId = String(details.params.client_id);
    const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    const grant = existing ?? new provider.Grant({ accountId, clientId });
    const scope = typeof details.params.scope === 'string' ? details.params.scope : 'openid';
    grant.addOIDCScope(scope);
    const missingClaims = details.prompt.details.missingOIDCClaims;
    if (Array.isArray(missingClaims)) grant.addOIDCClaims(missingClaims.map(String));
    return grant.save();
  };

  const act = async (
    req: IncomingMessage,
    res: ServerResponse,
    details: InteractionDetails,
    action: string,
  ): Promise<void> => {
    if (action === 'abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User aborted interaction' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (action === 'login') {
      const username = ((await readForm(req)).get('username') ?? '').trim();
      if (!usernamePattern.test(username)) {
        showPrompt(res, details, 'Enter a username of 1–64 letters, digits or . _ @ + -');
        return;
      }
      // Signing in also grants what was asked, so no separate consent page follows.
      const grantId = await grantAll(details, username);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: username, amr: ['pwd'] }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const accountId = details.session?.accountId;
    if (accountId === undefined) {
      showPrompt(res, details, 'Sign in first.');
      return;
    }
    const grantId = await grantAll(details, accountId);
    await provider.interactionFinished(req, res, { consent: { grantId } });
  };

  return {
    match(pathname) {
      if (!pathname.startsWith(prefix)) return undefined;
      const [uid, action = '', ...rest] = pathname.slice(prefix.length).split('/');
      if (!uid || rest.length > 0 || !['', 'login', 'confirm', 'abort'].includes(action)) {
        return undefined;
      }
      return { uid, action };
    },
    async handle(req, res, route) {
      try {
        const details = await provider.interactionDetails(req, res);
        if (details.uid !== route.uid) {
          sendHtml(
            res,
            400,
            renderErrorPage({
              error: 'invalid_request',
              error_description: 'interaction mismatch',
            }),
          );
          return;
        }
        if (route.action === '') {
          if (req.method !== 'GET' && req.method !== 'HEAD') {
            sendHtml(
              res,
              405,
              renderErrorPage({
                error: 'invalid_request',
                error_description: 'method not allowed',
              }),
            );
            return;
          }
          showPrompt(res, details);
          return;
        }
        if (req.method !== 'POST') {
          sendHtml(
            res,
            405,
            renderErrorPage({ error: 'invalid_request', error_description: 'method not allowed' }),
          );
          return;
        }
        await act(req, res, details, route.action);
      } catch (error) {
        const description = error instanceof Error ? error.message : 'interaction failed';
        if (!res.headersSent) {
          sendHtml(
            res,
            400,
            renderErrorPage({ error: 'invalid_request', error_description: description }),
          );
        } else {
          res.end();
        }
      }
    },
  };
}
