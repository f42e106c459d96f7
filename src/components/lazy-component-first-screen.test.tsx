import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from './lazy-component.tsx';
import { markFirstScreenShown } from './when-idle.ts';

afterEach(cleanup);

function Part() {
  return <p>Loaded part</p>;
}

describe('lazyComponent on the first screen', () => {
  it('does not fetch its chunk while the first screen is being built, only after it', async () => {
    const load = vi.fn(() => Promise.resolve(Part));
    const lazy = lazyComponent('the part', load);
    render(<lazy.Component />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('Loading the part…')).toBeTruthy();
    act(() => {
      markFirstScreenShown();
    });
    expect(await screen.findByText('Loaded part')).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
  });
});
