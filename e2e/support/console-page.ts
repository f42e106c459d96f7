import { expect, type Locator, type Page } from '@playwright/test';

/** The console as a user sees it: named controls, no CSS selectors. */
export class ConsolePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

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

  /** Opens the web identity page and fills the three inputs the call needs. */
  async fillWebIdentity(token: string, roleArn: string, sessionName: string): Promise<void> {
    await this.open();
    await this.field('Web identity token').fill(token);
    await this.field('Role ARN').fill(roleArn);
    await this.field('Role session name').fill(sessionName);
  }
}

/** The secret values in a bash export block, to register with the guard. */
export function exportedSecrets(exported: string): string[] {
  return [...exported.matchAll(/AWS_(?:SECRET_ACCESS_KEY|SESSION_TOKEN)='([^']+)'/g)].flatMap(
    (m) => (m[1] ? [m[1]] : []),
  );
}
