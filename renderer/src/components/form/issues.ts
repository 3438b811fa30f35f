import type { z } from 'zod';
import type { FieldIssue } from '../../api/api-error';

/** A problem with one field, in words the UI can translate: a known i18n key with values, or the server's text. */
export type IssueText =
  | { readonly key: ValidationKey; readonly values?: Readonly<Record<string, string | number>> }
  | { readonly raw: string };

export type ValidationKey =
  | 'required'
  | 'nameRequired'
  | 'nameInOneLanguage'
  | 'phoneRequired'
  | 'phoneNotANumber'
  | 'phoneNeedsCountry'
  | 'phoneInvalidFor'
  | 'email'
  | 'url'
  | 'language'
  | 'country'
  | 'date'
  | 'timeZone'
  | 'organisationMissing'
  | 'officeMissing'
  | 'officeOtherOrganisation'
  | 'regionMissing'
  | 'officeInsideItself'
  | 'tooLong'
  | 'tooMany'
  | 'invalid';

/** The contract's and services' own sentences, each with its translation key. */
const knownMessages: Readonly<Record<string, ValidationKey>> = {
  'Enter a given or family name': 'nameRequired',
  'Give a name in at least one language': 'nameInOneLanguage',
  'Enter a phone number': 'phoneRequired',
  'Not a phone number': 'phoneNotANumber',
  'Add the country code (+32 …)': 'phoneNeedsCountry',
  'Enter a valid email address': 'email',
  'Use a two-letter language code such as fr or en': 'language',
  'Use a two-letter country code such as BE': 'country',
  'Use a date as YYYY-MM-DD': 'date',
  'Use an IANA time zone such as Europe/Brussels': 'timeZone',
  'Choose an existing organisation': 'organisationMissing',
  'Choose an existing office': 'officeMissing',
  'This office belongs to another organisation': 'officeOtherOrganisation',
  'Choose an existing region': 'regionMissing',
  'An office cannot be inside itself': 'officeInsideItself',
};

export const knownMessageTexts = Object.keys(knownMessages);

/** Server issues carry only a sentence: translate the ones we know, keep the others as they are. */
export function textOfMessage(message: string): IssueText {
  const key = knownMessages[message];
  if (key) return { key };
  const invalidFor = /^Not a valid number for (.+)$/.exec(message);
  if (invalidFor?.[1]) return { key: 'phoneInvalidFor', values: { country: invalidFor[1] } };
  return { raw: message };
}

/** Client issues come from zod with their code, so even zod's default messages get a translation. */
export function textOfZodIssue(issue: z.core.$ZodIssue): IssueText {
  const known = textOfMessage(issue.message);
  if ('key' in known) return known;
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'required' };
    case 'too_big':
      return issue.origin === 'array'
        ? { key: 'tooMany', values: { max: Number(issue.maximum) } }
        : { key: 'tooLong', values: { max: Number(issue.maximum) } };
    case 'too_small':
      return { key: 'required' };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'email' };
      if (issue.format === 'url') return { key: 'url' };
      return { key: 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

export type IssueMap = ReadonlyMap<string, IssueText>;

/** The first problem per field path ("phones.1.raw"), in the order zod reports them. */
export function zodIssueMap(error: z.ZodError | undefined): IssueMap {
  const map = new Map<string, IssueText>();
  for (const issue of error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    if (!map.has(path)) map.set(path, textOfZodIssue(issue));
  }
  return map;
}

/** Server paths for updates start with `patch.`; the form knows the fields without it. */
export function serverIssueMap(issues: readonly FieldIssue[]): IssueMap {
  const map = new Map<string, IssueText>();
  for (const issue of issues) {
    const path = issue.path.replace(/^patch\.?/, '');
    if (!map.has(path)) map.set(path, textOfMessage(issue.message));
  }
  return map;
}
