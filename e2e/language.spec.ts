import { expect, test } from './pages/app-fixture';
import { ContactsPage } from './pages/contacts-page';
import { brusselsOffice, seedSampleDirectory } from './pages/sample-directory';
import { SettingsPage } from './pages/settings-page';

test('the UI switches to French in Settings, stays French after a reload, and switches back', async ({ app, page }) => {
  await seedSampleDirectory(page);
  await page.reload();

  const settings = new SettingsPage(app);
  await settings.open();
  await settings.chooseLanguage('fr');
  // The whole window follows at once, without a reload.
  await expect(app.navLink('Bureaux')).toBeVisible();
  await expect(app.heading('Réglages')).toBeVisible();
  await expect(page).toHaveTitle('Réglages · PressDesk');

  const contacts = new ContactsPage(app, 'fr');
  const expectFrenchContacts = async () => {
    await contacts.loaded();
    await expect(app.navLink('Bureaux')).toBeVisible();
    await expect(app.navLink('Réglages')).toBeVisible();
    await expect(contacts.search).toBeVisible();
    await expect(contacts.grid.getByRole('columnheader', { name: 'Fonction' })).toBeVisible();
    await expect(contacts.count).toHaveText('8 contacts');
    // Records keep their own languages; the list shows the French one.
    const row = contacts.row('Dupont-Laurent');
    await expect(row).toContainText(brusselsOffice.name.fr);
    await expect(row).toContainText('Chargée principale des médias');
    await expect(row).toContainText('Belgique');
  };
  await app.goTo('Contacts');
  await expectFrenchContacts();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectFrenchContacts();

  const réglages = new SettingsPage(app, 'Réglages');
  await réglages.open();
  await réglages.chooseLanguage('en');
  await expect(app.navLink('Offices')).toBeVisible();
  await app.goTo('Contacts');
  const english = new ContactsPage(app);
  await english.loaded();
  await expect(english.search).toBeVisible();
  await expect(english.count).toHaveText('8 contacts');
  await expect(english.row('Dupont-Laurent')).toContainText(brusselsOffice.name.en);
  await page.reload();
  await expect(app.navLink('Offices')).toBeVisible();
  await expect(english.row('Dupont-Laurent')).toContainText('Belgium');
});
