import { expect, type Locator, type Page } from '@playwright/test';

/** The console as a user sees it: named controls, no CSS selectors. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async open(slug = ''): Promise<void> {
    await this.page.goto(slug ? `/#/${slug}` : '/');
    await expect(this.page.getByRole('heading', { name: 'STS Console' })).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  get credentialsCard(): Locator {
    return this.page.getByRole('article', { name: /credentials/i });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
