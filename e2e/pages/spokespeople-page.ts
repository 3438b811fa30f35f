import { expect, type Locator, type Page } from '@playwright/test';

/** The spokespeople lookup: a place picker, a language picker, and the people found. */
export class SpokespeoplePage {
  readonly place: Locator;
  readonly language: Locator;
  readonly table: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.place = page.getByRole('combobox', { name: 'Country or region' });
    this.language = page.getByRole('combobox', { name: 'Language' });
    this.table = page.getByRole('table');
    this.summary = page.locator('.spokes-page__summary');
  }

  /** The body rows of the results, in order. */
  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** Types into a picker as a keyboard user does and chooses the suggestion with Enter. */
  async choose(picker: Locator, typed: string, option: string) {
    await expect(picker).toBeFocused();
    await this.page.keyboard.type(typed);
    await expect(this.page.getByRole('option', { name: option, exact: true, selected: true })).toBeVisible();
    await this.page.keyboard.press('Enter');
  }

  /** What the window's clipboard holds now (the test's browser context grants it clipboard access). */
  async clipboard(): Promise<string> {
    return this.page.evaluate<string>('navigator.clipboard.readText()');
  }
}
