import { expect, type Download, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { AppShell } from './app-shell';
import { ListPage } from './list-page';

/** The Lists page: the table of lists, the new-list dialog, and one list's detail with its members. */
export class ListsPage extends ListPage {
  constructor(app: AppShell) {
    super(app, { title: 'Lists', search: 'Search lists', new: 'New list' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Fills the new-list dialog and creates a smart list; lands on its detail. */
  async createSmartList(values: {
    name: string;
    description?: string;
    owner?: string;
    role?: string;
    language?: string;
    topic?: string;
    expectMatches?: number;
  }) {
    await this.startNewByKeyboard();
    const dialog = this.page.getByRole('dialog', { name: 'New list' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Name').fill(values.name);
    if (values.description) await dialog.getByLabel('Description').fill(values.description);
    if (values.owner) await dialog.getByLabel('Owner', { exact: true }).fill(values.owner);
    await dialog.getByLabel('Fill this list by a filter (smart list)').check();
    if (values.role) await dialog.getByLabel('Role').selectOption({ label: values.role });
    if (values.language) await dialog.getByLabel('Language spoken').selectOption({ label: values.language });
    if (values.topic) await dialog.getByLabel('Topic').fill(values.topic);
    if (values.expectMatches !== undefined) {
      await expect(dialog.getByRole('status')).toHaveText(
        values.expectMatches === 1 ? '1 person matches now' : `${values.expectMatches} people match now`,
      );
    }
    await dialog.getByRole('button', { name: 'Create list' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: values.name })).toBeVisible();
  }

  /** The members grid of the open list. */
  members(listName: string): Locator {
    return this.page.getByRole('grid', { name: `Members of ${listName}` });
  }

  memberRow(listName: string, name: string): Locator {
    return this.members(listName).getByRole('row').filter({ hasText: name });
  }

  async membersLoaded(listName: string) {
    await expect(this.members(listName)).toHaveAttribute('aria-busy', 'false');
  }

  /** Finds a person with the "Add people" search and adds them by hand. */
  async addByHand(search: string, name: string) {
    const box = this.page.getByRole('searchbox', { name: 'Find a person to add' });
    await box.fill(search);
    await this.page.getByRole('button', { name: `Add ${name} to the list` }).click();
    await expect(this.app.toast(`${name} added to the list`)).toBeVisible();
    await box.fill('');
  }

  /** A count in the list's summary ("Will receive" → "2"). */
  summaryCount(label: string): Locator {
    return this.page
      .getByRole('definition')
      .locator('xpath=..')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition');
  }

  showMembers(which: 'All members' | 'Will receive' | 'Left out of sends' | 'Excluded by hand') {
    return this.page.getByRole('radiogroup', { name: 'Show members' }).getByText(which, { exact: true }).click();
  }

  memberActions(name: string): Locator {
    return this.page.getByRole('group', { name: `Actions for ${name}` });
  }
}

/** Saves a Playwright download in `dir` under the name the app suggested, and returns its path. */
export async function saveDownload(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.statSync(file).size).toBeGreaterThan(0);
  return file;
}

/** Runs one export from the open Export dialog and returns the downloaded file's path. */
export async function exportAs(page: Page, format: string, dir: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export a contact sheet' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await saveDownload(await downloaded, dir);
  await expect(dialog.getByRole('status')).toContainText('in your downloads');
  return file;
}
