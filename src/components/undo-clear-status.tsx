import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { UndoClearStatusProps } from './undo-clear-content.tsx';
import {
  isUndoClearContentLoaded,
  loadUndoClearContent,
  subscribeUndoClearContent,
} from './undo-clear-loader.ts';

const Content = lazy(() =>
  loadUndoClearContent().then((module) => ({ default: module.UndoClearContent })),
);

/**
 * The live region that says what a clear by this scope's button took, with its Undo. It is always
 * in the page (its text is then read out); what fills it loads after the first screen.
 */
export function UndoClearStatus(props: UndoClearStatusProps) {
  const loaded = useSyncExternalStore(subscribeUndoClearContent, isUndoClearContentLoaded);
  return (
    <span role="status" aria-live="polite" className={`undo-clear ${props.className ?? ''}`}>
      {loaded ? (
        <Suspense fallback={null}>
          <Content {...props} />
        </Suspense>
      ) : null}
    </span>
  );
}
