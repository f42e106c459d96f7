import { lazyComponent } from '../lazy-component.tsx';

/** The credentials card (with its export formats), loaded after the first screen. */
export const LazyCredentialsCard = lazyComponent('the credentials', () =>
  import('./credentials-card.tsx').then((m) => m.CredentialsCard),
).Component;
