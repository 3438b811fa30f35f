import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ChannelInput, SpokespeopleLookup } from '../../ipc/contract';
import { loadIom2018Contacts } from '../../testing/iom-2018-fixture';
import { useMemoryApi } from '../../testing/memory-api';
import { createSpokespeopleService } from './lookup';

const sampleBlock = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/samples/iom-release-fr-2018.block-fr.txt',
);

const { api, ctx, ok } = useMemoryApi();

const lookup = (input: ChannelInput<'spokespeople:lookup'>) => ok('spokespeople:lookup', input);
const names = (r: SpokespeopleLookup) => r.rows.map((row) => row.name);

/**
 * Yemen in a small directory: a country office in Sana’a under the regional office in Amman (Middle East and North
 * Africa), headquarters in Geneva, a country office in Cairo; people of every kind the lookup must sort or leave out.
 */
async function yemenDirectory() {
  const mena = await ok('regions:create', {
    name: { en: 'Middle East and North Africa' },
    countries: ['YE', 'JO', 'EG'],
  });
  const iom = await ok('organisations:create', { name: { en: 'IOM', fr: 'OIM' }, kind: 'un_agency' });
  const office = (fields: Omit<ChannelInput<'offices:create'>, 'organisationId'>) =>
    ok('offices:create', { organisationId: iom.id, ...fields });
  const hq = await office({
    kind: 'hq',
    name: { en: 'IOM Headquarters' },
    city: { en: 'Geneva' },
    country: 'CH',
    timeZone: 'Europe/Zurich',
  });
  const amman = await office({
    kind: 'regional',
    name: { en: 'IOM Regional Office for MENA', ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة' },
    city: { en: 'Amman', ar: 'عمّان' },
    country: 'JO',
    regionId: mena.id,
    timeZone: 'Asia/Amman',
  });
  const sanaa = await office({
    kind: 'country',
    parentId: amman.id,
    name: { en: 'IOM Yemen' },
    city: { en: 'Sana’a', ar: 'صنعاء' },
    country: 'YE',
    timeZone: 'Asia/Aden',
  });
  const cairo = await office({
    name: { en: 'IOM Egypt' },
    city: { en: 'Cairo' },
    country: 'EG',
    timeZone: 'Africa/Cairo',
  });
  const person = (givenName: string, officeId: number, fields: Record<string, unknown>) =>
    ok('contacts:create', { givenName, familyName: 'Test', officeId, roles: ['spokesperson'], ...fields });
  await person('Amal', sanaa.id, {
    roles: ['press_officer'],
    languages: ['ar', 'en'],
    title: { en: 'Press Officer' },
    lastVerifiedAt: '2026-01-01T00:00:00Z',
    phones: [{ raw: '+967 1 234 567' }],
    emails: [{ address: 'amal@iom.int' }],
  });
  await person('Bilal', sanaa.id, { languages: ['ar'], title: { ar: 'المتحدث الرسمي', en: 'Spokesperson' } });
  await person('Hana', sanaa.id, { languages: ['ar'], doNotContact: true, doNotContactUntil: '2000-01-01' });
  await person('Chadi', amman.id, { languages: ['ar'], regionIds: [mena.id] });
  await person('Dana', hq.id, { languages: ['ar'], countries: ['YE'], lastVerifiedAt: '2026-06-01T00:00:00Z' });
  await person('Emad', hq.id, { languages: ['ar'], countries: ['YE'], lastVerifiedAt: '2025-06-01T00:00:00Z' });
  await person('Fadi', hq.id, { roles: ['media_focal_point'], languages: ['ar'], countries: ['YE'] });
  // Left out: do-not-contact (for good, or until a date not yet passed), archived, journalist, English only, Egypt.
  await person('Ghada', sanaa.id, { languages: ['ar', 'fr'], doNotContact: true });
  await person('Gamal', sanaa.id, { languages: ['ar'], doNotContact: true, doNotContactUntil: '2999-12-31' });
  const ines = await person('Ines', sanaa.id, { languages: ['ar', 'fr'] });
  await ok('contacts:archive', { id: ines.id });
  await person('Jamil', sanaa.id, { roles: ['journalist'], languages: ['ar', 'fr'] });
  await person('Karim', sanaa.id, { languages: ['en'] });
  await person('Layla', cairo.id, { languages: ['ar'], countries: ['EG'] });
  await person('Mona', cairo.id, { languages: ['fr'], countries: ['EG'] });
  return { mena, amman, sanaa };
}

describe('spokespeople:lookup', () => {
  it('ranks the office in the country first, then the regional office, then the others; role, then verified', async () => {
    await yemenDirectory();
    const result = await lookup({ country: 'YE', language: 'ar' });
    expect(names(result)).toEqual([
      'Bilal Test',
      'Hana Test',
      'Amal Test',
      'Chadi Test',
      'Dana Test',
      'Emad Test',
      'Fadi Test',
    ]);
    expect(result.total).toBe(7);
    expect(result.explanation).toBeNull();
    expect(result.direction).toBe('rtl');
    expect(result.rows.map((r) => r.proximity)).toEqual([
      'in_place',
      'in_place',
      'in_place',
      'regional',
      'elsewhere',
      'elsewhere',
      'elsewhere',
    ]);
    expect(result.rows.map((r) => r.role)).toEqual([
      'spokesperson',
      'spokesperson',
      'press_officer',
      'spokesperson',
      'spokesperson',
      'spokesperson',
      'media_focal_point',
    ]);
  });

  it('gives each row its title and office in the language, says when it fell back, and returns the time zone', async () => {
    await yemenDirectory();
    const { rows } = await lookup({ country: 'YE', language: 'ar' });
    const bilal = rows.find((r) => r.name === 'Bilal Test')!;
    expect(bilal).toMatchObject({ title: 'المتحدث الرسمي', titleLanguage: 'ar' });
    expect(bilal.office).toMatchObject({ name: 'IOM Yemen', nameLanguage: 'en', city: 'صنعاء', country: 'YE' });
    expect(bilal.office?.timeZone).toBe('Asia/Aden');
    const amal = rows.find((r) => r.name === 'Amal Test')!;
    expect(amal).toMatchObject({ title: 'Press Officer', titleLanguage: 'en', emails: ['amal@iom.int'] });
    expect(amal.phones).toEqual([{ display: '+967 1 234 567', kind: null }]);
    expect(amal.blockLine).toBe(
      'Amal Test، Press Officer، IOM Yemen، صنعاء، هاتف: +967 1 234 567، البريد الإلكتروني: amal@iom.int',
    );
  });

  it('matches the language asked for: the English speakers of Yemen are others', async () => {
    await yemenDirectory();
    expect(names(await lookup({ country: 'YE', language: 'en' }))).toEqual(['Karim Test', 'Amal Test']);
  });

  it('for a region, puts its regional office first and the offices in its countries next', async () => {
    const { mena } = await yemenDirectory();
    const result = await lookup({ regionId: mena.id, language: 'ar' });
    expect(names(result)).toEqual([
      'Chadi Test',
      'Bilal Test',
      'Hana Test',
      'Layla Test',
      'Amal Test',
      'Dana Test',
      'Emad Test',
      'Fadi Test',
    ]);
    expect(result.rows[0]?.proximity).toBe('regional');
    expect(result.rows[1]?.proximity).toBe('in_place');
  });

  it('returns the first `limit` rows and counts them all', async () => {
    await yemenDirectory();
    const result = await lookup({ country: 'YE', language: 'ar', limit: 2 });
    expect(names(result)).toEqual(['Bilal Test', 'Hana Test']);
    expect(result.total).toBe(7);
  });

  it('explains an empty answer with who was left out and the nearest lookups that find someone', async () => {
    const { mena } = await yemenDirectory();
    const result = await lookup({ country: 'YE', language: 'fr' });
    expect(result.rows).toEqual([]);
    expect(result.total).toBe(0);
    expect(result.explanation).toEqual({
      coveringAnyLanguage: 8,
      doNotContact: 1,
      archived: 1,
      otherRoles: 1,
      alternatives: [
        { kind: 'region', regionId: mena.id, regionName: { en: 'Middle East and North Africa' }, count: 1 },
        { kind: 'language', language: 'ar', count: 7 },
        { kind: 'language', language: 'en', count: 2 },
      ],
    });
  });

  it('explains a place nobody covers', async () => {
    await yemenDirectory();
    const result = await lookup({ country: 'NO', language: 'en' });
    expect(result.explanation).toEqual({
      coveringAnyLanguage: 0,
      doNotContact: 0,
      archived: 0,
      otherRoles: 0,
      alternatives: [],
    });
  });

  it('treats do-not-contact as lifted only after its last day', async () => {
    await yemenDirectory();
    await ok('contacts:create', {
      givenName: 'Until',
      familyName: 'June',
      roles: ['spokesperson'],
      languages: ['de'],
      countries: ['YE'],
      doNotContact: true,
      doNotContactUntil: '2026-06-30',
    });
    const on = (iso: string) =>
      createSpokespeopleService(() => new Date(iso)).lookup(ctx(), { country: 'YE', language: 'de', limit: 20 });
    expect(on('2026-06-30T23:00:00Z').total).toBe(0);
    expect(on('2026-06-30T23:00:00Z').explanation?.doNotContact).toBe(1);
    expect(names(on('2026-07-01T00:00:00Z'))).toEqual(['Until June']);
  });

  it('refuses an unknown region and a lookup with both a country and a region', async () => {
    expect(await api().call('spokespeople:lookup', { regionId: 999, language: 'en' })).toMatchObject({
      ok: false,
      error: { kind: 'NotFound' },
    });
    expect(await api().call('spokespeople:lookup', { language: 'en' })).toMatchObject({
      ok: false,
      error: { kind: 'Validation', message: 'country: Choose a country or a region' },
    });
  });

  it('renders each line with the contact block renderer: the sample release block, byte for byte', async () => {
    await loadIom2018Contacts(api());
    const { rows } = await lookup({ country: 'BE', language: 'fr' });
    const [heading, ...lines] = fs.readFileSync(sampleBlock, 'utf8').trimEnd().split('\n');
    expect(heading).toBe('Pour plus d’informations, veuillez contacter\u00a0:');
    expect(rows.map((r) => r.blockLine)).toEqual(lines);
  });
});
