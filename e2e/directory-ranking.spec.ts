import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { ContactsPage } from './pages/contacts-page';

/** Alphabetical order and best match differ: by name, Lena Aalto would come first. */
const people = [
  ['Abdirahman', 'Bashir'],
  ['Lena', 'Aalto'],
  ['Amina', 'Abdi'],
  ['Àbdì', ''],
] as const;

test('search results come best match first until a column header is clicked, which sorts from A', async ({
  app,
  page,
}) => {
  const organisation = await callApi(page, 'organisations:create', { name: { en: 'Kenya Red Cross' }, kind: 'ngo' });
  const office = await callApi(page, 'offices:create', {
    organisationId: organisation.id,
    name: { en: 'Abdi Street office' },
    country: 'KE',
  });
  for (const [givenName, familyName] of people) {
    await callApi(page, 'contacts:create', {
      givenName,
      familyName,
      ...(givenName === 'Lena' ? { officeId: office.id } : {}),
    });
  }
  await page.reload();
  const contacts = new ContactsPage(app);
  await contacts.open();

  const firstCells = () => contacts.grid.getByRole('row').locator('[role=gridcell]:first-child').allInnerTexts();

  await contacts.search.fill('abdi');
  await contacts.loaded();
  await expect(contacts.count).toContainText('best match first');
  // The exact name first (accents aside), then names starting with the word, then a match on the office.
  await expect.poll(firstCells).toEqual(['Àbdì', 'Amina Abdi', 'Abdirahman Bashir', 'Lena Aalto']);
  await expect(contacts.grid.locator('[role=columnheader][aria-sort="ascending"]')).toHaveCount(0);

  // Clicking a header while results are ranked sorts by that column from A, as the API orders it.
  await contacts.grid.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  await contacts.loaded();
  await expect(contacts.count).not.toContainText('best match first');
  const byName = await callApi(page, 'contacts:list', {
    sort: { column: 'name', direction: 'asc' },
    filter: { query: 'abdi', includeArchived: false },
  });
  await expect.poll(firstCells).toEqual(byName.rows.map((r) => `${r.givenName} ${r.familyName}`.trim()));
  await expect(contacts.grid.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');

  await contacts.search.fill('');
  await contacts.loaded();
  await expect(contacts.count).toContainText('4 contacts');
});
