import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazy-module.ts';

interface Shout {
  shout: (text: string) => string;
}

function deferred() {
  let finish: (m: Shout) => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const promise = new Promise<Shout>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

describe('lazyModule', () => {
  it('is undefined until loaded, then the same module to every caller', async () => {
    const d = deferred();
    let loads = 0;
    const lazy = lazyModule(() => {
      loads += 1;
      return d.promise;
    });
    expect(lazy.loaded()).toBeUndefined();
    const first = lazy.load();
    const second = lazy.load();
    d.finish({ shout: (t) => t.toUpperCase() });
    expect(await first).toBe(await second);
    expect(lazy.loaded()?.shout('hi')).toBe('HI');
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let attempt = 0;
    const lazy = lazyModule(() => {
      attempt += 1;
      return attempt === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve<Shout>({ shout: (t) => `${t}!` });
    });
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.loaded()).toBeUndefined();
    expect((await lazy.load()).shout('again')).toBe('again!');
  });

  it('renders a component again when the module arrives', async () => {
    const d = deferred();
    const lazy = lazyModule(() => d.promise);
    function Loud({ text }: { text: string }) {
      const m = lazy.useLoaded();
      return <p>{m ? m.shout(text) : text}</p>;
    }
    render(<Loud text="quiet" />);
    expect(screen.getByText('quiet')).toBeTruthy();
    await act(async () => {
      d.finish({ shout: (t) => t.toUpperCase() });
      await lazy.load();
    });
    expect(screen.getByText('QUIET')).toBeTruthy();
  });
});
