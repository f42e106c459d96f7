import { expect, it } from 'vitest';
import { configureZodJitless } from './zod-jitless.ts';

it('makes zod, loaded afterwards, run without eval-based fast paths', async () => {
  configureZodJitless();
  const { config } = await import('zod');
  expect(config().jitless).toBe(true);
});
