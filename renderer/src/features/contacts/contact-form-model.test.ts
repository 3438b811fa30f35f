import { describe, expect, it } from 'vitest';
import { contactInput, type Contact } from '../../../../electron/ipc/contract';
import {
  contactInputFrom,
  contactValuesFrom,
  emptyContactValues,
  moveRow,
  preferOnly,
  type ContactValues,
} from './contact-form-model';

const contact: Contact = {
  id: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  archivedAt: null,
  honorific: 'Mr',
  givenName: 'Ryan',
  familyName: 'Schroeder',
  displayName: 'Ryan Schroeder',
  organisationId: 1,
  officeId: 2,
  title: { en: 'Senior Regional Media and Communications Officer', fr: '' },
  phones: [
    {
      id: 10,
      kind: 'office',
      raw: '+32 2 287 71 15',
      e164: '+3222877115',
      display: '+32 2 287 71 15',
      preferred: true,
    },
    { id: 11, kind: null, raw: '+32 486 511 212', e164: '+32486511212', display: '+32 486 511 212', preferred: false },
  ],
  emails: [{ id: 20, address: 'rschroeder@iom.int', kind: 'work', preferred: true }],
  languages: ['en', 'fr'],
  roles: ['spokesperson'],
  countries: ['BE'],
  regionIds: [4],
  topics: ['migration'],
  social: { x: '@iom' },
  notes: '',
  doNotContact: false,
  doNotContactReason: null,
  doNotContactUntil: null,
  lawfulBasis: 'legitimate interest',
  source: 'business card',
  lastVerifiedAt: null,
};

describe('contact form model', () => {
  it('round-trips a contact through the form into a valid update that keeps phone and email ids', () => {
    const input = contactInputFrom(contactValuesFrom(contact));
    expect(contactInput.safeParse(input).success).toBe(true);
    expect(input.phones?.map((p) => p.id)).toEqual([10, 11]);
    expect(input.phones?.[1]?.kind).toBeNull();
    expect(input.emails?.[0]).toEqual({ id: 20, address: 'rschroeder@iom.int', kind: 'work', preferred: true });
    // Empty translations are not stored as empty strings.
    expect(input.title).toEqual({ en: 'Senior Regional Media and Communications Officer' });
  });

  it('carries regions, social handles, lawful basis, source and last verified through unchanged', () => {
    const verified = { ...contact, lastVerifiedAt: '2026-11-28T09:15:00.000Z', social: { x: '@iom', github: 'iom' } };
    const input = contactInputFrom(contactValuesFrom(verified));
    expect(input).toMatchObject({
      regionIds: [4],
      social: { x: '@iom', github: 'iom' },
      lawfulBasis: 'legitimate interest',
      source: 'business card',
      lastVerifiedAt: '2026-11-28T09:15:00.000Z',
    });
    const cleared = contactInputFrom({
      ...contactValuesFrom(verified),
      social: { x: ' ', github: 'iom' },
      source: ' ',
    });
    expect(cleared.social).toEqual({ github: 'iom' });
    expect(cleared.source).toBeNull();
  });

  it('turns blank choices into nulls and drops the do-not-contact details when it is off', () => {
    const values: ContactValues = {
      ...emptyContactValues(),
      familyName: 'Abdi',
      honorific: '  ',
      doNotContact: false,
      doNotContactReason: 'asked by phone',
      doNotContactUntil: '2027-01-01',
    };
    const input = contactInputFrom(values);
    expect(input).toMatchObject({ honorific: null, organisationId: null, officeId: null });
    expect(input.doNotContactReason).toBeNull();
    expect(input.doNotContactUntil).toBeNull();
    const on = contactInputFrom({ ...values, doNotContact: true });
    expect(on).toMatchObject({ doNotContactReason: 'asked by phone', doNotContactUntil: '2027-01-01' });
  });

  it('moves rows and keeps one preferred', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(preferOnly([{ preferred: true }, { preferred: false }], 1)).toEqual([
      { preferred: false },
      { preferred: true },
    ]);
  });
});
