import { lazyComponent } from './lazy-component.tsx';

/** The failure panel (with its advice for every STS error), loaded after the first screen. */
export const LazyFailurePanel = lazyComponent('what went wrong', () =>
  import('./failure-panel.tsx').then((m) => m.FailurePanel),
).Component;
