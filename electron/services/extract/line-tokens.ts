import { findEmails } from './emails';
import { parseLanguages } from './languages';
import { isPhoneLabel, PHONE_LABEL_WITH_COLON, scanPhones, type CarriedLabel, type PhoneCandidate } from './phones';
import { placeField, type PlaceField } from './places';

export type Token =
  | { readonly kind: 'text'; readonly pos: number; readonly text: string; readonly segmentStart: boolean }
  | { readonly kind: 'phone'; readonly pos: number; readonly phone: PhoneCandidate }
  | { readonly kind: 'email'; readonly pos: number; readonly address: string }
  /** A hidden address ("[email protected]") or a label with nothing after it: contact details, but nothing usable. */
  | { readonly kind: 'withheld'; readonly pos: number }
  | { readonly kind: 'languages'; readonly pos: number; readonly codes: string[] }
  | { readonly kind: 'place'; readonly pos: number; readonly place: PlaceField };

export interface LineTokens {
  readonly tokens: Token[];
  /** A phone label ending the line, for the numbers at the start of the next one. */
  readonly carried: CarriedLabel | null;
}

const MASK = '\uE000';
const BULLET = /^\s*(?:[-–—•·▪◦‣►➢✓*>]+|\d{1,2}[.)]|[a-z][.)])\s+/u;
const EMAIL_LABEL =
  /(?<![\p{L}\p{N}])(?:e-?mail(?:\s+address)?|courriel|adresse\s+[ée]lectronique|m[ée]l\.?|correo(?:\s+electr[óo]nico)?|e-?correo|endere[çc]o\s+(?:de\s+)?e-?mail|endere[çc]o\s+eletr[ôo]nico|البريد\s+الإلكتروني|البريد\s+الالكتروني|البريد|بريد\s+إلكتروني|الإيميل|e(?=\s*[:：]))\s*[:：]?/giu;
const LANGUAGE_LABEL =
  /(?<![\p{L}\p{N}])(?:languages?|langues?|idiomas?|l[íi]nguas?|اللغات)\s*[:：]\s*([^;|\uE000]+)/giu;
const NOISE = [
  /https?:\/\/\S+|www\.\S+/giu,
  /(?<![\p{L}\p{N}])(?:twitter|skype|website|web|site|facebook|instagram|linkedin|x)\s*[:：]\s*@?[\w./-]+/giu,
  /(?<![\w@])@[A-Za-z0-9_]{2,}/gu,
];
// Words a full stop follows without ending the sentence: "Dr. Samira Fawzy", "Tel. +41 …".
const ABBREVIATION =
  /^(?:mr|mrs|ms|dr|prof|st|sr|sra|srta|dra|mme|mlle|jr|no|tel|tél|mob|ext|dept|av|co|inc|ltd|pr|me|eng|etc)$/iu;
const LEADING_FILLER =
  /^(?:(?:or|ou|o|and|et|y|e|at|on|by|via|al|pelo|pela|por|par|sur|with|con|com|contact|contacter|contactar|contacte|contactez|contatar|call|appeler|llamar|ligar|please|veuillez|por favor|write to|reach|the|our|notre|nuestro|nuestra|nossa|nosso|le|la|les|el|los|las|os|as|a)\s+|l['’](?=\p{L}))+/u;
const TRAILING_FILLER =
  /(?:\s+(?:on|at|by|via|au|à|al|en|em|pelo|pela|no|na|por|par|sur|or|ou|o|and|et|y|e|the number|number|numéro|número|who can be reached))+$/u;
// Column headers and form labels: "Name | Phone | Email", "Nom : …". They name a field, never fill it.
const FIELD_NAME = new RegExp(
  `^(?:${[
    'name',
    'full name',
    'phone',
    'telephone',
    'tel',
    'email',
    'e-mail',
    'mobile',
    'title',
    'position',
    'job title',
    'organisation',
    'organization',
    'agency',
    'office',
    'location',
    'city',
    'country',
    'contact',
    'contacts',
    'languages',
    'nom',
    'prénom',
    'téléphone',
    'courriel',
    'fonction',
    'titre',
    'organisme',
    'bureau',
    'lieu',
    'ville',
    'pays',
    'langues',
    'nombre',
    'teléfono',
    'correo',
    'correo electrónico',
    'cargo',
    'puesto',
    'organización',
    'oficina',
    'lugar',
    'ciudad',
    'país',
    'idiomas',
    'nome',
    'telefone',
    'função',
    'organização',
    'escritório',
    'local',
    'cidade',
    'línguas',
    'الاسم',
    'الهاتف',
    'البريد الإلكتروني',
    'المنصب',
    'الوظيفة',
    'المنظمة',
    'المكتب',
    'المدينة',
  ].join('|')})$`,
  'iu',
);
const AROUND_THE_CLOCK =
  /^(?:24\s*(?:h|hrs?|hours?|heures)?\s*(?:\/|sur|x|a|por|por dia)\s*(?:24|7)(?:\s*h)?|24\/7|h24)$/iu;
const EDGE_JUNK = /^[\s"“”«»„*_.,:;!?–—\-/\\]+|[\s"“”«»„*_,:;!?–—\-/\\]+$/gu;

function mask(work: string[], start: number, end: number): void {
  for (let i = start; i < end && i < work.length; i += 1) work[i] = MASK;
}

function isMasked(work: readonly string[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (work[i] === MASK) return true;
  return false;
}

function restAfter(work: readonly string[], index: number): string {
  let rest = '';
  for (let i = index; i < work.length && work[i] !== MASK; i += 1) rest += work[i];
  return rest;
}

function cleanField(text: string): string {
  let field = text.replace(/\s+/g, ' ').replace(EDGE_JUNK, '');
  field = `${field} `.replace(LEADING_FILLER, '').trimEnd();
  field = ` ${field}`.replace(TRAILING_FILLER, '').trimStart();
  if (FIELD_NAME.test(field)) return '';
  field = field.replace(EDGE_JUNK, '').replace(/\.$/, (dot) => (/\b\p{L}$/u.test(field.slice(0, -1)) ? dot : ''));
  // A lone letter is what is left of an unlabelled "T" or "M" column; it names nothing.
  return /\p{L}.*\p{L}/u.test(field) ? field : '';
}

/** Whether the full stop at `index` ends a sentence rather than an honorific, an initial or "Tel.". */
function endsSentence(text: string, index: number): boolean {
  const next = text[index + 1];
  if (next !== undefined && next !== ' ') return false;
  const word = /([\p{L}]+)$/u.exec(text.slice(0, index))?.[1] ?? '';
  if (word.length <= 1) return false;
  return !ABBREVIATION.test(word);
}

interface RawField {
  readonly start: number;
  readonly text: string;
  readonly segmentStart: boolean;
}

function splitFields(work: readonly string[]): RawField[] {
  const text = work.join('');
  const fields: RawField[] = [];
  let start = 0;
  let segmentStart = true;
  let segmentBegin = 0;
  const push = (end: number, nextStartsSegment: boolean) => {
    const piece = text.slice(start, end);
    const cleaned = cleanField(piece);
    // A segment that opens with details ("jdoe@unicef.org – Jane Doe") belongs to the name that follows them.
    if (segmentStart && text.slice(segmentBegin, start).includes(MASK)) segmentStart = false;
    if (cleaned) {
      fields.push({ start: start + piece.search(/\S/), text: cleaned, segmentStart });
      segmentStart = false;
    }
    if (nextStartsSegment) {
      segmentStart = true;
      segmentBegin = end + 1;
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    const spacedDash = /[-–—/]/.test(ch) && text[i - 1] === ' ' && text[i + 1] === ' ';
    const colon = (ch === ':' || ch === '：') && !/\d/.test(text[i + 1] ?? '');
    if (
      ch === MASK ||
      ch === ',' ||
      ch === ';' ||
      ch === '|' ||
      ch === '،' ||
      ch === '–' ||
      ch === '—' ||
      colon ||
      spacedDash ||
      (ch === '.' && endsSentence(text, i))
    ) {
      push(i, ch === ';');
      start = i + 1;
    }
  }
  push(text.length, false);
  return fields;
}

/**
 * Cuts one line of a contact block into ordered tokens: phone numbers with their labels, email addresses, hidden
 * addresses, languages and places in parentheses, and the remaining text fields (names, titles, offices…).
 */
export function tokenizeLine(rawLine: string, carried: CarriedLabel | null): LineTokens {
  const line = rawLine.replace(BULLET, (bullet) => ' '.repeat(bullet.length)).replace(/\*\*|__/g, '  ');
  const tokens: Token[] = [];
  // One slot per UTF-16 unit, the unit regular-expression indices count in.
  const work = line.split('');

  const emails = findEmails(line);
  for (const email of emails) {
    mask(work, email.start, email.end);
    if (email.kind === 'address' && email.address)
      tokens.push({ kind: 'email', pos: email.start, address: email.address });
    else if (email.kind === 'hidden') tokens.push({ kind: 'withheld', pos: email.start });
  }

  const phones = scanPhones(
    line,
    carried,
    emails.map((e) => [e.start, e.end] as const),
  );
  for (const [start, end] of phones.consumed) mask(work, start, end);
  for (const phone of phones.candidates) tokens.push({ kind: 'phone', pos: phone.start, phone });

  for (const pattern of NOISE) {
    for (const match of line.matchAll(pattern)) {
      if (!isMasked(work, match.index, match.index + match[0].length))
        mask(work, match.index, match.index + match[0].length);
    }
  }

  for (const match of line.matchAll(LANGUAGE_LABEL)) {
    const codes = parseLanguages(match[1] ?? '');
    if (!codes || isMasked(work, match.index, match.index + match[0].length)) continue;
    tokens.push({ kind: 'languages', pos: match.index, codes });
    mask(work, match.index, match.index + match[0].length);
  }

  for (const pattern of [EMAIL_LABEL, PHONE_LABEL_WITH_COLON]) {
    for (const match of line.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (isMasked(work, match.index, end)) continue;
      if (
        pattern === PHONE_LABEL_WITH_COLON &&
        !isPhoneLabel(match[1] ?? '', match[2] ?? '', line.slice(0, match.index))
      ) {
        continue;
      }
      const after = restAfter(work, end);
      const hasColon = /[:：]\s*$/.test(match[0]);
      const nothingAfter = /^[\s,;.|]*$/.test(after);
      const nextIsMasked = after.trim() === '' && work[end + after.length] === MASK;
      if (!hasColon && !nothingAfter && !nextIsMasked) continue;
      mask(work, match.index, end);
      if (nothingAfter && !nextIsMasked) tokens.push({ kind: 'withheld', pos: match.index });
    }
  }

  const text = work.join('');
  for (const match of text.matchAll(/\(([^()]*)\)/g)) {
    const inner = (match[1] ?? '').replace(new RegExp(MASK, 'g'), ' ').replace(/^[\s,;:.]+|[\s,;:.]+$/g, '');
    const start = match.index;
    const end = start + match[0].length;
    const codes = inner ? parseLanguages(inner) : null;
    const place = inner && !codes ? placeField(inner) : null;
    if (codes) tokens.push({ kind: 'languages', pos: start, codes });
    else if (place) tokens.push({ kind: 'place', pos: start, place });
    if (codes || place || !/\p{L}/u.test(inner) || AROUND_THE_CLOCK.test(inner)) mask(work, start, end);
    else {
      work[start] = ',';
      work[end - 1] = ',';
    }
  }

  for (const field of splitFields(work)) {
    tokens.push({ kind: 'text', pos: field.start, text: field.text, segmentStart: field.segmentStart });
  }
  tokens.sort((a, b) => a.pos - b.pos);
  return { tokens, carried: phones.carried };
}
