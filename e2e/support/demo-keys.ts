import type { ConsolePage } from './console-page.ts';
import { expect, type Guard } from './test.ts';
import type { WorldSummary } from './sandbox.ts';

/** Adds the sandbox user's long-term keys and signs with them, as a user would. */
export async function signInWithDemoKeys(
  app: ConsolePage,
  demo: WorldSummary,
  guard: Guard,
): Promise<void> {
  guard.secret(demo.user.secretAccessKey);
  await app.button('Add access keys').click();
  await app.field('Access key ID').fill(demo.user.accessKeyId);
  await app.field('Secret access key').fill(demo.user.secretAccessKey);
  await app.button('Add and sign with these keys').click();
  await expect(app.page.getByTestId('call-summary')).toContainText(demo.user.accessKeyId);
}
