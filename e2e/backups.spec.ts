import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './pages/app-fixture';
import { callApi } from './pages/api';
import { seriousViolations } from './pages/axe-check';

const shotsDir = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');

test('Settings › Backups: back up now, then restore that backup into the running app after confirming', async ({
  app,
  page,
  server,
}) => {
  await callApi(page, 'organisations:create', { name: { en: 'IOM' }, acronym: {}, kind: 'un_agency' });
  await app.openRoute('#/settings');
  const section = page.getByRole('region', { name: 'Backups' });
  await expect(section.getByText('No backups yet.')).toBeVisible();

  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(app.toast(/Backed up and verified/)).toBeVisible();
  const table = section.getByRole('table', { name: 'Backups, newest first' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('cell', { name: 'By hand' })).toBeVisible();
  const backupsDir = path.join(path.dirname(server.dbPath), 'backups');
  expect(fs.readdirSync(backupsDir).filter((f) => f.endsWith('.db'))).toHaveLength(1);

  // A change after the backup, which the restore takes back.
  await callApi(page, 'organisations:create', { name: { en: 'UNHCR' }, acronym: {}, kind: 'un_agency' });
  const restore = table.getByRole('button', { name: /^Restore the backup of / });
  await restore.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('backs up the database as it is now');
  // The safe answer has the focus: Enter keeps the current database.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await restore.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(app.toast(/Restored the backup of/)).toBeVisible();

  const names = () => {
    const db = new Database(server.dbPath, { readonly: true });
    try {
      return db.prepare("SELECT json_extract(name, '$.en') FROM organisations ORDER BY id").pluck().all();
    } finally {
      db.close();
    }
  };
  expect(names()).toEqual(['IOM']);
  // The running app answers from the restored file, and the state before the restore is listed.
  const orgs = await callApi(page, 'organisations:list', {});
  expect(orgs.rows).toHaveLength(1);
  await expect(table.getByRole('cell', { name: 'Before a restore' })).toBeVisible();

  await section.getByLabel('Daily backups to keep').fill('3');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(app.toast('PressDesk now keeps the last 3 daily backups.')).toBeVisible();

  expect(await seriousViolations(page, 'Settings › Backups')).toEqual([]);
  await section.screenshot({ path: path.join(shotsDir, 'settings-backups.png') });
});
