import { lazyComponent } from './lazy-component.tsx';

/**
 * A failed call beside its form (the field it names, the panel with its advice for every STS
 * error): loaded after the first screen.
 */
export const LazyCallFailure = lazyComponent('what went wrong', () =>
  import('./operation-page/call-failure.tsx').then((m) => m.CallFailure),
).Component;
