import { parsePhone } from '../phones';
import { splitFullName, takeHonorific } from './names';
import { countryCode, languageCode } from './places';
import type { CandidateContact, FieldProblem, ImportContact, ImportEmail, ImportPhone } from './types';
import { isEmail } from './values';

export interface Checked {
  readonly contact: ImportContact | null;
  /** Any problem rejects the row: an import never writes half a contact. */
  readonly problems: readonly FieldProblem[];
  /** What was dropped or could not be matched without rejecting the row ("Unknown language: Klingon"). */
  readonly warnings: readonly string[];
}

// The same limits as the contact form (electron/ipc/contract/contacts.ts), so every imported contact stays editable.
const limits = { name: 200, honorific: 40, title: 500, notes: 20_000, phones: 20, emails: 20, topic: 100, topics: 100 };

export interface CheckOptions {
  /** Country for numbers without a country code when the row has no country of its own; never guessed. */
  readonly defaultCountry?: string | null;
  /** Language of titles whose source does not say (ISO 639-1). */
  readonly lang: string;
}

/**
 * Validates and normalises one candidate: names split, phones to E.164 with the row's country (else the import's
 * explicit default country), emails checked, languages to ISO codes. Every problem names its field.
 */
export function checkCandidate(candidate: CandidateContact, options: CheckOptions): Checked {
  const problems: FieldProblem[] = [...candidate.problems];
  const warnings: string[] = [];
  if (problems.length > 0) return { contact: null, problems, warnings };

  let honorific = candidate.honorific?.trim() || null;
  let givenName = candidate.givenName.trim();
  let familyName = candidate.familyName.trim();
  if (givenName === '' && familyName === '' && candidate.fullName.trim() !== '') {
    const split = splitFullName(candidate.fullName);
    ({ givenName, familyName } = split);
    honorific ??= split.honorific;
  } else if (honorific === null) {
    ({ honorific, givenName } = takeHonorific(givenName));
  }
  if (givenName === '' && familyName === '') {
    problems.push({ field: 'name', reason: 'No name: a contact needs a first or last name' });
  }
  if (givenName.length > limits.name || familyName.length > limits.name) {
    problems.push({ field: 'name', reason: `The name is longer than ${limits.name} characters` });
  }
  if (honorific && honorific.length > limits.honorific) {
    problems.push({ field: 'honorific', reason: `The honorific is longer than ${limits.honorific} characters` });
  }

  const country = countryCode(candidate.country);
  if (candidate.country && !country) warnings.push(`Unknown country "${candidate.country}"`);
  const phoneCountry = country ?? options.defaultCountry ?? null;
  const phones: ImportPhone[] = [];
  const seenPhones = new Set<string>();
  for (const phone of candidate.phones) {
    if (phone.raw.length > 60) {
      problems.push({ field: phone.origin, reason: 'This phone number is longer than 60 characters' });
      continue;
    }
    const parsed = phone.e164 ? parsePhone(phone.e164) : parsePhone(phone.raw, phoneCountry);
    if (!parsed.ok) {
      problems.push({ field: phone.origin, reason: `"${phone.raw}": ${parsed.reason}` });
      continue;
    }
    if (seenPhones.has(parsed.phone.e164)) continue;
    seenPhones.add(parsed.phone.e164);
    phones.push({ raw: phone.raw, e164: parsed.phone.e164, digits: parsed.phone.digits, kind: phone.kind });
  }

  const emails: ImportEmail[] = [];
  const seenEmails = new Set<string>();
  for (const email of candidate.emails) {
    if (!isEmail(email.address)) {
      problems.push({ field: email.origin, reason: `"${email.address}" is not an email address` });
      continue;
    }
    const key = email.address.toLowerCase();
    if (seenEmails.has(key)) continue;
    seenEmails.add(key);
    emails.push({ address: email.address, kind: email.kind });
  }
  if (phones.length > limits.phones)
    problems.push({ field: 'phones', reason: `More than ${limits.phones} phone numbers` });
  if (emails.length > limits.emails)
    problems.push({ field: 'emails', reason: `More than ${limits.emails} email addresses` });

  const languages: string[] = [];
  for (const written of candidate.languages) {
    const code = languageCode(written);
    if (!code) warnings.push(`Unknown language "${written}"`);
    else if (!languages.includes(code)) languages.push(code);
  }

  const topics: string[] = [];
  for (const topic of candidate.topics) {
    const t = topic.trim();
    if (t.length > limits.topic) warnings.push(`Topic longer than ${limits.topic} characters left out`);
    else if (t && !topics.some((x) => x.toLowerCase() === t.toLowerCase())) topics.push(t);
  }
  if (topics.length > limits.topics) problems.push({ field: 'topics', reason: `More than ${limits.topics} topics` });

  const title: Record<string, string> = {};
  for (const { text, lang } of candidate.titles) {
    const t = text.trim();
    if (t.length > limits.title)
      problems.push({ field: 'title', reason: `The title is longer than ${limits.title} characters` });
    else if (t) title[lang ?? options.lang] ??= t;
  }
  const notes = candidate.notes.replace(/\r\n?/g, '\n').trim();
  if (notes.length > limits.notes)
    problems.push({ field: 'notes', reason: `The notes are longer than ${limits.notes} characters` });
  const organisation = candidate.organisation?.trim() || null;
  if (organisation && organisation.length > limits.title) {
    problems.push({ field: 'organisation', reason: `The organisation name is longer than ${limits.title} characters` });
  }

  if (problems.length > 0) return { contact: null, problems, warnings };
  return {
    contact: {
      row: candidate.row,
      honorific,
      givenName,
      familyName,
      organisation,
      organisationLang: organisation ? candidate.organisationLang : null,
      office: candidate.office?.trim() || null,
      city: candidate.city?.trim() || null,
      country,
      title,
      phones,
      emails,
      languages,
      topics,
      notes,
    },
    problems,
    warnings,
  };
}
