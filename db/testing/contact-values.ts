import type { ContactValues } from '../queries/contacts';

/** A contact with nothing but what `values` says: the starting point of test fixtures that insert contacts. */
export const contactValues = (values: Partial<ContactValues> = {}): ContactValues => ({
  honorific: null,
  givenName: '',
  familyName: '',
  organisationId: null,
  officeId: null,
  title: {},
  phones: [],
  emails: [],
  languages: [],
  roles: [],
  countries: [],
  regionIds: [],
  topics: [],
  social: {},
  notes: '',
  doNotContact: false,
  doNotContactReason: null,
  doNotContactUntil: null,
  lawfulBasis: null,
  source: null,
  lastVerifiedAt: null,
  ...values,
});
