import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { ConsolePage } from './console-page.ts';
import type { WorldSummary } from './sandbox.ts';

/** WCAG 2.1 A/AA plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe on the page as it is now and returns one line per violating node. `contrastOnly` for a
 * second colour scheme: the other rules look at markup, which the scheme does not change.
 */
export async function axeViolations(
  page: Page,
  screen: string,
  { contrastOnly = false } = {},
): Promise<string[]> {
  // Legacy mode runs axe in the page itself: no helper page is opened, which would put the
  // console in a background tab (no animation frames) for the rest of the test. No iframes here.
  const builder = new AxeBuilder({ page }).setLegacyMode();
  const configured = contrastOnly
    ? builder.withRules(['color-contrast'])
    : builder.withTags(AXE_TAGS);
  const results = await configured.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${screen}] ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ').trim() ?? ''}`,
    ),
  );
}

/** Same-document navigation: the wallet (memory) survives. */
export async function go(page: Page, slug: string, heading: string): Promise<void> {
  await page.evaluate((s) => {
    window.location.hash = `#/${s}`;
  }, slug);
  await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
}

/** Adds the demo user's access keys through the signer picker. */
export async function signInWithDemoKeys(app: ConsolePage, demo: WorldSummary): Promise<void> {
  await app.button('Add access keys').click();
  const form = app.page.getByRole('group', { name: 'Add access keys' });
  await form.getByLabel('Access key ID', { exact: true }).fill(demo.user.accessKeyId);
  await form.getByLabel('Secret access key', { exact: true }).fill(demo.user.secretAccessKey);
  await form.getByRole('button', { name: 'Add and sign with these keys' }).click();
  await expect(app.page.getByTestId('call-summary')).toContainText('Signed by');
}

/** Elements whose box sticks out of a parent that doesn't clip or scroll it. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const nameOf = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const el of document.querySelectorAll('body *')) {
      const parent = el.parentElement;
      if (!parent || !(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (style.position === 'fixed' || style.position === 'absolute') continue;
      if (style.display === 'none' || el.getClientRects().length === 0) continue;
      const parentStyle = getComputedStyle(parent);
      if (parentStyle.overflowX !== 'visible') continue;
      const rect = el.getBoundingClientRect();
      const box = parent.getBoundingClientRect();
      if (rect.width <= 1) continue;
      if (rect.right > box.right + 1 || rect.left < box.left - 1) {
        out.push(
          `${nameOf(el)} in ${nameOf(parent)}: ${Math.round(rect.left)}–${Math.round(rect.right)} vs ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
    }
    return out;
  });
}

/** What has focus, and whether it shows a focus indicator (outline or box-shadow). */
export async function focusState(page: Page): Promise<{ what: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { what: 'nothing (body)', visible: false };
    // The endpoint kinds are visually hidden radios; their label's pill carries the ring.
    const shown = el.matches('.segmented__option input') ? el.nextElementSibling : el;
    const style = shown ? getComputedStyle(shown) : undefined;
    const outline =
      style !== undefined && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style !== undefined && style.boxShadow !== 'none';
    const name =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLElement ? el.innerText.trim().slice(0, 40) : '');
    return { what: `${el.tagName.toLowerCase()} "${name}"`, visible: outline || shadow };
  });
}
