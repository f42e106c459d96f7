import { describe, expect, it } from 'vitest';
import { mediaType, refuseControlRequest } from './control-guard.ts';

const CONSOLE = ['http://127.0.0.1:5173', 'http://localhost:5173'];

describe('refuseControlRequest', () => {
  it('lets JSON through from the console or from a client without an Origin', () => {
    for (const origin of [...CONSOLE, undefined]) {
      expect(
        refuseControlRequest(
          { method: 'POST', origin, contentType: 'application/json; charset=utf-8' },
          CONSOLE,
        ),
      ).toBeUndefined();
    }
  });

  it('refuses any other Origin (403), whatever the content type or method', () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:5174']) {
      for (const method of ['POST', 'GET']) {
        expect(
          refuseControlRequest({ method, origin, contentType: 'application/json' }, CONSOLE)
            ?.status,
        ).toBe(403);
      }
    }
  });

  it('refuses a state change that is not application/json (415), even from the console', () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      expect(
        refuseControlRequest({ method: 'POST', origin: CONSOLE[0], contentType }, CONSOLE)?.status,
      ).toBe(415);
    }
    expect(
      refuseControlRequest({ method: 'GET', origin: undefined, contentType: undefined }, CONSOLE),
    ).toBeUndefined();
  });

  it('reads the media type without parameters or case', () => {
    expect(mediaType(' Application/JSON ; charset=UTF-8')).toBe('application/json');
    expect(mediaType(undefined)).toBe('');
  });
});
