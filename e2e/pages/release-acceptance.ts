import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Api } from '../../electron/ipc/registry';

/** The browser-mode API from inside the page, shaped as the registry's, so the unit tests' IOM fixture runs unchanged. */
export const pageApi = (page: Page): Api => ({
  call: (channel, input) =>
    page.evaluate(
      async ({ channel, input }) =>
        (await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        }).then((r) => r.json())) as never,
      { channel, input },
    ),
});

/** The contact block builder, the release check and the outputs of one release in the editor (English UI). */
export class ReleaseBlockBuilder {
  readonly blocks: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly suggestions: Locator;
  readonly preview: Locator;
  readonly check: Locator;
  readonly outputs: Locator;

  constructor(readonly page: Page) {
    this.blocks = page.getByRole('region', { name: 'Contact block' });
    this.rows = this.blocks.locator('.block-row');
    this.search = page.getByRole('combobox', { name: 'Add a person' });
    this.suggestions = page.getByRole('region', { name: 'Suggested for this release' });
    this.preview = page.getByTestId('block-preview');
    this.check = page.getByRole('region', { name: 'Release check' });
    this.outputs = page.getByRole('region', { name: 'Copy and export' });
  }

  suggestion(name: string): Locator {
    return this.suggestions
      .getByRole('listitem')
      .filter({ hasText: name })
      .filter({ has: this.page.getByRole('button') });
  }

  finding(code: string): Locator {
    return this.check.locator(`[data-check-code="${code}"]`);
  }

  /** The preview's exact text: toHaveText would fold the no-break spaces and newlines the block is made of. */
  previewText(): Promise<string | null> {
    return this.preview.textContent();
  }

  /** Types a name into "Add a person" and takes the highlighted match with Enter. */
  async addByName(typed: string, name: string) {
    await this.search.focus();
    await this.page.keyboard.type(typed);
    await expect(this.page.getByRole('option', { name: new RegExp(name) })).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.rows.filter({ hasText: name })).toHaveCount(1);
  }

  /** Clicks "Export <FORMAT>" and saves the download in the test's output folder; returns its path. */
  async exportFile(format: 'TXT' | 'HTML' | 'DOCX' | 'PDF'): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.outputs.getByRole('button', { name: `Export ${format}`, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    const saved = test.info().outputPath(`${format.toLowerCase()}-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    return saved;
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of a DOCX as Word would show it, read with `unzip` (not the docx package that wrote it): each paragraph on
 * its own line, runs joined, tabs and breaks as spaces.
 */
export function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
  return xml
    .replace(/<w:tab\/>|<w:br\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Every part of a DOCX package (document, relationships, styles…), concatenated, as `unzip -p` prints them. */
export const docxPackage = (file: string): string => execFileSync('unzip', ['-p', file]).toString('utf8');

/** The text of a PDF as poppler's `pdftotext` reads it. */
export const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');

/**
 * Whitespace folded to single spaces: a PDF wraps long contact lines wherever it likes and prints no-break spaces
 * as spaces, so what is compared is the words in order.
 */
export const folded = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
