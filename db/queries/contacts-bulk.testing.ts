import type { Db } from '../client';
import { insertContact, setContactArchived, type ContactValues } from './contacts';
import { contactValues } from '../testing/contact-values';
import { insertOffice } from './offices';
import { insertOrganisation } from './organisations';
import { insertRegion } from './regions';

/** An ISO timestamp this many months before now, so "verified more than N months ago" stays true over time. */
export const monthsAgo = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
};

/**
 * Six people, each chip matching a known few: Dubois (Geneva spokesperson, fr/en, migration, verified 2 months ago),
 * Keller (Geneva press officer, do-not-contact, 8 months), Amrani (Cairo spokesperson, ar/en, 20 months), Haddad
 * (journalist covering Egypt, ar, never verified), Okafor (journalist covering Europe, migration, 8 months) and
 * Zeller (archived, migration).
 */
export function seedFilterDirectory(db: Db) {
  const europe = insertRegion(db, { name: { en: 'Europe' }, countries: ['BE', 'CH'] });
  const mena = insertRegion(db, { name: { en: 'Middle East and North Africa' }, countries: ['EG'] });
  const iom = insertOrganisation(db, {
    name: { en: 'International Organization for Migration' },
    acronym: { en: 'IOM' },
    kind: 'un_agency',
    website: null,
  });
  const office = (name: string, city: Record<string, string>, country: string, regionId: number, tz: string) =>
    insertOffice(db, {
      organisationId: iom,
      parentId: null,
      kind: 'country',
      name: { en: name },
      city,
      country,
      regionId,
      timeZone: tz,
      phoneRaw: null,
      phoneE164: null,
      email: null,
      address: null,
    });
  const geneva = office('IOM Headquarters', { en: 'Geneva', fr: 'Genève' }, 'CH', europe, 'Europe/Zurich');
  const cairo = office('IOM Egypt', { en: 'Cairo' }, 'EG', mena, 'Africa/Cairo');
  const person = (familyName: string, values: Partial<ContactValues>) =>
    insertContact(db, contactValues({ givenName: 'Test', familyName, organisationId: iom, ...values }));
  const ids = {
    dubois: person('Dubois', {
      officeId: geneva,
      roles: ['spokesperson'],
      languages: ['fr', 'en'],
      topics: ['Migration'],
      lastVerifiedAt: monthsAgo(2),
    }),
    keller: person('Keller', {
      officeId: geneva,
      roles: ['press_officer'],
      languages: ['de'],
      doNotContact: true,
      doNotContactReason: 'Asked not to be contacted',
      lastVerifiedAt: monthsAgo(8),
    }),
    amrani: person('Amrani', {
      officeId: cairo,
      roles: ['spokesperson'],
      languages: ['ar', 'en'],
      lastVerifiedAt: monthsAgo(20),
    }),
    haddad: person('Haddad', { organisationId: null, roles: ['journalist'], languages: ['ar'], countries: ['EG'] }),
    okafor: person('Okafor', {
      organisationId: null,
      roles: ['journalist'],
      languages: ['en'],
      regionIds: [europe],
      topics: ['migration'],
      lastVerifiedAt: monthsAgo(8),
    }),
    zeller: person('Zeller', { organisationId: null, topics: ['migration'] }),
  };
  setContactArchived(db, ids.zeller, true);
  return { europe, mena, iom, geneva, cairo, ids };
}

export type FilterDirectory = ReturnType<typeof seedFilterDirectory>;
