import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';

/** Enough that a PDF sheet of them takes several seconds even on a fast machine (about 1.6 s per 1,000). */
const BIG = 10_000;
const ORGANISATION = 'Agence Bulk Presse';

/** A few thousand people in one organisation, through the app's own import (one transaction, seconds not minutes). */
async function seedBigDirectory(page: Page): Promise<number> {
  const lines = ['First name,Last name,Email,Phone,Organisation'];
  for (let i = 1; i <= BIG; i++) {
    lines.push(
      `Amélie${i},Lefèvre-Ndiaye${i},amelie.${i}@bulk.example.org,+41 22 717 ${String(1000 + (i % 9000)).padStart(4, '0')},${ORGANISATION}`,
    );
  }
  const importId = `seed-${Date.now()}`;
  await callApi(page, 'import:preview', {
    importId,
    fileName: 'bulk.csv',
    source: { kind: 'inline', contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') },
    mapping: ['givenName', 'familyName', 'email', 'phone', 'organisation'],
  });
  const applied = await callApi(page, 'import:apply', { importId, onDuplicate: 'keep-both', skipInvalid: true });
  expect(applied.created).toBe(BIG);
  const organisations = await callApi(page, 'organisations:list', { page: { offset: 0, limit: 100 } });
  return organisations.rows.find((o) => Object.values(o.name).includes(ORGANISATION))!.id;
}

const partDirs = () => new Set(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('pressdesk-export-')));

test('a big export can be cancelled from its progress bar, and leaves no file behind', async ({ app, page }) => {
  test.setTimeout(240_000);
  const seeded = Date.now();
  const organisationId = await seedBigDirectory(page);
  const list = await callApi(page, 'lists:create', {
    name: 'Everyone at the agency',
    filter: { query: '', organisationId, includeArchived: false },
  });
  expect(list.counts.members).toBe(BIG);
  test.info().annotations.push({ type: 'seed', description: `${BIG} contacts imported in ${Date.now() - seeded} ms` });

  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const exportIds: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/exports:run')) exportIds.push((r.postDataJSON() as { exportId: string }).exportId);
  });
  const tempBefore = partDirs();

  await app.openRoute(`#/lists/${list.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Everyone at the agency' })).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a contact sheet' });
  await dialog.getByRole('radio', { name: 'PDF, A4', exact: true }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();

  // Escape does not close the dialog while the export runs: it has to be cancelled first.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  // The progress bar counts the rows as they are written; Cancel stops it there.
  await expect(dialog.getByRole('status')).toContainText(`of ${BIG.toLocaleString('en')} written`, { timeout: 60_000 });
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('export-progress.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Export cancelled. No file was written.', { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('export-cancelled.png') });

  expect(downloads).toEqual([]);
  expect(exportIds).toHaveLength(1);
  const exportId = exportIds[0]!;
  await expect(callApi(page, 'exports:progress', { exportId })).resolves.toMatchObject({ phase: 'cancelled' });
  await expect(callApi(page, 'exports:read', { exportId, offset: 0 })).rejects.toThrow(/no file to download/);
  // Nothing of it is left in the server's temporary folder either.
  const leftOver = [...partDirs()].filter((d) => !tempBefore.has(d));
  for (const dir of leftOver) {
    expect(fs.readdirSync(path.join(os.tmpdir(), dir)).filter((f) => f.includes('Everyone at the agency'))).toEqual([]);
  }
});

test('Export… on the contacts table exports the ticked rows, as CSV with semicolons for French Excel', async ({
  app,
  page,
}) => {
  for (const [givenName, familyName, address] of [
    ['Hélène', 'Côté-Ngũgĩ', 'helene.cote@example.org'],
    ['Ömer', 'Şahin', 'omer.sahin@example.org'],
    ['Zaïd', 'Al-Khoury', 'zaid.alkhoury@example.org'],
  ] as const) {
    await callApi(page, 'contacts:create', { givenName, familyName, emails: [{ address }] });
  }
  // The table fetched its rows before these were created through the API.
  await page.reload();
  await app.goTo('Contacts');
  const grid = page.getByRole('grid', { name: 'Contacts' });
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  await grid.getByRole('row').filter({ hasText: 'Hélène' }).click();
  await grid
    .getByRole('row')
    .filter({ hasText: 'Zaïd' })
    .click({ modifiers: ['Control'] });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a contact sheet' });
  await dialog.getByRole('radio', { name: 'CSV with semicolons', exact: true }).check();
  await dialog.getByLabel('File name').fill('presse/équipe:2026');
  await expect(dialog.getByText('Saved as presse_équipe_2026.csv in your downloads.')).toBeVisible();
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('presse_équipe_2026.csv');
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const run = spawnSync(
    'python3',
    [
      '-c',
      `import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.DictReader(f, delimiter=';')), ensure_ascii=False))`,
      file,
    ],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  const rows = JSON.parse(run.stdout) as Record<string, string>[];
  expect(rows.map((r) => `${r['First name']} ${r['Last name']} ${r['Email']}`).sort()).toEqual([
    'Hélène Côté-Ngũgĩ helene.cote@example.org',
    'Zaïd Al-Khoury zaid.alkhoury@example.org',
  ]);
});
