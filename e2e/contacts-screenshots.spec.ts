import path from 'node:path';
import { expect, test } from './pages/app-fixture';
import { ContactsPage } from './pages/contacts-page';
import { seedSampleDirectory } from './pages/sample-directory';
import { SettingsPage } from './pages/settings-page';

// test-results/ is Playwright's output folder and git-ignored; the shots are for looking at, not for comparing.
const shotsDir = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');

test.use({ viewport: { width: 1440, height: 900 } });

test('screenshots of the Contacts page in English and French, light and dark', async ({ app, page }) => {
  await seedSampleDirectory(page);
  await page.reload();

  const shots: string[] = [];
  for (const lang of ['en', 'fr'] as const) {
    const settings = new SettingsPage(app, lang === 'en' ? 'Settings' : 'Réglages');
    if (lang === 'fr') {
      await new SettingsPage(app).open();
      await settings.chooseLanguage('fr');
    }
    await app.goTo('Contacts');
    const contacts = new ContactsPage(app, lang);
    await contacts.loaded();
    await expect(contacts.count).toHaveText('8 contacts');
    await expect(contacts.row('Dupont-Laurent')).toContainText(lang === 'en' ? 'Brussels' : 'Bruxelles');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const file = path.join(shotsDir, `contacts-${lang}-${colorScheme}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      shots.push(file);
    }
  }
  test.info().annotations.push({ type: 'screenshots', description: shots.join('\n') });
});
