import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';

export interface ListPageNames {
  readonly title: string;
  readonly search: string;
  readonly new: string;
}

/** What every list page has: a heading, a search box, a New button (Alt+N) and the shared DataTable. */
export class ListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly newButton: Locator;
  readonly grid: Locator;
  /** "3 contacts" under the table. */
  readonly count: Locator;

  constructor(
    readonly app: AppShell,
    readonly names: ListPageNames,
  ) {
    const page = app.page;
    this.heading = app.heading(names.title);
    this.search = page.getByRole('searchbox', { name: names.search });
    // The empty state repeats the New button; the toolbar's is the one that announces the shortcut.
    this.newButton = page.getByRole('button', { name: names.new }).and(page.locator('[aria-keyshortcuts]'));
    this.grid = page.getByRole('grid', { name: names.title });
    this.count = page.locator('.data-table__footer').getByRole('status');
  }

  get page(): Page {
    return this.app.page;
  }

  async open() {
    await this.app.goTo(this.names.title);
    await this.loaded();
  }

  /** The rows have arrived: the table no longer says it is busy. */
  async loaded() {
    await expect(this.grid).toHaveAttribute('aria-busy', 'false');
  }

  /** A data row whose cells contain `text`. */
  row(text: string | RegExp): Locator {
    return this.grid.getByRole('row').filter({ hasText: text });
  }

  /** Alt+N, the shortcut the New button announces. */
  async startNewByKeyboard() {
    await expect(this.newButton).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
    await this.page.keyboard.press('Alt+KeyN');
  }
}
