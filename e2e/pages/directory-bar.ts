import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/** The filter chips and bulk actions above the Contacts table. */
export class DirectoryBar {
  readonly chips: Locator;
  readonly addFilter: Locator;
  readonly bulk: Locator;

  constructor(readonly page: Page) {
    this.chips = page.getByRole('group', { name: 'Filters' });
    this.addFilter = this.chips.getByRole('button', { name: 'Add filter' });
    this.bulk = page.getByRole('toolbar', { name: 'Actions on the selected contacts' });
  }

  chip(name: string): Locator {
    return this.chips.getByRole('button', { name: new RegExp(`^${name}:`) });
  }

  /** Tab to "Add filter", Enter, type the kind, Enter, type the value, Enter: the keyboard path through a chip. */
  async addChipByKeyboard(kind: string, typed: string, shown: string) {
    await tabTo(this.page, this.addFilter);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('combobox', { name: 'Add filter' })).toBeFocused();
    await this.page.keyboard.type(kind);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('combobox', { name: kind })).toBeFocused();
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Enter');
    await expect(this.chip(kind)).toHaveText(`${kind}: ${shown}`);
    await expect(this.chip(kind)).toBeFocused();
  }
}
