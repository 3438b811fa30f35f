import path from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, test } from './pages/app-fixture';
import { callApi } from './pages/api';
import { seriousViolations } from './pages/axe-check';

const shotsDir = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');

/** Joe appears in a published and a draft release, is on a list, was sent something; Ana shares his mobile. */
async function seedPerson(page: Page) {
  const iom = await callApi(page, 'organisations:create', { name: { en: 'IOM', fr: 'OIM' }, kind: 'un_agency' });
  const brussels = await callApi(page, 'offices:create', {
    organisationId: iom.id,
    kind: 'regional',
    name: { en: 'IOM Regional Office in Brussels', fr: 'Bureau régional de l’OIM à Bruxelles' },
    city: { en: 'Brussels', fr: 'Bruxelles' },
    country: 'BE',
    timeZone: 'Europe/Brussels',
  });
  const joe = await callApi(page, 'contacts:create', {
    givenName: 'Joe',
    familyName: 'De Backer',
    officeId: brussels.id,
    title: { en: 'Press Officer', fr: 'Chargé de presse' },
    phones: [{ raw: '0470 12 34 56', kind: 'mobile' }],
    emails: [{ address: 'jdebacker@example.org' }],
    languages: ['fr', 'en'],
    roles: ['press_officer'],
    lawfulBasis: 'Legitimate interests',
    source: 'Business card',
  });
  const ana = await callApi(page, 'contacts:create', {
    givenName: 'Ana',
    familyName: 'Lopes',
    officeId: brussels.id,
    phones: [{ raw: '+32 470 12 34 56', kind: 'mobile' }],
    emails: [{ address: 'alopes@example.org' }],
  });
  const release = async (title: string) => {
    const r = await callApi(page, 'releases:create', {
      language: 'fr',
      organisationId: iom.id,
      title,
      body: { json: null, html: '<p>Texte.</p>' },
      datelineCity: 'Bruxelles',
      datelineDate: '2026-04-12',
    });
    await callApi(page, 'releases:add-to-block', { id: r.id, contactId: joe.id });
    await callApi(page, 'releases:add-to-block', { id: r.id, contactId: ana.id });
    return r;
  };
  const published = await release('Relocalisation depuis la Grèce');
  await callApi(page, 'releases:set-status', { id: published.id, status: 'approved' });
  await callApi(page, 'releases:set-status', { id: published.id, status: 'published' });
  const draft = await release('Brouillon en cours');
  const list = await callApi(page, 'lists:create', { name: 'Brussels press corps' });
  await callApi(page, 'lists:add-members', { id: list.id, contactIds: [joe.id] });
  await callApi(page, 'lists:handoff-record', { id: list.id, contactIds: [joe.id], via: 'bcc-copy' });
  return { joe, ana, published, draft, list };
}

test('the contact detail shows releases, lists, activity and duplicates, and “Verified today” sets the date', async ({
  app,
  page,
}) => {
  const seeded = await seedPerson(page);
  await app.openRoute(`#/contacts/${seeded.joe.id}`);
  const form = page.getByRole('form', { name: 'Joe De Backer' });
  await expect(form).toBeVisible();

  const releases = form.getByRole('region', { name: 'Releases' });
  await expect(releases.getByRole('link', { name: 'Relocalisation depuis la Grèce' })).toHaveAttribute(
    'href',
    `#/releases/${seeded.published.id}`,
  );
  await expect(releases).toContainText('Published');
  await expect(releases.getByRole('link', { name: 'Brouillon en cours' })).toBeVisible();
  const lists = form.getByRole('region', { name: 'Lists' });
  await expect(lists.getByRole('link', { name: 'Brussels press corps' })).toHaveAttribute(
    'href',
    `#/lists/${seeded.list.id}`,
  );
  await expect(lists).toContainText('Added by hand');
  await expect(form.getByRole('region', { name: 'Activity' })).toContainText('Sent');

  // Every field of the record is in the form.
  await expect(form.getByLabel('Lawful basis')).toHaveValue('Legitimate interests');
  await expect(form.getByLabel('Source')).toHaveValue('Business card');
  await expect(form.getByRole('combobox', { name: 'Regions covered' })).toBeVisible();
  await expect(form.getByLabel('LinkedIn')).toBeVisible();
  // The local-format mobile took the office's country and is the one Ana has too.
  const duplicate = form.locator('.duplicate-notes').filter({ hasText: 'is also a number of' });
  await expect(duplicate.getByRole('link', { name: 'Ana Lopes' })).toHaveAttribute(
    'href',
    `#/contacts/${seeded.ana.id}`,
  );

  await expect(form.getByLabel('Last verified')).toHaveValue('');
  await form.getByRole('button', { name: 'Verified today' }).click();
  await expect(app.toast('Joe De Backer marked as verified today')).toBeVisible();
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  await expect(form.getByLabel('Last verified')).toHaveValue(today);
  const saved = await callApi(page, 'contacts:get', { id: seeded.joe.id });
  expect(saved.lastVerifiedAt?.slice(0, 10)).toBe(today);

  expect(await seriousViolations(page, 'Contact detail')).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await form.getByRole('region', { name: 'Privacy' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shotsDir, 'contact-detail.png'), animations: 'disabled', caret: 'hide' });
});

test('“Delete permanently” erases the person everywhere and the published release keeps its text', async ({
  app,
  page,
  server,
}) => {
  const seeded = await seedPerson(page);
  const blockText = async (id: number) => (await callApi(page, 'releases:get-blocks', { id })).preview.text;
  const publishedBefore = await blockText(seeded.published.id);
  expect(publishedBefore).toContain('Joe De Backer');
  expect(await blockText(seeded.draft.id)).toContain('Joe De Backer');

  await app.openRoute(`#/contacts/${seeded.joe.id}`);
  const form = page.getByRole('form', { name: 'Joe De Backer' });
  await form.getByRole('button', { name: 'Export everything about this person' }).click();
  await expect(app.toast(`joe-de-backer-${seeded.joe.id}.json`)).toBeVisible();

  await form.getByRole('button', { name: 'Delete permanently…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Joe De Backer permanently?' });
  const confirm = dialog.getByRole('button', { name: 'Delete permanently' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type Joe De Backer to confirm').fill('Joe');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type Joe De Backer to confirm').fill('Joe De Backer');
  await confirm.click();
  await expect(app.toast('Joe De Backer was deleted permanently')).toBeVisible();
  await expect(page).toHaveURL(/#\/contacts$/);

  const db = new Database(server.dbPath, { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get(seeded.joe.id) as number;
    for (const table of [
      'contact_phones',
      'contact_emails',
      'contact_languages',
      'contact_roles',
      'distribution_list_members',
      'contact_block_rows',
      'activity',
    ]) {
      expect(count(`SELECT count(*) FROM ${table} WHERE contact_id = ?`), table).toBe(0);
    }
    expect(count('SELECT count(*) FROM contacts WHERE id = ?')).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'backer'`).pluck().get()).toBe(0);
    const erased = db.prepare(`SELECT contact_id, detail FROM activity WHERE kind = 'erased'`).all() as {
      contact_id: number | null;
      detail: string;
    }[];
    expect(erased).toHaveLength(1);
    expect(erased[0]?.contact_id).toBeNull();
    expect(erased[0]?.detail).not.toMatch(/joe|backer|example\.org/i);
  } finally {
    db.close();
  }

  expect(await blockText(seeded.published.id)).toBe(publishedBefore);
  const draft = await blockText(seeded.draft.id);
  expect(draft).toContain('Ana Lopes');
  expect(draft).not.toContain('Backer');
});
