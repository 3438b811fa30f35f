import { expect, type Locator } from '@playwright/test';
import type { AppShell } from './app-shell';

/** Each language names itself in the language list, so it reads the same whatever the UI speaks. */
export const languageChoice = { en: 'English', fr: 'Français' } as const;

export class SettingsPage {
  /** The About section's database path. */
  readonly databasePath: Locator;

  constructor(
    readonly app: AppShell,
    /** The page's name in the UI language: "Settings", "Réglages". */
    readonly title = 'Settings',
  ) {
    this.databasePath = app.page.locator('.settings-facts__path');
  }

  languageRadio(lang: keyof typeof languageChoice): Locator {
    return this.app.page.getByRole('radio', { name: languageChoice[lang], exact: true });
  }

  async open() {
    await this.app.goTo(this.title);
  }

  /** Picks a UI language and waits until the document says it speaks it. */
  async chooseLanguage(lang: keyof typeof languageChoice) {
    await this.languageRadio(lang).check();
    await expect(this.app.page.locator('html')).toHaveAttribute('lang', lang);
  }
}
