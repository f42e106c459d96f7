import { describe, expect, test } from 'vitest';
import { operationList } from '../lib/sts/operations.ts';
import { isCredentialsPage } from '../components/operation-page/page-definition.ts';
import type { PageModule } from './routes.tsx';

const modules = import.meta.glob<PageModule>('../features/*/*-page.tsx', { eager: true });

describe('every operation of the registry has its page module', () => {
  test.each(operationList.map((op) => [op.name, op] as const))('%s', (_name, op) => {
    const module = modules[`../features/${op.slug}/${op.slug}-page.tsx`];
    expect(module?.page.operation).toBe(op.name);
    // Credentials go into the wallet: such a page must say how to name the new set.
    expect(module && isCredentialsPage(module.page)).toBe(op.result === 'credentials');
  });

  test('and there is no page module the registry does not know', () => {
    const slugs = Object.keys(modules).map((path) => path.split('/')[2]);
    expect(slugs.sort()).toEqual(operationList.map((op) => op.slug).sort());
  });
});
