import type { Contact, ContactInput, contactRoles, emailKinds, phoneKinds } from '../../../../electron/ipc/contract';

type PhoneKind = (typeof phoneKinds)[number];
type EmailKind = (typeof emailKinds)[number];
export type ContactRole = (typeof contactRoles)[number];

/** Rows of a repeatable list keep a key of their own, so reordering moves the inputs, not only their text. */
export interface PhoneValues {
  readonly key: string;
  readonly id?: number;
  readonly kind: PhoneKind | '';
  readonly raw: string;
  readonly preferred: boolean;
}

export interface EmailValues {
  readonly key: string;
  readonly id?: number;
  readonly address: string;
  readonly kind: EmailKind | '';
  readonly preferred: boolean;
}

/** What the contact form edits: strings where the person types, so nothing is lost between keystrokes. */
export interface ContactValues {
  readonly honorific: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly organisationId: string;
  readonly officeId: string;
  readonly title: Readonly<Record<string, string>>;
  readonly phones: readonly PhoneValues[];
  readonly emails: readonly EmailValues[];
  readonly languages: readonly string[];
  readonly roles: readonly ContactRole[];
  readonly topics: readonly string[];
  readonly countries: readonly string[];
  /** Region ids as strings, like the other token inputs. */
  readonly regionIds: readonly string[];
  /** Handles by network (`x`, `linkedin`…); networks the form does not show are kept as they are. */
  readonly social: Readonly<Record<string, string>>;
  readonly notes: string;
  readonly doNotContact: boolean;
  readonly doNotContactReason: string;
  readonly doNotContactUntil: string;
  readonly lawfulBasis: string;
  readonly source: string;
  /** As stored (a timestamp from "Verified today", or a date typed in the form); '' when never verified. */
  readonly lastVerifiedAt: string;
}

/** The networks the form offers a field for, in this order. */
export const socialNetworks = ['x', 'linkedin', 'bluesky', 'mastodon', 'instagram', 'facebook'] as const;

/** The six lawful bases of GDPR art. 6(1), offered as suggestions; any other wording is kept as typed. */
export const lawfulBases = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;

let nextKey = 1;
export const newRowKey = () => `new-${nextKey++}`;

export const emptyContactValues = (): ContactValues => ({
  honorific: '',
  givenName: '',
  familyName: '',
  organisationId: '',
  officeId: '',
  title: {},
  phones: [],
  emails: [],
  languages: [],
  roles: [],
  topics: [],
  countries: [],
  regionIds: [],
  social: {},
  notes: '',
  doNotContact: false,
  doNotContactReason: '',
  doNotContactUntil: '',
  lawfulBasis: '',
  source: '',
  lastVerifiedAt: '',
});

export function contactValuesFrom(c: Contact): ContactValues {
  return {
    honorific: c.honorific ?? '',
    givenName: c.givenName,
    familyName: c.familyName,
    organisationId: c.organisationId === null ? '' : String(c.organisationId),
    officeId: c.officeId === null ? '' : String(c.officeId),
    title: { ...c.title },
    phones: c.phones.map((p) => ({
      key: `p${p.id}`,
      id: p.id,
      kind: p.kind ?? '',
      raw: p.raw,
      preferred: p.preferred,
    })),
    emails: c.emails.map((e) => ({
      key: `e${e.id}`,
      id: e.id,
      address: e.address,
      kind: e.kind ?? '',
      preferred: e.preferred,
    })),
    languages: [...c.languages],
    roles: [...c.roles],
    topics: [...c.topics],
    countries: [...c.countries],
    regionIds: c.regionIds.map(String),
    social: { ...c.social },
    notes: c.notes,
    doNotContact: c.doNotContact,
    doNotContactReason: c.doNotContactReason ?? '',
    doNotContactUntil: c.doNotContactUntil ?? '',
    lawfulBasis: c.lawfulBasis ?? '',
    source: c.source ?? '',
    lastVerifiedAt: c.lastVerifiedAt ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const idOrNull = (s: string) => (s === '' ? null : Number(s));

/**
 * Keeps only the keys with text: an empty French title is no title, an emptied handle no handle, not an empty
 * string to store.
 */
export const compactLocalized = (map: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(map).filter(([, v]) => v.trim() !== ''));

/**
 * The API input for every field of the form. Array order is kept, so issue paths (`phones.1.raw`) point at the
 * right row.
 */
export function contactInputFrom(v: ContactValues): ContactInput {
  return {
    honorific: orNull(v.honorific),
    givenName: v.givenName,
    familyName: v.familyName,
    organisationId: idOrNull(v.organisationId),
    officeId: idOrNull(v.officeId),
    title: compactLocalized(v.title),
    phones: v.phones.map((p) => ({
      ...(p.id !== undefined ? { id: p.id } : {}),
      kind: p.kind === '' ? null : p.kind,
      raw: p.raw,
      preferred: p.preferred,
    })),
    emails: v.emails.map((e) => ({
      ...(e.id !== undefined ? { id: e.id } : {}),
      address: e.address.trim(),
      kind: e.kind === '' ? null : e.kind,
      preferred: e.preferred,
    })),
    languages: [...v.languages],
    roles: [...v.roles],
    topics: [...v.topics],
    countries: [...v.countries],
    regionIds: v.regionIds.map(Number),
    social: compactLocalized(v.social),
    notes: v.notes,
    doNotContact: v.doNotContact,
    doNotContactReason: v.doNotContact ? orNull(v.doNotContactReason) : null,
    doNotContactUntil: v.doNotContact ? orNull(v.doNotContactUntil) : null,
    lawfulBasis: orNull(v.lawfulBasis),
    source: orNull(v.source),
    lastVerifiedAt: orNull(v.lastVerifiedAt),
  };
}

/** Moves row `index` by `by` places, clamped; used by the up/down buttons of phones and emails. */
export function moveRow<T>(rows: readonly T[], index: number, by: number): T[] {
  const to = Math.min(rows.length - 1, Math.max(0, index + by));
  const next = [...rows];
  const [row] = next.splice(index, 1);
  if (row !== undefined) next.splice(to, 0, row);
  return next;
}

/** Marks one row preferred and clears the others: there is one preferred phone and one preferred email. */
export const preferOnly = <T extends { readonly preferred: boolean }>(rows: readonly T[], index: number): T[] =>
  rows.map((r, i) => ({ ...r, preferred: i === index }));
