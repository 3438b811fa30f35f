import Database from 'better-sqlite3';
import { callApi } from './pages/api';
import { seriousViolations } from './pages/axe-check';
import { expect, test } from './pages/app-fixture';
import { ContactsPage } from './pages/contacts-page';
import { DirectoryBar } from './pages/directory-bar';

type Person = readonly [given: string, family: string, roles: string[], languages: string[]];

/** Two French-speaking spokespeople among people who match one chip or none. */
const people: readonly Person[] = [
  ['Amélie', 'Dupont', ['spokesperson'], ['fr', 'en']],
  ['Bruno', 'Lefèvre', ['spokesperson', 'press_officer'], ['fr']],
  ['Carla', 'Mendes', ['spokesperson'], ['pt', 'en']],
  ['Dieter', 'Schmidt', ['press_officer'], ['fr', 'de']],
  ['Eva', 'Novak', ['journalist'], ['en']],
];

test('filter chips by keyboard, bulk tag of the selection with its count, undo, and the table by keyboard', async ({
  app,
  page,
  server,
}) => {
  const organisation = await callApi(page, 'organisations:create', {
    name: { en: 'International Organization for Migration' },
    acronym: { en: 'IOM' },
    kind: 'un_agency',
  });
  for (const [givenName, familyName, roles, languages] of people) {
    await callApi(page, 'contacts:create', {
      givenName,
      familyName,
      organisationId: organisation.id,
      roles: roles as ('spokesperson' | 'press_officer' | 'journalist')[],
      languages,
    });
  }
  await page.reload();

  const contacts = new ContactsPage(app);
  const bar = new DirectoryBar(page);
  await contacts.open();
  await expect(contacts.count).toHaveText('5 contacts');

  await bar.addChipByKeyboard('Role', 'spokes', 'Spokesperson');
  await expect(contacts.count).toHaveText('3 contacts');
  await bar.addChipByKeyboard('Language', 'fren', 'French');
  await expect(contacts.count).toHaveText('2 contacts');
  await contacts.loaded();
  await expect(contacts.row('Amélie Dupont')).toBeVisible();
  await expect(contacts.row('Bruno Lefèvre')).toBeVisible();

  // Select both rows with the keyboard: first row, then Shift+Down.
  await contacts.grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('.data-table__footer')).toContainText('2 selected');
  await expect(bar.bulk).toContainText('2 selected');

  await bar.bulk.getByRole('button', { name: 'Add topic…' }).click();
  await page.keyboard.type('Floods');
  expect(await seriousViolations(page, 'chips, bulk bar and topic picker')).toEqual([]);
  await page.keyboard.press('Enter');
  const tagged = app.toast('Tagged 2 contacts with “Floods”');
  await expect(tagged).toBeVisible();

  const topicCount = async () =>
    (await callApi(page, 'contacts:list', { filter: { topic: 'Floods' } })).rows.map((r) => r.familyName).sort();
  expect(await topicCount()).toEqual(['Dupont', 'Lefèvre']);
  const db = new Database(server.dbPath, { readonly: true });
  const taggedInDb = () =>
    db
      .prepare(
        `SELECT c.family_name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id JOIN contacts c ON c.id = ct.contact_id
         WHERE t.name = 'Floods' ORDER BY c.family_name`,
      )
      .pluck()
      .all();
  try {
    expect(taggedInDb()).toEqual(['Dupont', 'Lefèvre']);

    await tagged.getByRole('button', { name: 'Undo' }).click();
    await expect(app.toast('Undone: 2 records restored')).toBeVisible();
    expect(await topicCount()).toEqual([]);
    expect(taggedInDb()).toEqual([]);
  } finally {
    db.close();
  }

  // "Select all" over the filter goes as the filter, not as ids: the whole match is marked verified.
  await contacts.grid.focus();
  await page.keyboard.press('Control+a');
  await expect(bar.bulk).toContainText('2 selected');
  await bar.bulk.getByRole('button', { name: 'Mark verified today' }).click();
  await expect(app.toast('Marked 2 contacts verified today')).toBeVisible();
  const verified = await callApi(page, 'contacts:list', { filter: { query: '' } });
  expect(verified.rows.filter((r) => r.lastVerifiedAt !== null).map((r) => r.familyName)).toEqual([
    'Dupont',
    'Lefèvre',
  ]);

  // The table by keyboard: arrows move the cursor, Enter opens the record in the panel.
  await contacts.grid.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(contacts.grid.locator('[aria-rowindex="3"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const bruno = await callApi(page, 'contacts:list', { filter: { query: 'Lefèvre' } });
  await expect(page).toHaveURL(new RegExp(`#/contacts/${bruno.rows[0]!.id}$`));
  await expect(page.getByRole('complementary').getByRole('heading', { name: 'Bruno Lefèvre' })).toBeVisible();

  // The chips stay through another page and back.
  await app.goTo('Offices');
  await app.goTo('Contacts');
  await expect(bar.chip('Role')).toHaveText('Role: Spokesperson');
  await expect(bar.chip('Language')).toHaveText('Language: French');
  await expect(contacts.count).toHaveText('2 contacts');
});
