import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageScript } from './page-probes.ts';

/** The helper esbuild (tsx) inserts around named functions; absent in the page. */
declare const __name: <F>(fn: F, name: string) => F;

/** Evaluates a page expression in a bare context, as the page would. */
function evaluate(source: string): unknown {
  return runInNewContext(source) as unknown;
}

describe('pageScript', () => {
  it('calls the function with its argument, JSON-encoded', () => {
    const source = pageScript((n: { a: number; s: string }) => `${n.s}${n.a * 2}`, {
      a: 21,
      s: 'x"',
    });
    expect(evaluate(source)).toBe('x"42');
  });

  it('gives the function a no-op __name, as esbuild-transformed code expects', () => {
    const source = pageScript(() => __name(() => 'ok', 'f')(), null);
    expect(evaluate(source)).toBe('ok');
  });
});
