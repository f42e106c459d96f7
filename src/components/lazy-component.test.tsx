import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy-component.tsx';
import { markFirstScreenShown } from './when-idle.ts';

// As in the app once its first screen is up: a lazy part that is rendered loads at once.
markFirstScreenShown();

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyComponent', () => {
  it('shows a placeholder until the chunk is there, then the component with its props', async () => {
    let finish: (c: typeof Greeting) => void = () => undefined;
    const lazy = lazyComponent(
      'the greeting',
      () =>
        new Promise<typeof Greeting>((resolve) => {
          finish = resolve;
        }),
    );
    render(<lazy.Component name="Ada" />);
    expect(screen.getByText('Loading the greeting…')).toBeTruthy();
    await act(async () => {
      finish(Greeting);
      await lazy.preload();
    });
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });

  it('renders at once when the chunk was preloaded', async () => {
    const lazy = lazyComponent('the greeting', () => Promise.resolve(Greeting));
    await lazy.preload();
    render(<lazy.Component name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeTruthy();
  });

  it('says when the chunk cannot be fetched, and tries again on request', async () => {
    let online = false;
    const lazy = lazyComponent('the greeting', () =>
      online ? Promise.resolve(Greeting) : Promise.reject(new Error('offline')),
    );
    render(<lazy.Component name="Linus" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not load the code that shows the greeting');
    online = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await Promise.resolve();
    });
    expect(await screen.findByText('Hello Linus')).toBeTruthy();
  });
});
