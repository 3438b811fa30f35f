import type { Page } from '@playwright/test';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { ContactsPage } from './pages/contacts-page';
import { SpokespeoplePage } from './pages/spokespeople-page';

/** What someone pastes into a contact's names, title and notes, hoping a screen runs it. */
const payloads = {
  givenName: '<script>alert(1)</script>',
  familyName: '<img src=x onerror=alert(1)>',
  title: '<svg onload=alert(1)>',
  notes: 'javascript:alert(1)',
} as const;
const displayName = `${payloads.givenName} ${payloads.familyName}`;

/** Elements the payloads would have become had any screen put them in as HTML. */
const injected = (page: Page) => page.locator('img[src="x"], [onerror], [onload], a[href^="javascript:" i]');

async function seedHostileContact(page: Page) {
  const iom = await callApi(page, 'organisations:create', { name: { en: 'IOM' }, kind: 'un_agency' });
  const geneva = await callApi(page, 'offices:create', {
    organisationId: iom.id,
    kind: 'hq',
    name: { en: 'IOM Headquarters' },
    city: { en: 'Geneva' },
    country: 'CH',
    timeZone: 'Europe/Zurich',
  });
  const contact = await callApi(page, 'contacts:create', {
    givenName: payloads.givenName,
    familyName: payloads.familyName,
    title: { en: payloads.title },
    notes: payloads.notes,
    officeId: geneva.id,
    roles: ['spokesperson'],
    languages: ['en'],
    emails: [{ address: 'hostile@example.org' }],
  });
  const release = await callApi(page, 'releases:create', {
    language: 'en',
    title: 'Statement on the reception centre',
    body: { json: null, html: `<p>Body text.</p><p>${payloads.givenName}${payloads.familyName}</p>` },
    datelineCity: 'Geneva',
    datelineDate: '2026-04-12',
  });
  await callApi(page, 'releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: contact.id }] }] });
  return { contact, release };
}

test('markup in a contact’s names, title and notes shows as text on every screen and never runs', async ({
  app,
  page,
}) => {
  // A payload that ran would most likely call alert(); the fixture fails on page errors and CSP violations too.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const { contact, release } = await seedHostileContact(page);

  // The contacts table.
  const contacts = new ContactsPage(app);
  await page.reload();
  await contacts.open();
  const row = contacts.row(payloads.givenName);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(payloads.familyName);
  await expect(row).toContainText(payloads.title);
  await expect(injected(page)).toHaveCount(0);

  // The contact's record panel: names in the heading, the title and the notes in their fields.
  await app.openRoute(`#/contacts/${contact.id}`);
  const form = page.getByRole('form', { name: displayName });
  await expect(form).toBeVisible();
  await expect(form.getByRole('heading', { name: displayName })).toBeVisible();
  await expect(form.getByLabel('Notes')).toHaveValue(payloads.notes);
  await expect(form.getByRole('textbox', { name: /^Title/ }).first()).toHaveValue(payloads.title);
  await expect(injected(page)).toHaveCount(0);

  // The release with the contact in its block: the block preview prints the line as text.
  await app.openRoute(`#/releases/${release.id}`);
  const preview = page.getByTestId('block-preview');
  await expect(preview).toContainText(displayName);
  await expect(preview).toContainText(payloads.title);
  await expect(injected(page)).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);

  // The spokespeople lookup: the contact is an English-speaking spokesperson in Switzerland.
  await app.openRoute('#/spokespeople');
  const lookup = new SpokespeoplePage(page);
  await lookup.place.focus();
  await lookup.choose(lookup.place, 'switz', 'Switzerland');
  await lookup.choose(lookup.language, 'engl', 'English');
  await expect(lookup.rows()).toHaveCount(1);
  await expect(lookup.rows().first()).toContainText(displayName);
  await expect(lookup.rows().first()).toContainText(payloads.title);
  await expect(injected(page)).toHaveCount(0);

  // The command palette finds the contact by a word of the payload and shows the name as text.
  await app.openPalette();
  await page.keyboard.type('onerror');
  const option = app.palette.getByRole('option', {
    name: new RegExp(displayName.replace(/[()[\]\\^$.*+?|{}]/g, '\\$&')),
  });
  await expect(option).toBeVisible();
  await expect(injected(page)).toHaveCount(0);
  await app.closePalette();

  expect(dialogs, 'dialogs opened by injected script').toEqual([]);
});
