import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { fold } from './normalize';
import type { ExtractedPhone, PhoneKind } from './types';

// Longer labels first: "هاتف محمول" and "mobile phone" are one label, not a phone label after a word.
const KIND_WORDS: ReadonlyArray<readonly [PhoneKind | null, string]> = [
  ['whatsapp', 'whats ?app|wa|w|واتساب|الواتساب|واتس ?[اآ]ب'],
  ['fax', 'fax|t[ée]l[ée]copie|f|فاكس|الفاكس'],
  [
    'mobile',
    '(?:mobile|cell) (?:phone|number)|mobile|mobil|mob|cell(?:ular|phone)?|cel|celular|portable|port|m[óo]vil|telem[óo]vel|gsm|handy|m|(?:ال)?هاتف (?:ال)?(?:محمول|جوال|نقال)|جوال|الجوال|محمول|المحمول|موبايل|خلوي|نقال',
  ],
  [
    'office',
    'office (?:phone|tel|line)|direct line|office|bureau|oficina|escrit[óo]rio|landline|direct|ligne directe|fixe|fijo|fixo|standard|switchboard|o|(?:ال)?هاتف (?:ال)?(?:مكتب|أرضي|ارضي|ثابت)|مكتب|المكتب',
  ],
  [
    null,
    '(?:tele)?phone number|t[ée]l[ée]phone|tel[ée]fono|telefone|telephone|phone|tel|t[ée]l|ph|t|p|hotline|duty phone|press line|24/7|هاتف|الهاتف|تلفون|رقم الهاتف',
  ],
];

const ANY_KIND_WORD = KIND_WORDS.map(([, words]) => words).join('|');
// Single letters and common nouns are labels only when set apart: "M: +41 …", ", Office +1 …", never "Jane Port +41".
const AMBIGUOUS = new Set(['port', 'office', 'bureau', 'oficina', 'direct', 'standard']);

const NUMBER_WORD = '(?:(?:num[ée]ro|n[úu]mero|number|n°|no\\.?|رقم)\\s+(?:de\\s+)?)';
const LABEL_WORD = `(?:${ANY_KIND_WORD})`;
const LABEL_GROUP = `${NUMBER_WORD}?${LABEL_WORD}(?:\\s*[./&+]\\s*${LABEL_WORD}|\\s+(?:and|et|y|e|&|و)\\s+${LABEL_WORD})*(?:\\s+(?:no\\.?|n°|number))?(?:\\s*\\(\\s*${LABEL_WORD}\\s*\\))?`;
const LABEL_TAIL = '\\.?\\s*(?:[:：]\\s*)?(?:[-–]\\s*)?';

const LABEL_AT_END = new RegExp(`(?<![\\p{L}\\p{N}])(${LABEL_GROUP})(${LABEL_TAIL})$`, 'iu');
/** A phone label followed by a colon anywhere, for labels left with nothing after them ("Tel: , Email: …"). */
export const PHONE_LABEL_WITH_COLON = new RegExp(`(?<![\\p{L}\\p{N}])(${LABEL_GROUP})(\\.?\\s*[:：])`, 'giu');

const NUMBER =
  /(?:(?:tel|callto):(?=[+\d(]))?(?<![\p{L}\p{N}+])(\(\s*\+\s*\d{1,4}\s*\)[\d ().\-\u2010\u2011]*\d|\+ ?\d[\d ().\-\u2010\u2011]*\d|\(?\d[\d ().\-\u2010\u2011]*\d)(?![\p{L}\p{N}])/giu;
const JOINER = /^\s*(?:,|;|\/|\||or|ou|o|u|y|e|and|et|&|أو|او|و|[-–])\s*$/iu;
const QUALIFIER = new RegExp(
  `^\\s*\\(\\s*((?:(?:${LABEL_WORD}|also|only|and|et|y|e|ou|or|signal|telegram|viber|sms|work|home|24h)[\\s/,&]*)+)\\)`,
  'iu',
);
const EXTENSION = /^\s*(?:ext\.?|extension|x|poste|anexo|ramal)\s*\d{1,5}/iu;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{4}\s*-\s*\d{4}$/;

const KIND_PATTERNS = KIND_WORDS.map(([kind, words]) => [kind, new RegExp(`^(?:${words})$`, 'iu')] as const);

function wordKind(word: string): PhoneKind | null | undefined {
  const w = word.trim();
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(w)) return kind;
  return undefined;
}

/** The kind a label states: its first specific word, else WhatsApp, mobile or office named anywhere in it. */
function labelKind(label: string): PhoneKind | null {
  const kinds = fold(label)
    .replace(new RegExp(NUMBER_WORD, 'giu'), ' ')
    .split(/[\s./&+()]+|\b(?:and|et|y|e)\b/u)
    .filter((word) => word !== '')
    .map(wordKind);
  const first = kinds[0];
  if (first) return first;
  return (['whatsapp', 'mobile', 'office'] as const).find((kind) => kinds.includes(kind)) ?? null;
}

function isAmbiguousLabel(label: string): boolean {
  return AMBIGUOUS.has(fold(label).replace(/[.\s]/g, ''));
}

/**
 * Whether a label found after `before` labels a number: single letters ("T", "M") only with their stop or colon, and
 * nouns such as "Office" only standing alone — "UNHCR Press Office: +41 …" names the office.
 */
export function isPhoneLabel(label: string, tail: string, before: string): boolean {
  if (/^\p{L}$/u.test(label.trim())) return /[.:：]/.test(tail);
  if (!isAmbiguousLabel(label)) return true;
  return /(?:^|[,;|(–—-])\s*$/.test(before);
}

function isLabel(label: RegExpExecArray, before: string): boolean {
  return isPhoneLabel(label[1] ?? '', label[2] ?? '', before.slice(0, label.index));
}

export interface PhoneCandidate {
  readonly start: number;
  readonly end: number;
  /** The number as written, without label, "tel:" or qualifier. */
  readonly raw: string;
  /** What the label or a qualifier such as "(WhatsApp)" says; null leaves it to the numbering plan. */
  readonly kind: PhoneKind | null;
}

/** A label still waiting for its number: "Tel:" at the end of a hard-wrapped line. */
export interface CarriedLabel {
  readonly kind: PhoneKind | null;
}

export interface PhoneScan {
  readonly candidates: PhoneCandidate[];
  /** Spans of labels, joiners and qualifiers that belong to the numbers and are not text. */
  readonly consumed: Array<readonly [number, number]>;
  readonly carried: CarriedLabel | null;
}

function overlaps(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

/**
 * Finds the phone numbers of one line with the label each one falls under. A label covers the numbers that follow
 * it joined by ",", "/", "or", "ou"…; `carried` is a label the previous line ended with.
 */
export function scanPhones(
  line: string,
  carried: CarriedLabel | null,
  excluded: ReadonlyArray<readonly [number, number]>,
): PhoneScan {
  const candidates: PhoneCandidate[] = [];
  const consumed: Array<readonly [number, number]> = [];
  let prevEnd = 0;
  let scope: CarriedLabel | null = null;
  for (const match of line.matchAll(NUMBER)) {
    const start = match.index;
    const numberText = match[1] ?? '';
    const numberStart = start + match[0].length - numberText.length;
    const numberEnd = start + match[0].length;
    if (start < prevEnd || overlaps(excluded, start, numberEnd)) continue;
    const raw = numberText.trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || DATE_LIKE.test(raw)) continue;

    const before = line.slice(prevEnd, start);
    const label = LABEL_AT_END.exec(before);
    if (numberStart > start) {
      // "tel:+221…": the link scheme is the label.
      scope = { kind: null };
      consumed.push([start, numberStart]);
    } else if (scope && candidates.length > 0 && JOINER.test(before)) {
      consumed.push([prevEnd, start]);
    } else if (label && isLabel(label, before)) {
      scope = { kind: labelKind(label[1] ?? '') };
      consumed.push([prevEnd + label.index, start]);
    } else if (carried && candidates.length === 0 && line.slice(0, start).trim() === '') {
      scope = carried;
    } else {
      scope = null;
    }

    let end = numberEnd;
    let kind = scope?.kind ?? null;
    const extension = EXTENSION.exec(line.slice(end));
    if (extension) end += extension[0].length;
    const qualifier = QUALIFIER.exec(line.slice(end));
    if (qualifier) {
      kind = labelKind(qualifier[1] ?? '') ?? kind;
      end += qualifier[0].length;
    }
    consumed.push([start, end]);
    candidates.push({ start: numberStart, end: numberEnd, raw, kind });
    prevEnd = end;
  }

  const rest = line.slice(prevEnd);
  const trailing = LABEL_AT_END.exec(rest);
  let nextCarried: CarriedLabel | null = null;
  if (trailing && isLabel(trailing, rest)) {
    nextCarried = { kind: labelKind(trailing[1] ?? '') };
    consumed.push([prevEnd + trailing.index, line.length]);
  }
  return { candidates, consumed, carried: nextCarried };
}

function typeKind(number: PhoneNumber): PhoneKind | null {
  const type = number.getType();
  if (type === 'MOBILE') return 'mobile';
  if (type === 'FIXED_LINE') return 'office';
  return null;
}

function parseInternational(text: string): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(text);
  return parsed && (parsed.isValid() || parsed.isPossible()) ? parsed : undefined;
}

/**
 * The E.164 form of a number as written. International forms ("+41 …", "+ 41 …", "(+41) …", "0032 …",
 * "+44 (0)20 …") stand on their own; "1-212 …" is read as North American; a national number needs the country of
 * the contact's stated location and must be valid there. Anything doubtful gives null: no number beats a wrong one.
 */
export function resolvePhone(candidate: PhoneCandidate, country: string | null): ExtractedPhone | null {
  const raw = candidate.raw;
  const digits = raw.replace(/\D/g, '');
  let parsed: PhoneNumber | undefined;
  if (/^\(?\s*\+/.test(raw)) {
    parsed = parseInternational(raw.replace(/^\(\s*\+\s*(\d+)\s*\)/, '+$1 ').replace(/^\+\s+/, '+'));
  } else if (/^00\s?[1-9]/.test(raw)) {
    parsed = parseInternational(`+${raw.slice(2).trim()}`);
  } else if (/^1[\s.\-(]/.test(raw) && digits.length === 11) {
    const nanp = parsePhoneNumberFromString(`+${digits}`);
    parsed = nanp?.isValid() ? nanp : undefined;
  } else if (country) {
    const national = parsePhoneNumberFromString(raw, country as CountryCode);
    parsed = national?.isValid() ? national : undefined;
  }
  if (!parsed) return null;
  return { raw, e164: parsed.number, kind: candidate.kind ?? typeKind(parsed) };
}
