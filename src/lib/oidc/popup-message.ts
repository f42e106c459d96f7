// The sign-in window (pop-up) and the console tab that opened it talk over a BroadcastChannel:
// the console's Cross-Origin-Opener-Policy cuts the pop-up off from its opener when the provider
// sends it back, so window.opener is gone by then. A BroadcastChannel reaches only pages of this
// origin, and each message names its flow by the state, which only the opener's memory holds.
// These pure helpers build and check the messages; nothing here touches the DOM.
import { CALLBACK_PARAMETERS } from './callback-url.ts';

/** The channel both sides open (the same origin only, by the browser's rules). */
export const POPUP_CHANNEL = 'sts-console.oidc.popup.v1';

/** States of pop-up sign-ins start with this, so the page the provider returns to knows its role. */
export const POPUP_STATE_PREFIX = 'popup-';

/** The pop-up waits this long for the console tab to take the response before it gives up. */
export const POPUP_ACK_TIMEOUT_MS = 3000;

/** The pop-up hands the authorization response to the console tab. */
export interface PopupCallback {
  type: 'sts-console.oidc.callback';
  state: string;
  /** Only the authorization response parameters (CALLBACK_PARAMETERS), as name/value pairs. */
  params: [string, string][];
}

/** The console tab took the response whose state this is: the pop-up may close. */
export interface PopupAck {
  type: 'sts-console.oidc.ack';
  state: string;
}

const STATE = /^popup-[\w-]{22,128}$/;
const ALLOWED: ReadonlySet<string> = new Set(CALLBACK_PARAMETERS);
const MAX_VALUE_LENGTH = 8192;

/** Pure: whether a state belongs to a pop-up sign-in (by its prefix and shape). */
export function isPopupState(state: string | null | undefined): state is string {
  return typeof state === 'string' && STATE.test(state);
}

/** Pure: the message that hands an authorization response over, or undefined without a pop-up state. */
export function callbackMessage(params: URLSearchParams): PopupCallback | undefined {
  const state = params.get('state');
  if (!isPopupState(state)) return undefined;
  const pairs: [string, string][] = [];
  for (const name of CALLBACK_PARAMETERS) {
    const value = params.get(name);
    if (value !== null) pairs.push([name, value]);
  }
  return { type: 'sts-console.oidc.callback', state, params: pairs };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPair(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    ALLOWED.has(value[0]) &&
    typeof value[1] === 'string' &&
    value[1].length <= MAX_VALUE_LENGTH
  );
}

/**
 * Pure: the authorization response in a channel message, only when the message is a well-formed
 * callback for exactly this flow's state (anything else — another tab's flow, a tampered or
 * malformed message — is undefined and must be ignored).
 */
export function readCallbackMessage(
  data: unknown,
  expectedState: string,
): URLSearchParams | undefined {
  if (!isRecord(data) || data.type !== 'sts-console.oidc.callback') return undefined;
  if (data.state !== expectedState || !isPopupState(data.state)) return undefined;
  const pairs = data.params;
  if (!Array.isArray(pairs) || pairs.length > CALLBACK_PARAMETERS.length) return undefined;
  if (!pairs.every(isPair)) return undefined;
  // Each parameter once (a repeated one could be read differently by the two sides).
  if (new Set(pairs.map(([name]) => name)).size !== pairs.length) return undefined;
  const params = new URLSearchParams(pairs);
  if (params.get('state') !== expectedState) return undefined;
  return params;
}

/** Pure: the acknowledgement for a state. */
export function ackMessage(state: string): PopupAck {
  return { type: 'sts-console.oidc.ack', state };
}

/** Pure: true when a channel message acknowledges exactly this state. */
export function isAckFor(data: unknown, state: string): boolean {
  return isRecord(data) && data.type === 'sts-console.oidc.ack' && data.state === state;
}
