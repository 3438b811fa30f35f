import { expect, test } from './pages/app-fixture';
import { seriousViolations } from './pages/axe-check';
import { ContactsPage } from './pages/contacts-page';
import { OfficesPage } from './pages/offices-page';
import { OrganisationsPage } from './pages/organisations-page';
import { seedSampleDirectory } from './pages/sample-directory';
import { SettingsPage } from './pages/settings-page';

test('axe finds nothing serious or critical on any page, in the light or the dark theme', async ({ app, page }) => {
  const [firstContact = 0] = await seedSampleDirectory(page);
  await page.reload();
  const found: string[] = [];
  /** Each view is checked in both themes: the colours differ, the markup does not. */
  const check = async (where: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      found.push(...(await seriousViolations(page, `${where}, ${colorScheme}`)));
    }
  };

  const contacts = new ContactsPage(app);
  await contacts.loaded();
  await expect(contacts.row('Dupont-Laurent')).toBeVisible();
  await check('Contacts');

  const offices = new OfficesPage(app);
  await offices.open();
  await expect(offices.row('Nairobi')).toBeVisible();
  await check('Offices');

  const organisations = new OrganisationsPage(app);
  await organisations.open();
  await expect(organisations.row('Le Soir')).toBeVisible();
  await check('Organisations');

  const settings = new SettingsPage(app);
  await settings.open();
  await expect(settings.databasePath).toContainText('pressdesk.db');
  await check('Settings');

  // A saved contact: its form has every kind of control (repeat rows, chips, checkboxes, per-language inputs).
  await app.openRoute(`#/contacts/${firstContact}`);
  const form = page.getByRole('form', { name: 'Amélie Dupont-Laurent' });
  await expect(form.getByLabel('Phone 1', { exact: true })).toHaveValue('02 287 71 15');
  await check('Contact form');

  // The palette, listing a record as well as pages and commands.
  await app.openPalette();
  await page.keyboard.type('Kamau');
  await expect(app.palette.getByRole('option', { name: /Wanjiru Kamau/ })).toBeVisible();
  await check('Ctrl+K palette');
  await app.closePalette();

  expect(found, 'serious or critical axe violations').toEqual([]);
});
