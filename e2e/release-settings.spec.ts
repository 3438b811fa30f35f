import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { seriousViolations } from './pages/axe-check';

test('Settings › Releases: a new reference pattern numbers the next release, with the error shown at the field', async ({
  app,
  page,
}) => {
  await app.openRoute('#/settings');
  const section = page.getByRole('region', { name: 'Releases' });
  const pattern = section.getByLabel('Reference pattern');
  const year = new Date().getFullYear();
  await expect(section.getByText(`Next reference: PR-${year}-001`)).toBeVisible();

  await pattern.fill('CP-{NNN}');
  await section.getByRole('button', { name: 'Save pattern' }).click();
  await expect(section.getByRole('alert')).toHaveText(/Put the year, \{YYYY\} or \{YY\}, in the pattern/);
  await expect(pattern).toHaveAttribute('aria-invalid', 'true');
  expect((await callApi(page, 'releases:get-settings', {})).referencePattern).toBe('PR-{YYYY}-{NNN}');

  await pattern.fill(`CP-{YY}-{NNNN}`);
  await pattern.press('Enter');
  const yy = String(year % 100).padStart(2, '0');
  await expect(app.toast(`Saved the pattern. The next release gets CP-${yy}-0001.`)).toBeVisible();
  await expect(section.getByText(`Next reference: CP-${yy}-0001`)).toBeVisible();
  await expect(pattern).not.toHaveAttribute('aria-invalid');

  const first = await callApi(page, 'releases:create', { language: 'en', title: 'First' });
  const second = await callApi(page, 'releases:create', { language: 'en', title: 'Second' });
  expect([first.reference, second.reference]).toEqual([`CP-${yy}-0001`, `CP-${yy}-0002`]);
  expect(await seriousViolations(page, 'release settings')).toEqual([]);
});

test('Settings › Releases: French notes to editors for one organisation start its new French releases only', async ({
  app,
  page,
}) => {
  const iom = await callApi(page, 'organisations:create', { name: { en: 'IOM' }, acronym: {}, kind: 'un_agency' });
  const unhcr = await callApi(page, 'organisations:create', { name: { en: 'UNHCR' }, acronym: {}, kind: 'un_agency' });
  await app.openRoute('#/settings');
  const section = page.getByRole('region', { name: 'Releases' });
  await expect(section.getByText('No notes to editors saved yet')).toBeVisible();

  const notes = 'L’OIM est l’agence des Nations Unies chargée des migrations.\nContact presse\u00a0: media@iom.int';
  await section.getByLabel('Organisation', { exact: true }).selectOption({ label: 'IOM' });
  await section.getByLabel('Language', { exact: true }).selectOption('fr');
  await section.getByLabel('Notes to editors for IOM in French').fill(notes);
  await section.getByRole('button', { name: 'Save notes' }).click();
  await expect(app.toast('Saved the notes to editors for IOM in French.')).toBeVisible();
  const saved = section.getByRole('list', { name: 'Saved notes to editors' });
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await expect(saved.getByRole('listitem')).toContainText('IOM · French');
  expect((await callApi(page, 'releases:get-settings', {})).boilerplates).toEqual([
    { organisationId: iom.id, language: 'fr', text: notes },
  ]);

  const french = await callApi(page, 'releases:create', { language: 'fr', organisationId: iom.id });
  const english = await callApi(page, 'releases:create', { language: 'en', organisationId: iom.id });
  const other = await callApi(page, 'releases:create', { language: 'fr', organisationId: unhcr.id });
  expect(french.notesToEditors).toBe(notes);
  expect(english.notesToEditors).toBe('');
  expect(other.notesToEditors).toBe('');

  await saved.getByRole('button', { name: 'Remove the notes to editors for IOM in French' }).click();
  await expect(app.toast('Removed the notes to editors for IOM in French.')).toBeVisible();
  await expect(section.getByText('No notes to editors saved yet')).toBeVisible();
  expect((await callApi(page, 'releases:get-settings', {})).boilerplates).toEqual([]);
});
