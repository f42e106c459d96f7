import { lazyComponent } from '../lazy-component.tsx';

/** The decoded token view (claims, warnings, trust-policy hints), loaded after the first screen. */
export const LazyTokenView = lazyComponent('the decoded token', () =>
  import('./token-view.tsx').then((m) => m.TokenView),
).Component;
