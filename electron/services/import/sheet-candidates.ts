import { labelColumns, type ColumnField, type ColumnMapping } from './columns';
import { hasBadEncoding } from './decode';
import type {
  CandidateContact,
  CandidateEmail,
  CandidatePhone,
  EmailKind,
  FieldProblem,
  PhoneKind,
  Sheet,
} from './types';
import { cleanEmail, cleanPhone, isBlank, splitTopics, splitValues } from './values';

const phoneKindOfField: Partial<Record<ColumnField, PhoneKind | null>> = {
  phone: null,
  phoneOffice: 'office',
  phoneMobile: 'mobile',
  phoneFax: 'fax',
  phoneWhatsapp: 'whatsapp',
};

/** Google's and Outlook's labels ("Mobile", "Work Fax", "* Work") to a phone kind; "Home" and "Other" say nothing. */
function phoneKindOfLabel(label: string): PhoneKind | null {
  const l = label.toLowerCase();
  if (l.includes('fax')) return 'fax';
  if (l.includes('whatsapp')) return 'whatsapp';
  if (/mobile|cell|portable|gsm|m[oó]vil|celular/.test(l)) return 'mobile';
  if (/work|main|office|business|bureau|travail/.test(l)) return 'office';
  return null;
}

function emailKindOfLabel(label: string): EmailKind | null {
  const l = label.toLowerCase();
  if (/work|business|office|bureau|travail/.test(l)) return 'work';
  if (/home|personal|private|perso/.test(l)) return 'personal';
  return null;
}

/**
 * Turns one spreadsheet row into a candidate through the confirmed column mapping. Returns null for a row with
 * nothing in the mapped columns (blank lines at the end of a sheet are not contacts, nor errors).
 */
function rowToCandidate(
  header: readonly string[],
  mapping: ColumnMapping,
  labels: ReadonlyMap<number, number>,
  row: number,
  cells: readonly string[],
  malformed: boolean,
): CandidateContact | null {
  const single: Partial<Record<ColumnField, string>> = {};
  const phones: CandidatePhone[] = [];
  const emails: CandidateEmail[] = [];
  const languages: string[] = [];
  const topics: string[] = [];
  const notes: string[] = [];
  const problems: FieldProblem[] = [];
  let any = false;
  mapping.forEach((field, i) => {
    const cell = cells[i];
    if (field === null || cell === undefined || isBlank(cell)) return;
    any = true;
    const origin = header[i] || `Column ${i + 1}`;
    if (malformed && hasBadEncoding(cell)) {
      problems.push({ field: origin, reason: 'Bad encoding: this cell holds bytes that are not text in UTF-8' });
      return;
    }
    const value = cell.trim();
    const labelAt = labels.get(i);
    const label = labelAt === undefined ? '' : (cells[labelAt] ?? '');
    switch (field) {
      case 'phone':
      case 'phoneOffice':
      case 'phoneMobile':
      case 'phoneFax':
      case 'phoneWhatsapp': {
        const kind = label ? phoneKindOfLabel(label) : (phoneKindOfField[field] ?? null);
        for (const raw of splitValues(value)) phones.push({ raw: cleanPhone(raw), kind, origin });
        break;
      }
      case 'email': {
        const kind = label ? emailKindOfLabel(label) : null;
        for (const raw of splitValues(value)) emails.push({ address: cleanEmail(raw), kind, origin });
        break;
      }
      case 'languages':
        languages.push(...splitValues(value).flatMap((v) => v.split(/\s*\/\s*|\s+(?:and|et|y|e)\s+/i)));
        break;
      case 'topics':
        topics.push(...splitTopics(value));
        break;
      case 'notes':
        notes.push(value);
        break;
      case 'phoneLabel':
      case 'emailLabel':
        break;
      default:
        single[field] ??= value;
    }
  });
  if (!any) return null;
  const given = [single.givenName, single.middleName].filter(Boolean).join(' ');
  return {
    row,
    honorific: single.honorific ?? null,
    givenName: given,
    familyName: single.familyName ?? '',
    fullName: single.fullName ?? '',
    organisation: single.organisation ?? null,
    organisationLang: null,
    office: single.office ?? null,
    city: single.city ?? null,
    country: single.country ?? null,
    titles: single.title ? [{ text: single.title, lang: null }] : [],
    phones,
    emails,
    languages,
    topics,
    notes: notes.join('\n'),
    problems,
  };
}

/** Every row of a sheet as candidates, with the reader's own problems (unreadable rows) as rejected entries. */
export function sheetCandidates(sheet: Sheet, mapping: ColumnMapping, malformed: boolean): CandidateContact[] {
  const labels = labelColumns(sheet.header, mapping);
  const out: CandidateContact[] = [];
  for (const { row, cells } of sheet.rows) {
    const candidate = rowToCandidate(sheet.header, mapping, labels, row, cells, malformed);
    if (candidate) out.push(candidate);
  }
  for (const problem of sheet.problems) out.push(unreadable(problem.row, 'row', problem.reason));
  return out.sort((a, b) => a.row - b.row);
}

/** An entry the reader could not read at all: it reaches the preview as a rejected row with the reason. */
export function unreadable(row: number, field: string, reason: string): CandidateContact {
  return {
    row,
    honorific: null,
    givenName: '',
    familyName: '',
    fullName: '',
    organisation: null,
    organisationLang: null,
    office: null,
    city: null,
    country: null,
    titles: [],
    phones: [],
    emails: [],
    languages: [],
    topics: [],
    notes: '',
    problems: [{ field, reason }],
  };
}
