import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contactInput, officeInput, organisationInput } from '../../../../electron/ipc/contract';
import { knownMessageTexts, serverIssueMap, textOfMessage, zodIssueMap } from './issues';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return zodIssueMap(r.success ? undefined : r.error);
};

describe('field issues', () => {
  it('puts each contract problem beside its field, by path', () => {
    const issues = issuesOf(contactInput, {
      givenName: '',
      familyName: '',
      phones: [{ raw: '+32 2 287 71 15' }, { raw: ' ' }],
      emails: [{ address: 'not an email' }],
      languages: ['French'],
    });
    expect(issues.get('familyName')).toEqual({ key: 'nameRequired' });
    expect(issues.get('phones.1.raw')).toEqual({ key: 'phoneRequired' });
    expect(issues.get('emails.0.address')).toEqual({ key: 'email' });
    expect(issues.get('languages.0')).toEqual({ key: 'language' });
    expect(issues.has('phones.0.raw')).toBe(false);
  });

  it('translates offices and organisations too, including a missing organisation and a bad URL', () => {
    const office = issuesOf(officeInput, { name: { en: '' }, timeZone: 'Europe/Brusels', email: 'x' });
    expect(office.get('organisationId')).toEqual({ key: 'required' });
    expect(office.get('name')).toEqual({ key: 'nameInOneLanguage' });
    expect(office.get('timeZone')).toEqual({ key: 'timeZone' });
    expect(office.get('email')).toEqual({ key: 'email' });
    const organisation = issuesOf(organisationInput, { name: { fr: 'OIM' }, website: 'iom.int' });
    expect(organisation.get('website')).toEqual({ key: 'url' });
  });

  it('knows every sentence the contract itself uses, so none reaches a French user in English', () => {
    const produced = new Set<string>();
    const collect = (schema: z.ZodType, input: unknown) => {
      const r = schema.safeParse(input);
      if (!r.success) for (const i of r.error.issues) produced.add(i.message);
    };
    collect(contactInput, {
      phones: [{ raw: '' }],
      emails: [{ address: 'x' }],
      languages: ['xx1'],
      countries: ['be'],
      doNotContactUntil: '28/11/2026',
    });
    collect(officeInput, { organisationId: 1, name: {}, timeZone: 'Mars/Olympus' });
    for (const message of produced) {
      if (message.startsWith('Invalid') || message.startsWith('Too')) continue; // zod's own, mapped by code
      expect(knownMessageTexts, message).toContain(message);
    }
    expect(produced.size).toBeGreaterThan(5);
  });

  it('reads server issues, dropping the update envelope from paths and keeping unknown sentences as they are', () => {
    const map = serverIssueMap([
      { path: 'patch.phones.1.raw', message: 'Not a valid number for BE' },
      { path: 'officeId', message: 'This office belongs to another organisation' },
      { path: 'notes', message: 'Something new from a newer server' },
    ]);
    expect(map.get('phones.1.raw')).toEqual({ key: 'phoneInvalidFor', values: { country: 'BE' } });
    expect(map.get('officeId')).toEqual({ key: 'officeOtherOrganisation' });
    expect(map.get('notes')).toEqual({ raw: 'Something new from a newer server' });
    expect(textOfMessage('Add the country code (+32 …)')).toEqual({ key: 'phoneNeedsCountry' });
  });
});
