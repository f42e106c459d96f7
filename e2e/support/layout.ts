import { expect, type Page, type TestInfo } from '@playwright/test';
import { overflowingElements } from './accessibility.ts';

/** Phone (narrowest supported, common), laptop, 4K. */
export const LAYOUT_WIDTHS = [320, 390, 1440, 3840] as const;

/** Elements (of any kind, wherever they sit) whose box is wider than the viewport. */
export async function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.width > limit) {
        const cls =
          typeof el.className === 'string' ? el.className.trim().replace(/\s+/g, '.') : '';
        out.push(
          `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}: ${Math.round(rect.width)} px`,
        );
      }
    }
    return out;
  });
}

/** The operations in the navigation (the registry's list, as the user sees it): slug and name. */
export async function operationPages(page: Page): Promise<{ slug: string; name: string }[]> {
  return page
    .getByRole('navigation', { name: 'Operations' })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => ({
        slug: (a.getAttribute('href') ?? '').replace(/^#\//, ''),
        name: a.querySelector('.nav__name')?.textContent ?? '',
      })),
    );
}

/**
 * At each width: nothing scrolls sideways, nothing sticks out of its box, nothing is wider than
 * the viewport. With `attach`, a full-page screenshot of each width goes into the report.
 */
export async function expectFitsEveryWidth(
  page: Page,
  screen: string,
  testInfo: TestInfo,
  { attach = false } = {},
): Promise<void> {
  for (const width of LAYOUT_WIDTHS) {
    await page.setViewportSize({ width, height: width === 3840 ? 2160 : width < 1000 ? 844 : 900 });
    // One frame for the layout to settle after the resize.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const at = `${screen} at ${String(width)} px`;
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect.soft(scrollWidth, `${at} scrolls sideways`).toBeLessThanOrEqual(width + 1);
    expect.soft(await overflowingElements(page), `${at}: out of their box`).toEqual([]);
    expect.soft(await widerThanViewport(page), `${at}: wider than the viewport`).toEqual([]);
    if (attach) {
      const name = `${screen.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${String(width)}.png`;
      await testInfo.attach(name, {
        body: await page.screenshot({ fullPage: width < 3840 }),
        contentType: 'image/png',
      });
    }
  }
}
