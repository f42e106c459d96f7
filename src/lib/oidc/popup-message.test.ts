import { describe, expect, it } from 'vitest';
import {
  ackMessage,
  callbackMessage,
  isAckFor,
  isPopupState,
  readCallbackMessage,
} from './popup-message.ts';

const STATE = 'popup-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function response(extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({ code: 'the-code', state: STATE, iss: 'http://idp', ...extra });
}

describe('pop-up states', () => {
  it('tells pop-up states from redirect ones and from junk', () => {
    expect(isPopupState(STATE)).toBe(true);
    expect(isPopupState('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG')).toBe(false);
    expect(isPopupState('popup-short')).toBe(false);
    expect(isPopupState('popup-has spaces and more than enough characters')).toBe(false);
    expect(isPopupState(null)).toBe(false);
    expect(isPopupState(undefined)).toBe(false);
  });
});

describe('callbackMessage', () => {
  it('carries only the authorization response parameters', () => {
    const message = callbackMessage(response({ utm_source: 'mail' }));
    expect(message).toEqual({
      type: 'sts-console.oidc.callback',
      state: STATE,
      params: [
        ['code', 'the-code'],
        ['state', STATE],
        ['iss', 'http://idp'],
      ],
    });
  });

  it('is undefined for a redirect sign-in (no pop-up state)', () => {
    expect(callbackMessage(new URLSearchParams({ code: 'c', state: 'plain-state' }))).toBe(
      undefined,
    );
    expect(callbackMessage(new URLSearchParams({ error: 'access_denied' }))).toBe(undefined);
  });
});

describe('readCallbackMessage', () => {
  const message = callbackMessage(response({ error: 'access_denied' }));

  it('gives back the response of exactly this flow', () => {
    const params = readCallbackMessage(message, STATE);
    expect(params && Object.fromEntries(params)).toEqual({
      code: 'the-code',
      state: STATE,
      iss: 'http://idp',
      error: 'access_denied',
    });
  });

  it('ignores another flow’s response (another tab, or a tampered state)', () => {
    expect(readCallbackMessage(message, `${STATE}x`)).toBe(undefined);
    const tampered = { ...message, state: 'popup-tampered-state-value-0123456789abcdef' };
    expect(readCallbackMessage(tampered, STATE)).toBe(undefined);
  });

  it('ignores a message whose parameters disagree with its state', () => {
    const other = callbackMessage(
      response({ state: 'popup-tampered-state-value-0123456789abcdef' }),
    );
    expect(readCallbackMessage({ ...other, state: STATE }, STATE)).toBe(undefined);
  });

  it('ignores malformed messages', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'text',
      [],
      { type: 'other', state: STATE, params: [] },
      { type: 'sts-console.oidc.callback', state: STATE },
      { type: 'sts-console.oidc.callback', state: STATE, params: 'code=x' },
      {
        type: 'sts-console.oidc.callback',
        state: STATE,
        params: [
          ['state', STATE],
          ['evil', 'x'],
        ],
      },
      {
        type: 'sts-console.oidc.callback',
        state: STATE,
        params: [
          ['state', STATE],
          ['code', 1],
        ],
      },
      { type: 'sts-console.oidc.callback', state: STATE, params: [['state', STATE, 'x']] },
      {
        type: 'sts-console.oidc.callback',
        state: STATE,
        params: [
          ['state', STATE],
          ['code', 'a'],
          ['code', 'b'],
        ],
      },
      {
        type: 'sts-console.oidc.callback',
        state: STATE,
        params: [
          ['state', STATE],
          ['code', 'x'.repeat(10_000)],
        ],
      },
    ];
    for (const data of bad) expect(readCallbackMessage(data, STATE)).toBe(undefined);
  });
});

describe('acknowledgements', () => {
  it('acknowledge exactly one state', () => {
    expect(isAckFor(ackMessage(STATE), STATE)).toBe(true);
    expect(isAckFor(ackMessage(`${STATE}x`), STATE)).toBe(false);
    expect(isAckFor({ type: 'sts-console.oidc.callback', state: STATE }, STATE)).toBe(false);
    expect(isAckFor(null, STATE)).toBe(false);
  });
});
