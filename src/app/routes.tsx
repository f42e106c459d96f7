import { lazy, type ComponentType, type ReactNode } from 'react';
import {
  defaultOperation,
  type AnyOperationDefinition,
  type OperationName,
} from '../lib/sts/operations.ts';
import { OperationPage } from '../components/operation-page/operation-page.tsx';
import type { OperationPageDefinition } from '../components/operation-page/page-definition.ts';
import { page as firstScreenPage } from '../features/assume-role-with-web-identity/assume-role-with-web-identity-page.tsx';

/** What an operation's page module exports: its fields and result for the generic page. */
export interface PageModule {
  page: OperationPageDefinition<OperationName>;
}

/**
 * Every operation's page module, found by the convention features/<slug>/<slug>-page.tsx, so the
 * registry alone decides which pages exist. The first screen's is part of the main bundle (it
 * renders without a second round of fetches); every other page loads when opened.
 */
const pageModules = import.meta.glob<PageModule>([
  '../features/*/*-page.tsx',
  '!../features/assume-role-with-web-identity/*',
]);

/** Where the page module of an operation lives. */
function pageModulePath(slug: string): string {
  return `../features/${slug}/${slug}-page.tsx`;
}

function generic(definition: OperationPageDefinition<OperationName>): ComponentType {
  return function Page() {
    return <OperationPage definition={definition} />;
  };
}

function lazyPage(slug: string): ComponentType {
  const load = pageModules[pageModulePath(slug)];
  return lazy(async () => {
    if (!load) throw new Error(`The console has no page module for ${slug}.`);
    return { default: generic((await load()).page) };
  });
}

const firstScreen: OperationPageDefinition<OperationName> = firstScreenPage;

const pages = new Map<OperationName, ComponentType>();

/** The page of an operation of the registry (made once, then the same component). */
function pageOf(operation: AnyOperationDefinition): ComponentType {
  let page = pages.get(operation.name);
  if (!page) {
    page =
      operation.name === defaultOperation.name ? generic(firstScreen) : lazyPage(operation.slug);
    pages.set(operation.name, page);
  }
  return page;
}

/** The page of an operation, as an element (its component is made once per operation). */
export function renderPage(operation: AnyOperationDefinition): ReactNode {
  const Page = pageOf(operation);
  return <Page />;
}
