import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { seriousViolations } from './pages/axe-check';
import { ImportPage } from './pages/import-page';

const fixtures = path.resolve(import.meta.dirname, 'fixtures', 'import');
const samples = path.resolve(import.meta.dirname, '..', '..', 'shared', 'samples');
// test-results/ is Playwright's output folder and git-ignored; the shots are for looking at, not for comparing.
const shotsDir = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');

test.use({ viewport: { width: 1440, height: 900 } });

/** Reads the saved file with a connection of our own, as a second program would. */
function readDb<T>(dbPath: string, read: (db: Database.Database) => T): T {
  const db = new Database(dbPath, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const contactCount = (dbPath: string) =>
  readDb(dbPath, (db) => db.prepare('SELECT count(*) FROM contacts').pluck().get() as number);

const phonesOf = (dbPath: string, email: string) =>
  readDb(
    dbPath,
    (db) =>
      db
        .prepare(
          `SELECT p.e164 FROM contact_phones p JOIN contact_emails e ON e.contact_id = p.contact_id
           WHERE e.address = ? ORDER BY p.position`,
        )
        .pluck()
        .all(email) as string[],
  );

test('an Outlook and a Google export sharing two people: the second flags them, merging leaves no duplicate', async ({
  app,
  page,
  server,
}) => {
  const importer = new ImportPage(app);
  await importer.open();
  expect(await seriousViolations(page, 'import: choose')).toEqual([]);

  await importer.chooseFile(path.join(fixtures, 'outlook-2026.csv'));
  await expect(importer.mapping).toBeVisible();
  await expect(page.getByText('Detected: Outlook')).toBeVisible();
  // The preset's mapping is shown column by column, and can be changed.
  await expect(importer.mapping.getByRole('combobox', { name: 'What the column “E-mail Address” holds' })).toHaveValue(
    'email',
  );
  await expect(importer.counts).toContainText('4 new contacts');
  await page.screenshot({ path: path.join(shotsDir, 'import-mapping-outlook.png') });
  expect(await seriousViolations(page, 'import: preview')).toEqual([]);
  await importer.importAll();
  await expect(importer.result).toContainText('4 contacts created');
  expect(contactCount(server.dbPath)).toBe(4);

  await page.getByRole('button', { name: 'Import another file' }).click();
  await importer.chooseFile(path.join(fixtures, 'google-contacts.csv'));
  await expect(page.getByText(/Detected: Google Contacts/)).toBeVisible();
  await expect(importer.counts).toContainText('2 new contacts');
  await expect(importer.counts).toContainText('2 already in the directory');

  const jo = importer.row('De Backer');
  await expect(jo).toContainText('Duplicate');
  await expect(jo.getByRole('link', { name: /Open Jo De Backer/ })).toBeVisible();
  await expect(jo).toContainText('By email, name');
  await expect(jo.getByRole('definition')).toContainText('+32 470 13 10 28');
  const petra = importer.row('Hueck');
  await expect(petra).toContainText('By phone, name');
  // The user decides per row: here both are merged into the contacts already there.
  for (const row of [jo, petra])
    await importer.decision(row).selectOption({ label: 'Merge into the existing contact' });
  await importer.rows.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shotsDir, 'import-preview-duplicates.png') });
  expect(await seriousViolations(page, 'import: duplicates')).toEqual([]);

  await importer.importAll();
  await expect(importer.result).toContainText('2 contacts created');
  await expect(importer.result).toContainText('2 existing contacts completed');

  expect(contactCount(server.dbPath)).toBe(6);
  const people = readDb(server.dbPath, (db) =>
    db.prepare("SELECT given_name || ' ' || family_name FROM contacts ORDER BY family_name").pluck().all(),
  );
  expect(new Set(people).size).toBe(people.length);
  expect(phonesOf(server.dbPath, 'jdebacker@iom.int')).toEqual(['+3222877115', '+32470131028']);
  expect(phonesOf(server.dbPath, 'hueck@icmc.net')).toEqual(['+3222279729', '+32486511212', '+32470998877']);
});

test('the sample release, pasted, gives its three people; their block renders as the release printed it', async ({
  app,
  page,
  server,
}) => {
  // The directory already knows the three organisations and their Brussels offices.
  const org = (en: string, fr: string, acronymEn: string, acronymFr: string) =>
    callApi(page, 'organisations:create', {
      name: { en, fr },
      acronym: { en: acronymEn, fr: acronymFr },
      kind: 'un_agency',
    });
  const office = (organisationId: number, en: string, fr: string) =>
    callApi(page, 'offices:create', {
      organisationId,
      kind: 'regional',
      name: { en, fr },
      city: { en: 'Brussels', fr: 'Bruxelles' },
      country: 'BE',
    });
  const iom = await org(
    'International Organization for Migration',
    'Organisation internationale pour les migrations',
    'IOM',
    'OIM',
  );
  const icmc = await org(
    'International Catholic Migration Commission',
    'Commission internationale catholique pour les migrations',
    'ICMC',
    'CICM',
  );
  const unhcr = await org('UN Refugee Agency', 'Agence des Nations unies pour les réfugiés', 'UNHCR', 'HCR');
  await office(iom.id, 'IOM Regional Office in Brussels', 'Bureau régional de l’OIM à Bruxelles');
  await office(icmc.id, 'ICMC Europe', 'CICM Europe');
  await office(unhcr.id, 'UNHCR Bureau for Europe', 'Bureau du HCR pour l’Europe');

  const importer = new ImportPage(app);
  await importer.open();
  await importer.paste(fs.readFileSync(path.join(samples, 'iom-release-fr-2018.txt'), 'utf8'));
  await expect(importer.counts).toContainText('3 entries read');
  await expect(importer.counts).toContainText('3 new contacts');
  await expect(importer.row('Jo De Backer')).toContainText('Bureau régional de l’OIM à Bruxelles');
  await expect(importer.row('Jo De Backer')).toContainText('+32470131028');
  await expect(importer.row('Petra Hueck')).toContainText('hueck@icmc.net');
  await expect(importer.row('David Watt')).toContainText('+3226275958');
  await page.screenshot({ path: path.join(shotsDir, 'import-preview-release.png') });
  await importer.importAll();
  await expect(importer.result).toContainText('3 contacts created');

  const block = await callApi(page, 'contact-blocks:render', {
    lang: 'fr',
    contacts: ['jdebacker@iom.int', 'hueck@icmc.net', 'wattd@unhcr.org'],
  });
  expect(block.text).toBe(fs.readFileSync(path.join(samples, 'iom-release-fr-2018.block-fr.txt'), 'utf8'));

  // Found in the directory, from the result's link.
  await page.getByRole('link', { name: 'Open the contacts' }).click();
  await expect(app.heading('Contacts')).toBeVisible();
  for (const name of ['De Backer', 'Hueck', 'Watt']) await expect(page.getByText(name).first()).toBeVisible();

  // The same release again adds nobody.
  await app.goTo('Import');
  await importer.paste(fs.readFileSync(path.join(samples, 'iom-release-fr-2018.txt'), 'utf8'));
  await expect(importer.counts).toContainText('3 already in the directory');
  await importer.importAll();
  expect(contactCount(server.dbPath)).toBe(3);
  expect(readDb(server.dbPath, (db) => db.prepare('SELECT source FROM contacts').pluck().all())).toEqual([
    'Extracted from Pasted release text',
    'Extracted from Pasted release text',
    'Extracted from Pasted release text',
  ]);
});

test('a malformed file gets a clear message and changes nothing; an invalid row blocks the import', async ({
  app,
  page,
  server,
}) => {
  const importer = new ImportPage(app);
  await importer.open();
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  await importer.chooseFile({ name: 'contacts.csv', mimeType: 'text/csv', buffer: garbage });
  await expect(importer.error).toContainText('The import could not go on');
  await expect(importer.error).toContainText(/binary|not text|cannot be read/i);
  await expect(importer.fileInput).toBeAttached();

  const csv = ['Name,Email', 'Ana Lopes,ana@example.org', ',nobody-named@example.org', 'Bo Chen,bo@example.org'].join(
    '\n',
  );
  await importer.chooseFile({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(importer.counts).toContainText('1 invalid');
  await importer.rows.page().getByRole('radio', { name: 'Invalid' }).check();
  await expect(importer.rows.locator('tbody tr')).toHaveCount(1);
  await expect(importer.rows.locator('tbody tr')).toContainText('name');
  await expect(importer.importButton()).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Import the valid entries and leave the invalid ones out' }).check();
  await expect(importer.importButton()).toBeEnabled();
  await app.goTo('Contacts');
  expect(contactCount(server.dbPath)).toBe(0);
});

test('cancelling during the write leaves the directory as it was', async ({ app, page, server }) => {
  const rows = 30_000;
  const csv = [
    'First Name,Last Name,E-mail Address,Mobile Phone',
    ...Array.from({ length: rows }, (_, i) => `Given${i},Family${i},person${i}@example.org,+41 79 ${1_000_000 + i}`),
  ].join('\n');
  const importer = new ImportPage(app);
  await importer.open();
  await importer.chooseFile({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(importer.counts).toContainText('30,000 new contacts', { timeout: 60_000 });
  await importer.importButton().click();
  await expect(page.getByRole('heading', { name: 'Importing many.csv…' })).toBeVisible();
  await expect(importer.progress).toHaveAttribute('max', String(rows));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Import cancelled: nothing was written.')).toBeVisible({ timeout: 30_000 });
  // Back at the preview, which can still be imported.
  await expect(importer.importButton()).toBeEnabled();
  expect(contactCount(server.dbPath)).toBe(0);
});

test('an extracted person can be corrected before the import', async ({ app, page, server }) => {
  const importer = new ImportPage(app);
  await importer.open();
  await importer.paste(fs.readFileSync(path.join(samples, 'iom-release-fr-2018.txt'), 'utf8'));
  await expect(importer.counts).toContainText('3 new contacts');
  await importer.row('David Watt').getByRole('button', { name: 'Edit David Watt' }).click();
  const form = page.getByRole('form', { name: 'Correct person 3' });
  await form.getByLabel('Title').fill('Porte-parole');
  await form.getByLabel('Phones').fill('0032 2 627 59 58\n+32 470 00 11 22');
  await form.getByRole('button', { name: 'Apply the correction' }).click();
  await expect(form).toBeHidden();
  await expect(importer.row('David Watt')).toContainText('Porte-parole');
  await expect(importer.row('David Watt')).toContainText('+32470001122');
  await page.screenshot({ path: path.join(shotsDir, 'import-release-edited.png') });
  await importer.importAll();
  const david = readDb(server.dbPath, (db) =>
    db.prepare("SELECT id, title FROM contacts WHERE family_name = 'Watt'").get(),
  ) as { id: number; title: string };
  expect(JSON.parse(david.title)).toEqual({ fr: 'Porte-parole' });
  expect(phonesOf(server.dbPath, 'wattd@unhcr.org')).toEqual(['+3226275958', '+32470001122']);
});
