import type { ContactAdditions, MergeTarget } from '../../../db/queries/import';
import type { ImportContact, ImportEmail, ImportPhone } from './types';

/** A contact being assembled: an existing one receiving merges, or a new one from a row and its duplicates. */
export interface WorkingContact {
  honorific: string | null;
  givenName: string;
  familyName: string;
  organisationId: number | null;
  /** A new organisation the file names (created at apply), when there is no directory organisation. */
  organisationName: string | null;
  organisationLang: string | null;
  officeId: number | null;
  title: Record<string, string>;
  notes: string;
  phones: (Omit<ImportPhone, 'e164'> & { e164: string | null })[];
  emails: ImportEmail[];
  languages: string[];
  topics: string[];
}

/** A valid row with its organisation and office resolved against the directory. */
export interface ResolvedContact extends ImportContact {
  readonly organisationId: number | null;
  readonly officeId: number | null;
}

/** One line of the preview's field-by-field diff. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export function workingFromRow(row: ResolvedContact): WorkingContact {
  return {
    honorific: row.honorific,
    givenName: row.givenName,
    familyName: row.familyName,
    organisationId: row.organisationId,
    organisationName: row.organisationId === null ? row.organisation : null,
    organisationLang: row.organisationLang,
    officeId: row.officeId,
    title: { ...row.title },
    notes: row.notes,
    phones: row.phones.map((p) => ({ ...p })),
    emails: row.emails.map((e) => ({ ...e })),
    languages: [...row.languages],
    topics: [...row.topics],
  };
}

export function workingFromTarget(target: MergeTarget): WorkingContact {
  return {
    honorific: target.honorific,
    givenName: target.givenName,
    familyName: target.familyName,
    organisationId: target.organisationId,
    organisationName: null,
    organisationLang: null,
    officeId: target.officeId,
    title: { ...target.title },
    notes: target.notes,
    phones: target.phones.map((p) => ({ ...p, kind: null })),
    emails: target.emails.map((address) => ({ address, kind: null })),
    languages: [...target.languages],
    topics: [...target.topics],
  };
}

const list = (items: readonly string[]) => items.join(', ');
const titles = (t: Record<string, string>) =>
  Object.entries(t)
    .map(([lang, text]) => `${lang}: ${text}`)
    .join('; ');

/**
 * Folds a row into a contact: every phone and email it does not have yet (same E.164 or address = same), the
 * languages and topics it lacks, titles in new languages, notes it does not already hold, and empty fields filled.
 * Nothing the contact has is overwritten. Returns what changed, for the preview's diff.
 */
export function mergeInto(w: WorkingContact, row: ResolvedContact, organisationLabel: string | null): FieldChange[] {
  const changes: FieldChange[] = [];
  const fillText = (field: 'honorific' | 'givenName' | 'familyName', value: string | null) => {
    if (value && !w[field]) {
      changes.push({ field, before: w[field] ?? '', after: value });
      w[field] = value;
    }
  };
  fillText('honorific', row.honorific);
  fillText('givenName', row.givenName);
  fillText('familyName', row.familyName);
  if (w.organisationId === null && w.organisationName === null && row.organisation) {
    changes.push({ field: 'organisation', before: '', after: organisationLabel ?? row.organisation });
    w.organisationId = row.organisationId;
    w.organisationName = row.organisationId === null ? row.organisation : null;
    w.organisationLang = row.organisationLang;
  }
  if (w.officeId === null && row.officeId !== null && w.organisationId === row.organisationId) {
    changes.push({ field: 'office', before: '', after: row.office ?? row.city ?? '' });
    w.officeId = row.officeId;
  }
  const newTitles = Object.entries(row.title).filter(([lang]) => !(lang in w.title));
  if (newTitles.length) {
    const before = titles(w.title);
    for (const [lang, text] of newTitles) w.title[lang] = text;
    changes.push({ field: 'title', before, after: titles(w.title) });
  }
  const numbers = new Set(w.phones.map((p) => p.e164 ?? p.digits));
  const addPhones = row.phones.filter((p) => !numbers.has(p.e164));
  if (addPhones.length) {
    const before = list(w.phones.map((p) => p.raw));
    w.phones.push(...addPhones.map((p) => ({ ...p })));
    changes.push({ field: 'phones', before, after: list(w.phones.map((p) => p.raw)) });
  }
  const addresses = new Set(w.emails.map((e) => e.address.toLowerCase()));
  const addEmails = row.emails.filter((e) => !addresses.has(e.address.toLowerCase()));
  if (addEmails.length) {
    const before = list(w.emails.map((e) => e.address));
    w.emails.push(...addEmails.map((e) => ({ ...e })));
    changes.push({ field: 'emails', before, after: list(w.emails.map((e) => e.address)) });
  }
  const addLanguages = row.languages.filter((l) => !w.languages.includes(l));
  if (addLanguages.length) {
    const before = list(w.languages);
    w.languages.push(...addLanguages);
    changes.push({ field: 'languages', before, after: list(w.languages) });
  }
  const topicKeys = new Set(w.topics.map((t) => t.toLowerCase()));
  const addTopics = row.topics.filter((t) => !topicKeys.has(t.toLowerCase()));
  if (addTopics.length) {
    const before = list(w.topics);
    w.topics.push(...addTopics);
    changes.push({ field: 'topics', before, after: list(w.topics) });
  }
  if (row.notes && !w.notes.includes(row.notes)) {
    const before = w.notes;
    w.notes = w.notes ? `${w.notes}\n\n${row.notes}` : row.notes;
    changes.push({ field: 'notes', before, after: w.notes });
  }
  return changes;
}

/** What an existing contact gains, comparing its working copy with the record as loaded (merges only append). */
export function additionsOf(
  original: MergeTarget,
  w: WorkingContact,
  organisationId: number | null,
): ContactAdditions | null {
  const additions: ContactAdditions = {
    ...(w.honorific && !original.honorific ? { honorific: w.honorific } : {}),
    ...(w.givenName && !original.givenName ? { givenName: w.givenName } : {}),
    ...(w.familyName && !original.familyName ? { familyName: w.familyName } : {}),
    ...(organisationId !== null && original.organisationId === null ? { organisationId } : {}),
    ...(w.officeId !== null && original.officeId === null ? { officeId: w.officeId } : {}),
    ...(Object.keys(w.title).length > Object.keys(original.title).length ? { title: w.title } : {}),
    ...(w.notes !== original.notes ? { notes: w.notes } : {}),
    phones: w.phones
      .slice(original.phones.length)
      .map((p) => ({ kind: p.kind, raw: p.raw, e164: p.e164, digits: p.digits })),
    emails: w.emails.slice(original.emails.length).map((e) => ({ address: e.address, kind: e.kind })),
    languages: w.languages.slice(original.languages.length),
    topics: w.topics.slice(original.topics.length),
  };
  const changed = Object.keys(additions).some((k) => !['phones', 'emails', 'languages', 'topics'].includes(k));
  const grew =
    additions.phones.length + additions.emails.length + additions.languages.length + additions.topics.length > 0;
  return changed || grew ? additions : null;
}
