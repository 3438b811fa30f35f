import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { tabTo } from './keyboard';

/** The languages the forms name their per-language inputs after, as the English UI spells them. */
export const languageNames = { en: 'English', fr: 'French' } as const;
export type FormLanguage = keyof typeof languageNames;

/** A record panel (RecordForm): labelled by its title, saved with Create/Save or Ctrl+S. */
export class RecordForm {
  readonly form: Locator;
  readonly createButton: Locator;

  constructor(
    readonly app: AppShell,
    title: string,
  ) {
    this.form = app.page.getByRole('form', { name: title, exact: true });
    this.createButton = this.form.getByRole('button', { name: /^Create\b/ });
  }

  get page(): Page {
    return this.app.page;
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** One language's input of a per-language field ("Name, French"). */
  localized(label: string, lang: FormLanguage): Locator {
    return this.field(`${label}, ${languageNames[lang]}`);
  }

  /** Tabs on to Create, presses Enter, and waits for the toast that names the new record. */
  async createByKeyboard(toastText: string) {
    await tabTo(this.page, this.createButton);
    await this.page.keyboard.press('Enter');
    await expect(this.app.toast(toastText)).toBeVisible();
  }
}
