import { describe, expect, it } from 'vitest';
import type { Api } from '../../ipc/registry';
import { loadIom2018Contacts } from '../../testing/iom-2018-fixture';
import { must } from './testing/api';
import { useReleaseTestBed } from './testing/setup';

const bed = useReleaseTestBed();

async function call<T>(api: Api, channel: string, input: unknown): Promise<T> {
  const result = await api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/**
 * The three people of the 2018 release (Brussels offices, French and English, spokespersons), and around them:
 * a French-speaking press officer in Dakar on resettlement, a German speaker at IOM Brussels, a Spanish expert in
 * Madrid (same region as Brussels), a Brussels colleague who is do-not-contact, one whose do-not-contact lapsed,
 * and an archived one.
 */
async function directory() {
  const { api } = bed();
  const { contactIds } = await loadIom2018Contacts(api);
  const [jo, petra, david] = contactIds as [number, number, number];
  const europe = await call<{ id: number }>(api, 'regions:create', {
    name: { en: 'European Economic Area', fr: 'Espace économique européen' },
    countries: ['BE', 'ES', 'FR', 'DE'],
  });
  const iom = (
    await call<{ rows: { id: number; acronym: Record<string, string> }[] }>(api, 'organisations:list', {})
  ).rows.find((o) => o.acronym.en === 'IOM')!;
  const office = (en: string, city: Record<string, string>, country: string, regionId: number | null) =>
    call<{ id: number }>(api, 'offices:create', { organisationId: iom.id, name: { en }, city, country, regionId });
  const dakar = await office('IOM Dakar', { en: 'Dakar', fr: 'Dakar' }, 'SN', null);
  const madrid = await office('IOM Madrid', { en: 'Madrid', fr: 'Madrid', es: 'Madrid' }, 'ES', europe.id);
  const iomBrussels = (await call<{ officeId: number }>(api, 'contacts:get', { id: jo })).officeId;
  const person = (givenName: string, familyName: string, fields: Record<string, unknown>) =>
    call<{ id: number }>(api, 'contacts:create', {
      givenName,
      familyName,
      emails: [{ address: `${givenName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@example.org` }],
      ...fields,
    });

  await call(api, 'contacts:update', { id: jo, patch: { topics: ['Resettlement'] } });
  const amadou = await person('Amadou', 'Diallo', {
    officeId: dakar.id,
    languages: ['fr'],
    roles: ['press_officer'],
    topics: ['resettlement'],
  });
  const anna = await person('Anna', 'Schmidt', {
    officeId: iomBrussels,
    languages: ['de', 'en'],
    roles: ['journalist'],
  });
  const maria = await person('María', 'García', { officeId: madrid.id, languages: ['es', 'en'], roles: ['expert'] });
  const pierre = await person('Pierre', 'Dupont', {
    officeId: iomBrussels,
    languages: ['fr'],
    roles: ['spokesperson'],
    doNotContact: true,
    doNotContactReason: 'Asked not to be contacted',
  });
  const claire = await person('Claire', 'Martin', {
    officeId: iomBrussels,
    languages: ['fr'],
    doNotContact: true,
    doNotContactUntil: '2018-01-31',
  });
  const lukas = await person('Lukas', 'Peeters', { officeId: iomBrussels, languages: ['fr'], roles: ['spokesperson'] });
  await call(api, 'contacts:archive', { id: lukas.id });
  return {
    jo,
    petra,
    david,
    amadou: amadou.id,
    anna: anna.id,
    maria: maria.id,
    pierre: pierre.id,
    claire: claire.id,
    lukas: lukas.id,
    europe: europe.id,
  };
}

describe('releases:suggest-contacts', () => {
  it('ranks by dateline office, language, topic and role, with the reasons as data', async () => {
    const { api } = bed();
    const people = await directory();
    const release = await must(api, 'releases:create', {
      language: 'fr',
      datelineCity: 'Bruxelles',
      datelineDate: '2018-04-12',
      tags: ['Resettlement'],
    });
    await must(api, 'releases:add-to-block', { id: release.id, contactId: people.petra });
    const { rows } = await must(api, 'releases:suggest-contacts', { id: release.id });

    expect(rows.map((r) => r.contactId)).toEqual([
      people.jo,
      people.david,
      people.claire,
      people.amadou,
      people.anna,
      people.maria,
    ]);
    const jo = rows[0]!;
    expect(jo.reasons).toEqual([
      { kind: 'language', value: 'fr' },
      { kind: 'office', value: 'Bruxelles', label: { en: 'Brussels', fr: 'Bruxelles', es: 'Bruselas' } },
      { kind: 'topic', value: 'Resettlement' },
      { kind: 'role', value: 'spokesperson' },
    ]);
    expect(jo.score).toBeGreaterThan(rows[1]!.score);
    expect(rows.find((r) => r.contactId === people.amadou)!.reasons).toEqual([
      { kind: 'language', value: 'fr' },
      { kind: 'topic', value: 'Resettlement' },
      { kind: 'role', value: 'press_officer' },
    ]);
    expect(rows.find((r) => r.contactId === people.anna)!.reasons).toEqual([
      { kind: 'office', value: 'Bruxelles', label: { en: 'Brussels', fr: 'Bruxelles', es: 'Bruselas' } },
    ]);
    expect(rows.find((r) => r.contactId === people.maria)!.reasons).toEqual([
      {
        kind: 'region',
        value: 'Espace économique européen',
        label: { en: 'European Economic Area', fr: 'Espace économique européen' },
      },
    ]);
    expect(jo).toMatchObject({ displayName: 'Jo De Backer', languages: ['fr', 'en'], roles: ['spokesperson'] });
  });

  it('never suggests do-not-contact, archived people or those already in the block', async () => {
    const { api } = bed();
    const people = await directory();
    const release = await must(api, 'releases:create', {
      language: 'fr',
      datelineCity: 'Brussels',
      tags: ['Resettlement'],
    });
    await must(api, 'releases:add-to-block', { id: release.id, contactId: people.jo });
    const suggested = (await must(api, 'releases:suggest-contacts', { id: release.id, limit: 100 })).rows.map(
      (r) => r.contactId,
    );
    for (const never of [people.pierre, people.lukas, people.jo]) expect(suggested).not.toContain(never);
    expect(suggested).toContain(people.claire);
    // Searching by name does not bring them back either.
    const searched = (await must(api, 'releases:suggest-contacts', { id: release.id, query: 'dupont' })).rows;
    expect(searched).toEqual([]);
  });

  it('ranks what the person types by the same signals', async () => {
    const { api } = bed();
    const people = await directory();
    const release = await must(api, 'releases:create', { language: 'fr', datelineCity: 'Bruxelles' });
    const { rows } = await must(api, 'releases:suggest-contacts', { id: release.id, query: 'iom' });
    expect(rows[0]!.contactId).toBe(people.jo);
    expect(rows.map((r) => r.contactId)).toContain(people.amadou);
  });

  it('still suggests speakers of the language who speak for an organisation when the release has no dateline', async () => {
    const { api } = bed();
    const people = await directory();
    const release = await must(api, 'releases:create', { language: 'fr' });
    const { rows } = await must(api, 'releases:suggest-contacts', { id: release.id });
    expect(rows.map((r) => r.contactId)).toEqual([people.jo, people.petra, people.david, people.amadou]);
    expect(rows[3]!.reasons).toEqual([
      { kind: 'language', value: 'fr' },
      { kind: 'role', value: 'press_officer' },
    ]);
  });
});
