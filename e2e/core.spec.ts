import http from 'node:http';
import Database from 'better-sqlite3';
import { expect, test } from './support/fixtures';

/** A raw request, so headers a browser would never let a page set (Host) can be tried. */
function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

test('the page loads, a contact created through the API is saved and found by an unaccented prefix', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  // The token is swapped for a cookie and leaves the address bar.
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.locator('body')).not.toBeEmpty();

  const created = await page.evaluate(async () => {
    const call = async (channel: string, input: unknown) => {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as { ok: boolean; value: { id: number }; error?: unknown };
    };
    const org = await call('organisations:create', { name: { en: 'UNHCR', fr: 'HCR' }, kind: 'un_agency' });
    const office = await call('offices:create', {
      organisationId: org.value.id,
      name: { en: 'UNHCR Office in Geneva', fr: 'Bureau du HCR à Genève' },
      city: { en: 'Geneva', fr: 'Genève' },
      country: 'CH',
    });
    const contact = await call('contacts:create', {
      givenName: 'Élodie',
      familyName: 'Gérôme-Nuñez',
      officeId: office.value.id,
      phones: [{ raw: '022 739 81 11', kind: 'office' }],
      emails: [{ address: 'gerome@unhcr.org' }],
    });
    const found = await call('search:query', { query: 'gerom', kind: 'contact' });
    const byCity = await call('search:query', { query: 'geneve', kind: 'contact' });
    return { contact, found, byCity };
  });

  expect(created.contact.ok).toBe(true);
  const id = created.contact.value.id;
  expect(created.found).toMatchObject({ ok: true, value: { results: [{ id, kind: 'contact' }] } });
  expect(created.byCity).toMatchObject({ ok: true, value: { results: [{ id }] } });

  // Read the file back with a connection of our own: it really is on disk.
  const db = new Database(server.dbPath, { readonly: true });
  expect(db.prepare('SELECT given_name, family_name FROM contacts WHERE id = ?').get(id)).toEqual({
    given_name: 'Élodie',
    family_name: 'Gérôme-Nuñez',
  });
  expect(db.prepare('SELECT e164 FROM contact_phones WHERE contact_id = ?').pluck().get(id)).toBe('+41227398111');
  db.close();
});

test('the API refuses requests without the token, from a foreign Host or a foreign Origin', async ({ server }) => {
  const api = `${server.origin}/api/app:info`;
  const json = { 'Content-Type': 'application/json' };
  expect((await request(api, { method: 'POST', headers: json, body: '{}' })).status).toBe(401);
  const auth = { ...json, Authorization: `Bearer ${server.token}` };
  expect((await request(api, { method: 'POST', headers: auth, body: '{}' })).status).toBe(200);
  expect((await request(api, { method: 'POST', headers: { ...auth, Host: 'evil.example' }, body: '{}' })).status).toBe(
    403,
  );
  expect(
    (await request(api, { method: 'POST', headers: { ...auth, Origin: 'http://evil.example' }, body: '{}' })).status,
  ).toBe(403);
});
