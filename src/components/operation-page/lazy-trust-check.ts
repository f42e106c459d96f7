import type { ComponentType } from 'react';
import { lazyComponent } from '../lazy-component.tsx';

/** A page's trust policy check, for `Checks`: it (and its policy evaluator) loads after the first screen. */
export function lazyTrustCheck(load: () => Promise<ComponentType>): ComponentType {
  return lazyComponent('the trust policy check', load).Component;
}
