import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ackMessage,
  POPUP_ACK_TIMEOUT_MS,
  POPUP_CHANNEL,
  readCallbackMessage,
} from '../../../lib/oidc/popup-message.ts';
import { handOffPopupSignIn } from './popup-handoff.ts';

const STATE = 'popup-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** The console tab's side of the channel: what it heard. */
function consoleTab() {
  const channel = new BroadcastChannel(POPUP_CHANNEL);
  const heard: unknown[] = [];
  const next = new Promise<unknown>((resolve) => {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      heard.push(event.data);
      resolve(event.data);
    };
  });
  return { channel, heard, next };
}

describe('the sign-in window back from the provider', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('leaves every other page alone (no response, or a full-page sign-in’s)', () => {
    window.history.replaceState(null, '', '/#/assume-role');
    expect(handOffPopupSignIn(root)).toBe(false);
    window.history.replaceState(null, '', '/?code=c&state=plain-redirect-state-0123456789abcdef');
    expect(handOffPopupSignIn(root)).toBe(false);
    expect(window.location.search).toBe('?code=c&state=plain-redirect-state-0123456789abcdef');
    expect(root.textContent).toBe('');
  });

  it('cleans the address, hands the response over and closes once the tab took it', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const tab = consoleTab();
    window.history.replaceState(null, '', `/?code=the-code&state=${STATE}&iss=http%3A%2F%2Fidp`);
    expect(handOffPopupSignIn(root)).toBe(true);
    expect(window.location.search).toBe('');
    const params = readCallbackMessage(await tab.next, STATE);
    expect(params?.get('code')).toBe('the-code');
    expect(close).not.toHaveBeenCalled();
    // Another flow's acknowledgement does not close it.
    tab.channel.postMessage(ackMessage(`${STATE}x`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(close).not.toHaveBeenCalled();
    tab.channel.postMessage(ackMessage(STATE));
    await vi.waitFor(() => {
      expect(close).toHaveBeenCalledTimes(1);
    });
    expect(root.textContent).toContain('closes by itself');
    tab.channel.close();
  });

  it('says it was refused when no tab takes the response', () => {
    vi.useFakeTimers();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    window.history.replaceState(null, '', `/?error=access_denied&state=${STATE}`);
    expect(handOffPopupSignIn(root)).toBe(true);
    expect(root.textContent).toContain('Handing the sign-in back');
    vi.advanceTimersByTime(POPUP_ACK_TIMEOUT_MS);
    expect(root.textContent).toContain('so it was refused');
    expect(close).not.toHaveBeenCalled();
  });
});
