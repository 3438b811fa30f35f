import { expect, type Locator } from '@playwright/test';
import type { AppShell } from './app-shell';

/** The Import page, driven as a user does: choose or paste, check the preview, decide, import. */
export class ImportPage {
  readonly fileInput: Locator;
  readonly pasteBox: Locator;
  readonly counts: Locator;
  readonly rows: Locator;
  readonly mapping: Locator;
  readonly progress: Locator;
  readonly result: Locator;
  readonly error: Locator;

  constructor(readonly app: AppShell) {
    const page = app.page;
    this.fileInput = page.getByLabel('File to import');
    this.pasteBox = page.getByLabel('Or paste the text of a release');
    this.counts = page.getByTestId('import-counts');
    this.rows = page.getByTestId('import-rows');
    this.mapping = page.getByTestId('import-mapping');
    this.progress = page.getByTestId('import-progress');
    this.result = page.getByTestId('import-result');
    this.error = page.getByRole('alert');
  }

  async open() {
    await this.app.goTo('Import');
  }

  /** Chooses a file and waits for its preview (or its error). */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.fileInput.setInputFiles(file);
  }

  async paste(text: string) {
    await this.pasteBox.fill(text);
    await this.app.page.getByRole('button', { name: 'Find the contacts' }).click();
  }

  /** The row of the preview table for a person, by a part of their name. */
  row(name: string): Locator {
    return this.rows.locator('tbody tr').filter({ hasText: name });
  }

  decision(row: Locator): Locator {
    return row.getByRole('combobox', { name: /^What to do with row/ });
  }

  importButton(): Locator {
    return this.app.page.getByRole('button', { name: /^Import \d/ });
  }

  async importAll() {
    await this.importButton().click();
    await expect(this.result).toBeVisible();
  }
}
