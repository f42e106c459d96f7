/**
 * One STS call, from Query parameters to an XML body: Action/Version, SigV4 and the caller,
 * model validation, then the operation. Order as STS: action → authentication → validation → logic.
 */
import { hasAuthorization, verifySigV4, type ReceivedRequest } from '../auth/verify-sigv4.ts';
import { err, type Result } from '../lib/result.ts';
import { accessDenied, baseConditions } from '../ops/shared/access-denied.ts';
import type { OpContext } from '../ops/shared/context.ts';
import { findHandler } from '../ops/registry.ts';
import { readInput, type QueryParams } from '../protocol/parse-query.ts';
import { validateInput } from '../validation/validate-input.ts';
import type { Caller, CredentialStore } from '../world/credential-store.ts';
import { principalArn } from '../world/principals.ts';
import type { World } from '../world/world-config.ts';
import { API_VERSION, findOperation } from '../protocol/sts-model.ts';
import { errorXml, successXml } from '../protocol/responses.ts';
import { ERR, type StsError } from '../protocol/sts-error.ts';

export interface DispatchDeps {
  world: World;
  store: CredentialStore;
  baseUrl: string;
}

export type DispatchOutcome =
  | { kind: 'redirect'; location: string }
  | { kind: 'answer'; action: string | undefined; status: number; xml: string };

/** Where STS sends a request without an Action. */
export const NO_ACTION_REDIRECT = 'https://aws.amazon.com/iam';

/** Runs one STS request and renders its XML answer. */
export async function dispatch(
  params: QueryParams,
  request: ReceivedRequest,
  deps: DispatchDeps,
  clocks: { nowMs: number; signingNowMs: number },
  requestId: string,
): Promise<DispatchOutcome> {
  const action = params.get('Action');
  if (action === undefined) return { kind: 'redirect', location: NO_ACTION_REDIRECT };
  const result = await run(action, params, request, deps, clocks);
  const known = findOperation(action) === undefined ? undefined : action;
  if (!result.ok) {
    return {
      kind: 'answer',
      action: known,
      status: result.error.status,
      xml: errorXml(result.error, requestId),
    };
  }
  return {
    kind: 'answer',
    action: known,
    status: 200,
    xml: successXml(action, result.value, requestId),
  };
}

async function run(
  action: string,
  params: QueryParams,
  request: ReceivedRequest,
  deps: DispatchDeps,
  clocks: { nowMs: number; signingNowMs: number },
): Promise<Result<Parameters<typeof successXml>[1], StsError>> {
  const { nowMs } = clocks;
  const version = params.get('Version') ?? 'NO_VERSION_SPECIFIED';
  const operation = findOperation(action);
  const handler = findHandler(action);
  if (version !== API_VERSION || operation === undefined || handler === undefined) {
    return err(ERR.invalidAction(action, version));
  }
  let caller: Caller | undefined;
  if (!operation.unsigned || hasAuthorization(request)) {
    const authenticated = await authenticate(request, deps.store, clocks);
    if (!authenticated.ok) return authenticated;
    caller = authenticated.value;
    const refused = refuseFederated(action, caller, deps.world, nowMs);
    if (refused !== undefined) return err(refused);
  }
  const input = validateInput(readInput(params, operation.input), operation.input);
  if (!input.ok) return input;
  const ctx: OpContext = {
    world: deps.world,
    store: deps.store,
    nowMs,
    caller,
    input: input.value,
    baseUrl: deps.baseUrl,
  };
  return handler(ctx);
}

async function authenticate(
  request: ReceivedRequest,
  store: CredentialStore,
  clocks: { nowMs: number; signingNowMs: number },
): Promise<Result<Caller, StsError>> {
  // The signature window uses the server's real clock (plus any clock-skew fault); session expiry
  // uses the sandbox clock, which tests may move forward.
  const verified = await verifySigV4(
    request,
    (id) => store.secretFor(id),
    new Date(clocks.signingNowMs),
  );
  if (!verified.ok) return verified;
  return store.resolve(
    verified.value.accessKeyId,
    request.headers['x-amz-security-token'],
    clocks.nowMs,
  );
}

/** Federation-token credentials may only call GetCallerIdentity. */
function refuseFederated(
  action: string,
  caller: Caller,
  world: World,
  nowMs: number,
): StsError | undefined {
  const p = caller.principal;
  if (p.kind !== 'federated-user' || action === 'GetCallerIdentity') return undefined;
  if (action === 'GetSessionToken' || action === 'GetFederationToken') {
    return ERR.accessDenied(`Cannot call ${action} with session credentials`);
  }
  return accessDenied(`User: ${principalArn(p)} is not authorized to perform: sts:${action}`, {
    principal: p,
    action: `sts:${action}`,
    resource: '*',
    conditions: baseConditions(p, nowMs, world.region),
  });
}
