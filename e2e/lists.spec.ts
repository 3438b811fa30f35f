import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { seriousViolations } from './pages/axe-check';
import { exportAs, ListsPage, saveDownload } from './pages/lists-page';

const LIST = 'Migration, francophone press';

/** The people of the story: three French-speaking journalists on migration, and two more to add by hand. */
const people = {
  elodie: {
    givenName: 'Élodie',
    familyName: 'Dupré-Lefèvre',
    email: 'elodie.dupre@presse.example.fr',
    phone: '+33 1 42 68 53 00',
    e164: '+33142685300',
    languages: ['fr'],
    roles: ['journalist'],
    topics: ['migration'],
  },
  jean: {
    givenName: 'Jean-François',
    familyName: 'Kaboré',
    email: 'jf.kabore@sidwaya.example.bf',
    phone: '+226 25 30 60 40',
    e164: '+22625306040',
    languages: ['fr'],
    roles: ['journalist'],
    topics: ['migration'],
  },
  zoe: {
    givenName: 'Zoë',
    familyName: 'N’Diaye',
    email: 'zoe.ndiaye@example.sn',
    phone: '+221 33 889 12 34',
    e164: '+221338891234',
    languages: ['fr'],
    roles: ['journalist'],
    topics: ['migration'],
    doNotContact: true,
    doNotContactReason: 'Asked to stop',
  },
  ana: {
    givenName: 'Ana',
    familyName: 'Müller',
    email: 'ana.mueller@zeitung.example.de',
    phone: '+49 30 901820',
    e164: '+4930901820',
    languages: ['de'],
    roles: ['journalist'],
    topics: ['migration'],
  },
  soren: {
    givenName: 'Søren',
    familyName: 'Ølund',
    email: null,
    phone: '+45 33 12 34 56',
    e164: '+4533123456',
    languages: ['da'],
    roles: ['expert'],
    topics: [],
  },
} as const;

type Person = (typeof people)[keyof typeof people];
const nameOf = (p: Person) => `${p.givenName} ${p.familyName}`;

async function seedPeople(page: Page): Promise<Record<keyof typeof people, number>> {
  const ids = {} as Record<keyof typeof people, number>;
  for (const [key, p] of Object.entries(people) as [keyof typeof people, Person][]) {
    const created = await callApi(page, 'contacts:create', {
      givenName: p.givenName,
      familyName: p.familyName,
      emails: p.email ? [{ address: p.email }] : [],
      phones: [{ raw: p.phone, kind: 'office' }],
      languages: [...p.languages],
      roles: [...p.roles],
      topics: [...p.topics],
      ...('doNotContact' in p ? { doNotContact: true, doNotContactReason: p.doNotContactReason } : {}),
    });
    ids[key] = created.id;
  }
  return ids;
}

/** The first Python with python3-vobject (Debian's package lives in the system Python, not in a pyenv shim's). */
const pythonBinary =
  ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import vobject']).status === 0) ?? 'python3';

/** Python reads what PressDesk wrote: a reader PressDesk did not write. */
function python(script: string, file: string): unknown {
  const run = spawnSync(pythonBinary, ['-c', script, file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as unknown;
}

const readCsv = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
`;

const readVcards = `
import json, sys, vobject
cards = []
with open(sys.argv[1], encoding='utf-8') as f:
    for card in vobject.readComponents(f.read()):
        c = card.contents
        cards.append({
            'fn': card.fn.value if 'fn' in c else None,
            'kind': c['kind'][0].value if 'kind' in c else None,
            'family': card.n.value.family if 'n' in c else None,
            'given': card.n.value.given if 'n' in c else None,
            'tel': [t.value for t in c.get('tel', [])],
            'email': [e.value for e in c.get('email', [])],
        })
print(json.dumps(cards, ensure_ascii=False))
`;

test('a smart list with people added and excluded by hand: counts, warnings, CSV and vCard read back, .eml hand-off', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const ids = await seedPeople(page);
  const lists = new ListsPage(app);
  await lists.open();
  await expect(page.getByText('No distribution lists yet')).toBeVisible();

  // The filter finds Élodie, Jean-François and Zoë.
  await lists.createSmartList({
    name: LIST,
    description: 'Journalists covering migration, French-speaking',
    owner: 'Press office',
    role: 'Journalist',
    language: 'French (fr)',
    topic: 'migration',
    expectMatches: 3,
  });
  await lists.membersLoaded(LIST);
  await expect(lists.members(LIST).getByRole('row')).toHaveCount(4);

  // Ana (German-speaking) and Søren (no email) by hand; Jean-François excluded.
  await lists.addByHand('Müller', nameOf(people.ana));
  await lists.addByHand('Ølund', nameOf(people.soren));
  await expect(lists.memberRow(LIST, nameOf(people.soren))).toContainText('Added by hand');
  await lists.memberRow(LIST, nameOf(people.jean)).click();
  await lists.memberActions(nameOf(people.jean)).getByRole('button', { name: 'Exclude from the list' }).click();
  await expect(app.toast(`${nameOf(people.jean)} excluded from the list`)).toBeVisible();
  await expect(lists.memberRow(LIST, nameOf(people.jean))).toHaveCount(0);

  await expect(lists.summaryCount('Members')).toHaveText('4');
  await expect(lists.summaryCount('Will receive')).toHaveText('2');
  await expect(lists.summaryCount('Do not contact')).toHaveText('1');
  await expect(lists.summaryCount('No email')).toHaveText('1');
  await expect(lists.summaryCount('Added by hand')).toHaveText('2');
  await expect(lists.summaryCount('Excluded')).toHaveText('1');
  await expect(page.getByRole('note').filter({ hasText: 'left out of sends' })).toContainText(
    '2 members are left out of sends: 1 do not contact, 0 archived, 1 without an email address.',
  );

  // The UI's counts are the service's.
  const list = (await callApi(page, 'lists:list', {})).rows.find((l) => l.name === LIST)!;
  expect(list.counts).toMatchObject({ members: 4, sendable: 2, doNotContact: 1, noEmail: 1, excludedByHand: 1 });

  // Who is left out, and why.
  await lists.showMembers('Left out of sends');
  await expect(lists.memberRow(LIST, nameOf(people.zoe))).toContainText('Do not contact: Asked to stop');
  await expect(lists.memberRow(LIST, nameOf(people.soren))).toContainText('No email address');
  await expect(lists.members(LIST).getByRole('row')).toHaveCount(3);
  await lists.showMembers('Excluded by hand');
  await expect(lists.memberRow(LIST, nameOf(people.jean))).toContainText('Excluded by hand');
  await lists.showMembers('All members');
  await page.screenshot({ path: test.info().outputPath('list-detail.png') });
  expect(await seriousViolations(page, 'list detail')).toEqual([]);

  const dir = test.info().outputPath('downloads');
  fs.mkdirSync(dir, { recursive: true });

  // CSV, with Phones ticked and Email moved before Country.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a contact sheet' });
  await expect(dialog.getByRole('note')).toContainText('formula');
  await dialog.getByRole('checkbox', { name: 'Phones' }).check();
  await dialog.getByRole('button', { name: 'Move Email up' }).click();
  await dialog.getByRole('button', { name: 'Move Email up' }).click();
  expect(await seriousViolations(page, 'export dialog')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('export-dialog.png') });
  const csvFile = await exportAs(page, 'CSV', dir);
  expect(csvFile.endsWith('.csv')).toBe(true);
  const raw = fs.readFileSync(csvFile);
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(raw.toString('utf8')).toContain('\r\n');
  const [header, ...rows] = python(readCsv, csvFile) as string[][];
  const col = (name: string) => header!.indexOf(name);
  expect(col('Email')).toBeGreaterThan(-1);
  expect(col('Email')).toBeLessThan(col('Country'));
  expect(col('Phones')).toBeGreaterThan(-1);
  const byName = new Map(rows.map((r) => [`${r[col('First name')]} ${r[col('Last name')]}`, r]));
  // Do-not-contact Zoë and excluded Jean-François are not in the sheet; Søren without email is.
  expect([...byName.keys()].sort()).toEqual([nameOf(people.ana), nameOf(people.elodie), nameOf(people.soren)].sort());
  for (const p of [people.elodie, people.ana]) {
    const row = byName.get(nameOf(p))!;
    expect(row[col('Email')]).toBe(p.email);
    // A number starting with "+" is prefixed so that no spreadsheet reads it as a formula.
    expect(row[col('Phones')]).toContain(`'${p.phone}`);
  }
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();

  // vCard 4.0, read by python3-vobject.
  await page.getByRole('button', { name: 'Export…' }).click();
  const vcfFile = await exportAs(page, 'vCard 4.0', dir);
  const cards = python(readVcards, vcfFile) as {
    fn: string;
    kind: string | null;
    family: string | null;
    given: string | null;
    tel: string[];
    email: string[];
  }[];
  const persons = cards.filter((c) => c.kind !== 'group');
  expect(persons.map((c) => c.fn).sort()).toEqual(
    [nameOf(people.ana), nameOf(people.elodie), nameOf(people.soren)].sort(),
  );
  for (const p of [people.elodie, people.ana, people.soren]) {
    const card = persons.find((c) => c.fn === nameOf(p))!;
    expect([card.given, card.family]).toEqual([p.givenName, p.familyName]);
    expect(card.tel.join(' ')).toContain(p.e164);
    expect(card.email).toEqual(p.email ? [p.email] : []);
  }
  const group = cards.find((c) => c.kind === 'group');
  expect(group?.fn).toBe(LIST);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Hand-off: one batch, as an .eml draft with the addresses in Bcc and no do-not-contact person.
  await page.getByRole('button', { name: 'Prepare batches' }).click();
  await expect(page.getByText('2 recipients in 1 message.')).toBeVisible();
  const emlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .eml draft' }).click();
  const emlFile = await saveDownload(await emlDownload, dir);
  expect(emlFile.endsWith('.eml')).toBe(true);
  const eml = fs.readFileSync(emlFile, 'utf8');
  const bcc = /^Bcc:(.*(?:\r\n .*)*)/m.exec(eml)?.[1] ?? '';
  expect(bcc).toContain(`<${people.elodie.email}>`);
  expect(bcc).toContain(`<${people.ana.email}>`);
  expect(eml).not.toContain(people.zoe.email);
  expect(eml).not.toContain(people.jean.email);
  expect(eml).toContain('X-Unsent: 1');

  // The activity log says what each person was given.
  const activity = await callApi(page, 'activity:contact', { contactId: ids.elodie });
  expect(activity.rows.map((r) => r.kind)).toEqual(expect.arrayContaining(['sent', 'exported']));
  expect(activity.rows.find((r) => r.kind === 'sent')).toMatchObject({ listName: LIST, detail: { via: 'eml' } });
  const zoe = await callApi(page, 'activity:contact', { contactId: ids.zoe });
  expect(zoe.rows.filter((r) => r.kind === 'sent' || r.kind === 'exported')).toEqual([]);
});
