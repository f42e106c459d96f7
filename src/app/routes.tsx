import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { OperationName } from '../lib/sts/schemas.ts';

type Page = LazyExoticComponent<ComponentType>;

function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): Page {
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}

/** One lazily loaded page per operation: the first screen carries only what it shows. */
export const operationPages: Partial<Record<OperationName, Page>> = {
  AssumeRoleWithWebIdentity: page(
    () =>
      import('../features/assume-role-with-web-identity/assume-role-with-web-identity-page.tsx'),
    (m) => m.AssumeRoleWithWebIdentityPage,
  ),
};
