import { QueryClient, QueryClientProvider, notifyManager } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState, type MouseEvent } from 'react';
import { defaultOperation, operationBySlug } from '../lib/sts/operations.ts';
import { EndpointSummary } from '../features/settings/endpoint-summary.tsx';
import { lazyComponent } from '../components/lazy-component.tsx';
import { markFirstScreenShown } from '../components/when-idle.ts';
import { WalletPanel } from '../features/wallet/wallet-panel.tsx';
import { handleSignInRedirect } from '../features/assume-role-with-web-identity/oidc-sign-in/redirect-on-load.ts';
import { Navigation } from './navigation.tsx';
import { renderPage } from './routes.tsx';
import { useHashRoute } from './use-hash-route.ts';
import { useShareLink } from './use-share-link.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { Toasts } from '../components/toasts.tsx';
import { clearOnceLoaded } from '../components/undo-clear-loader.ts';
import { useEndpointChangeRequest } from '../state/link-endpoint-request.ts';
import { UndoClearStatus } from '../components/undo-clear-status.tsx';
import { useTitleExpiry } from '../state/title-expiry.ts';
import { useDismissableDetails } from '../components/popover/use-dismissable-details.ts';

/** Inside the closed settings drawer: loaded after the first screen. */
const EndpointSettingsPanel = lazyComponent('the endpoint settings', () =>
  import('../features/settings/endpoint-settings-panel.tsx').then((m) => m.EndpointSettingsPanel),
).Component;

/** Only a share link asking for another endpoint needs it: loaded after the first screen. */
const LazyEndpointChangePrompt = lazyComponent('the link’s endpoint request', () =>
  import('../components/endpoint-change-prompt.tsx').then((m) => m.EndpointChangePrompt),
).Component;

function EndpointChangePrompt() {
  return useEndpointChangeRequest() ? <LazyEndpointChangePrompt /> : null;
}

/** Keeps the tab title warning of a near expiry (outside React rendering: it never re-renders). */
function TitleExpiry() {
  useTitleExpiry();
  return null;
}

/**
 * The skip link must not change the hash (that is the router): it moves focus to the form's
 * first control, or to the main region when the page has none.
 */
function skipToForm(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById('main');
  const first = main?.querySelector<HTMLElement>('input, textarea, select, button');
  (first ?? main)?.focus();
}

// A call's answer reaches the page in the task that received it, not a setTimeout(0) later
// (react-query's default): the result card is drawn before the browser paints again.
notifyManager.setScheduler(queueMicrotask);

const queryClient = new QueryClient({
  defaultOptions: { mutations: { retry: false }, queries: { retry: false } },
});

function CurrentPage({ slug, query, cleared }: { slug: string; query: string; cleared: number }) {
  const info = slug === '' ? defaultOperation : operationBySlug(slug);
  const refusal = useShareLink(info?.name, query);
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (slug !== '') heading.current?.focus();
  }, [slug]);
  if (!info) {
    return (
      <div className="callout callout--warning" role="alert">
        There is no page “{slug}”. Pick an operation on the left.
      </div>
    );
  }
  return (
    <div ref={heading} tabIndex={-1} className="page-focus">
      <EndpointChangePrompt />
      {refusal ? (
        <p className="callout callout--error share-refusal" role="alert">
          {refusal}
        </p>
      ) : null}
      {/* A new page after "Clear everything": no field or result of the old one is left. */}
      <ErrorBoundary key={cleared} resetKey={slug} what="this page">
        <Suspense fallback={<p className="loading">Loading {info.name}…</p>}>
          {renderPage(info)}
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

/** The console: endpoint settings, operations, the current form and the wallet. */
export function App() {
  const route = useHashRoute();
  const current = route.slug === '' ? defaultOperation.slug : route.slug;
  const settings = useRef<HTMLDetailsElement>(null);
  useDismissableDetails(settings);
  const clearButton = useRef<HTMLButtonElement>(null);
  /** How many times "Clear everything" was pressed: the page and the wallet remount on each. */
  const [cleared, setCleared] = useState(0);
  useEffect(() => {
    // Back from an identity provider: complete the sign-in and clean the address bar.
    void handleSignInRedirect();
    // The SDK, validation and result views may now load, while the browser is idle.
    markFirstScreenShown();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main" onClick={skipToForm}>
        Skip to the form
      </a>
      <header className="topbar">
        <h1 className="topbar__title">
          <span className="topbar__logo" aria-hidden="true">
            ⛁
          </span>{' '}
          STS Console
        </h1>
        <div className="topbar__clear">
          <button
            ref={clearButton}
            type="button"
            className="button button--small topbar__clear-button"
            onClick={() => {
              clearOnceLoaded(
                () => import('./clear-everything.ts'),
                ({ clearEverything }) => {
                  clearEverything();
                  // Results of calls (credentials among them) are not held for Undo: gone now.
                  queryClient.clear();
                  setCleared((n) => n + 1);
                },
              );
            }}
          >
            Clear everything
          </button>
          <UndoClearStatus scope="everything" returnFocus={clearButton} />
        </div>
        <details ref={settings} className="topbar__settings">
          <summary>
            <EndpointSummary />
          </summary>
          <EndpointSettingsPanel />
        </details>
      </header>
      <div className="layout">
        <Navigation current={current} />
        <main id="main" className="main" tabIndex={-1}>
          <CurrentPage slug={route.slug} query={route.query} cleared={cleared} />
        </main>
        <ErrorBoundary key={cleared} resetKey="wallet" what="the wallet">
          <WalletPanel />
        </ErrorBoundary>
      </div>
      <Toasts />
      <TitleExpiry />
    </QueryClientProvider>
  );
}
