import type { Db } from '../../../db/client';
import { insertContact } from '../../../db/queries/contacts';
import { contactValues } from '../../../db/testing/contact-values';
import { insertOffice } from '../../../db/queries/offices';
import { insertOrganisation } from '../../../db/queries/organisations';
import { insertRegion } from '../../../db/queries/regions';
import { replaceBlocks } from '../../../db/queries/release-blocks';

/** A release row with just what the block renderer and the status rules read. */
export function insertTestRelease(db: Db, status: string, title: string, organisationId: number | null): number {
  return db.$client
    .prepare(
      `INSERT INTO releases (year, language, translation_group, organisation_id, title, status, created_at, updated_at)
       VALUES (2026, 'fr', ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id`,
    )
    .pluck()
    .get(`group-${title}`, organisationId, title, status) as number;
}

/**
 * Two people with every kind of row a person can have (phones, emails, languages, roles, coverage, topics, list
 * membership and exclusion, contact block rows, activity), on a draft and a published release together.
 */
export function seedPrivacyDirectory(db: Db) {
  const region = insertRegion(db, { name: { en: 'Europe' }, countries: ['BE'] });
  const iom = insertOrganisation(db, { name: { fr: 'OIM' }, acronym: { fr: 'OIM' }, kind: 'un_agency', website: null });
  const brussels = insertOffice(db, {
    organisationId: iom,
    parentId: null,
    kind: 'regional',
    name: { fr: 'Bureau régional de l’OIM à Bruxelles' },
    city: { fr: 'Bruxelles' },
    country: 'BE',
    regionId: region,
    timeZone: 'Europe/Brussels',
  });
  const ryan = insertContact(
    db,
    contactValues({
      givenName: 'Ryan',
      familyName: 'Schroeder',
      organisationId: iom,
      officeId: brussels,
      title: { fr: 'Chargé de presse' },
      phones: [{ kind: 'mobile', raw: '+32 2 287 71 15', e164: '+3222877115', digits: '3222877115', preferred: true }],
      emails: [{ address: 'rschroeder@iom.int', kind: 'work', preferred: true }],
      languages: ['fr', 'en'],
      roles: ['press_officer'],
      countries: ['BE'],
      regionIds: [region],
      topics: ['migration'],
      notes: 'Prefers WhatsApp',
    }),
  );
  const leonard = insertContact(
    db,
    contactValues({
      givenName: 'Leonard',
      familyName: 'Doyle',
      organisationId: iom,
      officeId: brussels,
      emails: [{ address: 'ldoyle@iom.int', kind: 'work', preferred: true }],
      topics: ['migration'],
    }),
  );
  const published = insertTestRelease(db, 'published', 'Published', iom);
  const draft = insertTestRelease(db, 'draft', 'Draft', iom);
  for (const releaseId of [published, draft]) {
    replaceBlocks(db, releaseId, [
      {
        subheading: null,
        rows: [
          { contactId: ryan, phoneIds: null, emailIds: null },
          { contactId: leonard, phoneIds: null, emailIds: null },
        ],
      },
    ]);
  }
  const list = (name: string) =>
    db.$client
      .prepare(
        `INSERT INTO distribution_lists (name, created_at, updated_at) VALUES (?, '2026-01-01', '2026-01-01') RETURNING id`,
      )
      .pluck()
      .get(name) as number;
  const press = list('Press');
  const excluded = list('Excluded');
  const member = db.$client.prepare(
    `INSERT INTO distribution_list_members (list_id, contact_id, mode, added_at) VALUES (?, ?, ?, '2026-01-01')`,
  );
  member.run(press, ryan, 'include');
  member.run(press, leonard, 'include');
  member.run(excluded, ryan, 'exclude');
  db.$client
    .prepare(
      `INSERT INTO activity (at, kind, subject, contact_id, release_id, detail) VALUES ('2026-01-02', 'sent', 'contact', ?, ?, '{}')`,
    )
    .run(ryan, published);
  return { region, iom, brussels, ryan, leonard, published, draft, press, excluded };
}
