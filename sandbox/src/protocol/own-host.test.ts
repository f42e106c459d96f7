import { describe, expect, it } from 'vitest';
import { isOwnHost, ownHosts } from './own-host.ts';

describe('own hosts', () => {
  const own = ownHosts(5174, '127.0.0.1');

  it('names the sandbox by its loopback names at its port', () => {
    for (const host of ['127.0.0.1:5174', 'localhost:5174', 'LocalHost:5174', '[::1]:5174']) {
      expect(isOwnHost(host, own)).toBe(true);
    }
  });

  it('refuses any other name, port, or a missing Host', () => {
    for (const host of [
      'evil.example:5174',
      'evil.example',
      '127.0.0.1:5173',
      '127.0.0.1',
      'localhost.evil.example:5174',
      '127.0.0.2:5174',
      '',
      undefined,
    ]) {
      expect(isOwnHost(host, own)).toBe(false);
    }
  });

  it('adds the listen address, bracketing IPv6, and bare names on port 80', () => {
    expect(isOwnHost('[::1]:9000', ownHosts(9000, '::1'))).toBe(true);
    expect(isOwnHost('localhost', ownHosts(80, '127.0.0.1'))).toBe(true);
    expect(isOwnHost('localhost', own)).toBe(false);
  });
});
