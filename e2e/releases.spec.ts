import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { seriousViolations } from './pages/axe-check';
import { tabTo } from './pages/keyboard';
import { ReleaseEditorPage, ReleasesPage } from './pages/releases-page';

/** A release the check lets through: title, body, dateline, and a reachable contact in its block. */
async function approvableRelease(page: Page) {
  const contact = await callApi(page, 'contacts:create', {
    givenName: 'Joe',
    familyName: 'De Backer',
    phones: [{ raw: '+32 2 287 71 15' }],
    emails: [{ address: 'jdebacker@example.org' }],
    languages: ['fr', 'en'],
  });
  const release = await callApi(page, 'releases:create', {
    language: 'fr',
    title: 'Relocalisation depuis la Grèce',
    body: { json: null, html: '<p>Première version.</p>' },
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
  });
  await callApi(page, 'releases:add-to-block', { id: release.id, contactId: contact.id });
  return release;
}

test('a release drafted from the keyboard saves itself, survives a reload, and prints its French dateline and embargo', async ({
  app,
  page,
}) => {
  const list = new ReleasesPage(app);
  await list.open();
  await list.startNewByKeyboard();
  await expect(list.newTitle).toBeFocused();
  await page.keyboard.type('Relocalisation depuis la Grèce');
  await tabTo(page, list.newLanguage);
  await list.newLanguage.selectOption('fr');
  await tabTo(page, list.createButton);
  await page.keyboard.press('Enter');

  const editor = new ReleaseEditorPage(page);
  await expect(editor.title).toHaveValue('Relocalisation depuis la Grèce');
  // The caret waits in the body: typing goes straight in.
  await expect(editor.body).toBeFocused();
  await page.keyboard.type('Les départs reprennent depuis Athènes.');
  await editor.saved();
  const id = editor.id();
  expect((await callApi(page, 'releases:get', { id })).body.text).toContain('Les départs reprennent depuis Athènes.');

  await page.reload();
  await expect(editor.body).toContainText('Les départs reprennent depuis Athènes.');

  await editor.datelineCity.fill('Bruxelles');
  await editor.datelineDate.fill('2018-04-12');
  await editor.datelineDate.blur();
  await expect(editor.dateline).toHaveText('Bruxelles – Jeudi 12 avril 2018');

  await editor.embargoZone.fill('Europe/Brussels');
  await editor.embargoUntil.fill('2030-04-12T10:00');
  await expect(editor.embargoBanner).toHaveText('SOUS EMBARGO JUSQU’AU 12 avril 2030, 10 h 00 HAEC');
  const stored = await callApi(page, 'releases:get', { id });
  expect(stored.embargo).toEqual({ until: '2030-04-12T08:00:00.000Z', timeZone: 'Europe/Brussels' });
  expect(stored.datelineCity).toBe('Bruxelles');

  // Leaving the editor straight after typing, before the autosave's pause, still keeps the words.
  await editor.body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Suite immédiate.');
  await app.goTo('Releases');
  await expect
    .poll(async () => (await callApi(page, 'releases:get', { id })).body.text)
    .toContain('Athènes. Suite immédiate.');

  // Full-text search finds it without its accents.
  await list.search.fill('athenes');
  await expect(list.row('Relocalisation depuis la Grèce')).toBeVisible();
  await expect(list.count).toHaveText('1 release');
});

test('a release is translated, goes stale, is published read-only, reopened, and brought back to an older revision', async ({
  app,
  page,
}) => {
  const release = await approvableRelease(page);
  await app.openRoute(`#/releases/${release.id}`);
  const editor = new ReleaseEditorPage(page);
  await expect(editor.body).toContainText('Première version.');

  await editor.versions.getByLabel('Translate to…').selectOption('en');
  await editor.versions.getByRole('button', { name: 'Translate', exact: true }).click();
  await expect(page).not.toHaveURL(new RegExp(`#/releases/${release.id}$`));
  const english = editor.id();
  await expect(editor.versions.locator('[aria-current="page"]')).toContainText('English');
  await editor.versions.getByRole('link', { name: /French/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/releases/${release.id}$`));

  // A new sentence in the French source leaves the English version behind.
  await editor.body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Deuxième version.');
  await editor.saved();
  await expect(editor.versions.getByRole('link', { name: /English/ })).toContainText('Stale');
  const versions = await callApi(page, 'releases:versions', { id: release.id });
  expect(versions.versions.find((v) => v.id === english)?.stale).toBe(true);

  await editor.statusButton('Approve').click();
  await expect(editor.statusButton('Publish')).toBeVisible();
  await editor.statusButton('Publish').click();
  await page.getByRole('dialog', { name: 'Publish this release?' }).getByRole('button', { name: 'Publish' }).click();
  await expect(editor.lockedNotice).toContainText('Read-only (Published)');
  await expect(editor.body).toHaveAttribute('contenteditable', 'false');
  await expect(editor.title).toBeDisabled();
  expect((await callApi(page, 'releases:get', { id: release.id })).status).toBe('published');

  await editor.statusButton('Reopen').click();
  await expect(editor.lockedNotice).toHaveCount(0);
  await expect(editor.body).toHaveAttribute('contenteditable', 'true');

  const created = editor.revision('Created');
  await created.getByRole('button', { name: /^Restore the revision of/ }).click();
  await page
    .getByRole('dialog', { name: /^Restore the revision of/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(editor.body).toContainText('Première version.');
  await expect(editor.body).not.toContainText('Deuxième version.');
  const restored = await callApi(page, 'releases:get', { id: release.id });
  expect(restored.body.text).toBe('Première version.');
  expect(restored.status).toBe('draft');
});

test('the list filters by status and language, and the editor copies and exports what it shows', async ({
  app,
  page,
}) => {
  const release = await approvableRelease(page);
  await callApi(page, 'releases:create', { language: 'en', title: 'Floods in the Sahel', tags: ['climate'] });
  const list = new ReleasesPage(app);
  await list.open();
  await expect(list.count).toHaveText('2 releases');
  expect(await seriousViolations(page, 'release list')).toEqual([]);

  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Language').selectOption('fr');
  await expect(list.count).toHaveText('1 release');
  await expect(list.row('Relocalisation depuis la Grèce')).toBeVisible();
  await filters.getByLabel('Language').selectOption('');
  await filters.getByLabel('Tag').fill('climate');
  await expect(list.count).toHaveText('1 release');
  await expect(list.row('Floods in the Sahel')).toBeVisible();
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Status').selectOption('published');
  await expect(list.count).toHaveText('0 releases');
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  await list.row('Relocalisation depuis la Grèce').click();
  const editor = new ReleaseEditorPage(page);
  await expect(editor.body).toContainText('Première version.');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page, `release editor, ${colorScheme}`)).toEqual([]);
  }

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const outputs = page.getByRole('region', { name: 'Copy and export' });
  await outputs.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(app.toast('Copied as plain text')).toBeVisible();
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toContain('Relocalisation depuis la Grèce');
  expect(copied).toContain('Bruxelles – Jeudi 12 avril 2018');
  expect(copied).toContain('Joe De Backer');

  await outputs.getByRole('button', { name: 'Copy as rich text' }).click();
  await expect(app.toast('Copied with formatting')).toBeVisible();
  // The test runs without the DOM's types: the page reads its own clipboard.
  const html = await page.evaluate<string>(`(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? await (await item.getType('text/html')).text() : '';
  })()`);
  expect(html).toContain('Première version.');

  for (const format of ['DOCX', 'PDF'] as const) {
    const download = page.waitForEvent('download');
    await outputs.getByRole('button', { name: `Export ${format}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    const saved = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(saved);
    // Read back with independent readers: the DOCX's XML, and poppler's pdftotext.
    const text =
      format === 'DOCX'
        ? execFileSync('unzip', ['-p', saved, 'word/document.xml']).toString()
        : execFileSync('pdftotext', [saved, '-']).toString();
    expect(text, format).toContain('Première version.');
    expect(text, format).toContain('Joe De Backer');
    expect(fs.statSync(saved).size).toBeGreaterThan(500);
  }
  expect(release.reference).toMatch(/^PR-2018-\d{3}$/);
});
