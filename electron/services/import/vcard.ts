import ICAL from 'ical.js';
import { languageCode } from './places';
import { unreadable } from './sheet-candidates';
import type { CandidateContact, CandidateEmail, CandidatePhone, EmailKind, PhoneKind, ProgressFn } from './types';
import { cleanEmail, cleanPhone } from './values';
import { parseLine21, splitCards, unfold, type CardProperty, type RawCard } from './vcard-lines';
import { yieldToEventLoop } from './yield';

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/** ical.js leaves "\;" in plain text values (vCard 3.0 escapes it); the user should see ";". */
const unescapeText = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\\([;,\\])/g, '$1') : Array.isArray(value) ? value.join(' ') : '';

function readWithIcal(card: RawCard): CardProperty[] {
  const parsed = ICAL.parse(`${card.lines.join('\r\n')}\r\n`) as unknown;
  const component = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed) as [
    string,
    JCardProperty[],
  ];
  if (!Array.isArray(component) || component[0] !== 'vcard' || !Array.isArray(component[1])) {
    throw new Error('not a vCard');
  }
  return component[1].map(([name, params, , ...values]) => ({
    name,
    params,
    values: values.map((v) => (Array.isArray(v) ? v.map((part) => unescapeText(part)) : unescapeText(v))),
  }));
}

function readCard(card: RawCard): CardProperty[] {
  const body = card.lines.slice(1, card.complete ? -1 : undefined);
  if (card.version === '3.0' || card.version === '4.0') return readWithIcal(card);
  return body.flatMap((line) => parseLine21(line) ?? []);
}

const typesOf = (p: CardProperty): string[] => {
  const type = p.params.type;
  const list = type === undefined ? [] : Array.isArray(type) ? type : [type];
  return list.flatMap((t) => t.toLowerCase().split(','));
};

function phoneKind(types: readonly string[]): PhoneKind | null {
  if (types.some((t) => t.includes('whatsapp'))) return 'whatsapp';
  if (types.includes('fax')) return 'fax';
  if (types.includes('cell') || types.includes('mobile')) return 'mobile';
  if (types.includes('work')) return 'office';
  return null;
}

function emailKind(types: readonly string[]): EmailKind | null {
  if (types.includes('work')) return 'work';
  if (types.includes('home')) return 'personal';
  return null;
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(' ') : (value ?? '')).trim();
const component = (value: string | string[] | undefined, index: number) =>
  (Array.isArray(value) ? (value[index] ?? '') : index === 0 ? (value ?? '') : '').trim();

const langParam = (p: CardProperty) => {
  const lang = p.params.language;
  return typeof lang === 'string' ? languageCode(lang) : null;
};

/** A card's properties as a candidate contact; the card number is its row. */
function cardToCandidate(number: number, properties: readonly CardProperty[]): CandidateContact {
  let fullName = '';
  let givenName = '';
  let familyName = '';
  let honorific: string | null = null;
  let organisation: string | null = null;
  let organisationLang: string | null = null;
  let office: string | null = null;
  let city: string | null = null;
  let country: string | null = null;
  let kind = 'individual';
  let addressIsWork = false;
  const titles: { text: string; lang: string | null }[] = [];
  const roles: { text: string; lang: string | null }[] = [];
  const phones: CandidatePhone[] = [];
  const emails: CandidateEmail[] = [];
  const languages: string[] = [];
  const topics: string[] = [];
  const notes: string[] = [];
  for (const p of properties) {
    const first = p.values[0];
    switch (p.name) {
      case 'fn':
        fullName ||= text(first);
        break;
      case 'n':
        familyName ||= component(first, 0);
        givenName ||= [component(first, 1), component(first, 2)].filter(Boolean).join(' ');
        honorific ??= component(first, 3) || null;
        break;
      case 'org':
        if (organisation === null) {
          organisation = component(first, 0) || null;
          organisationLang = langParam(p);
        }
        office ??= component(first, 1) || null;
        break;
      case 'title':
        if (text(first)) titles.push({ text: text(first), lang: langParam(p) });
        break;
      case 'role':
        if (text(first)) roles.push({ text: text(first), lang: langParam(p) });
        break;
      case 'tel':
        for (const v of p.values) {
          const raw = cleanPhone(text(v));
          if (raw) phones.push({ raw, kind: phoneKind(typesOf(p)), origin: 'TEL' });
        }
        break;
      case 'email':
        for (const v of p.values) {
          const address = cleanEmail(text(v));
          if (address) emails.push({ address, kind: emailKind(typesOf(p)), origin: 'EMAIL' });
        }
        break;
      case 'lang':
        for (const v of p.values) if (text(v)) languages.push(text(v));
        break;
      case 'categories':
        for (const v of p.values) if (text(v)) topics.push(text(v));
        break;
      case 'note':
        if (text(first)) notes.push(text(first));
        break;
      case 'adr': {
        const work = typesOf(p).includes('work');
        if (city === null || (work && !addressIsWork)) {
          city = component(first, 3) || city;
          country = component(first, 6) || country;
          addressIsWork = work;
        }
        break;
      }
      case 'kind':
        kind = text(first).toLowerCase();
        break;
    }
  }
  const candidate: CandidateContact = {
    row: number,
    honorific,
    givenName,
    familyName,
    fullName,
    organisation,
    organisationLang,
    office,
    city,
    country,
    titles: titles.length ? titles : roles,
    phones,
    emails,
    languages,
    topics,
    notes: notes.join('\n'),
    problems: [],
  };
  if (kind !== 'individual' && kind !== '') {
    const what = kind === 'org' ? 'an organisation' : kind === 'group' ? 'a group' : `a ${kind}`;
    return { ...candidate, problems: [{ field: 'KIND', reason: `Not a person: this card describes ${what}` }] };
  }
  return candidate;
}

export interface VcardOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressFn;
}

/**
 * Reads every card of a vCard file (2.1, 3.0 and 4.0, mixed if need be) into candidates. A card that cannot be
 * read becomes a rejected entry with the reason; the others are still read.
 */
export async function parseVcards(text: string, options: VcardOptions = {}): Promise<CandidateContact[]> {
  const cards = splitCards(unfold(text));
  const out: CandidateContact[] = [];
  for (const card of cards) {
    if (card.number % 500 === 0) {
      options.signal?.throwIfAborted();
      options.onProgress?.({ phase: 'reading', done: card.number, total: cards.length });
      await yieldToEventLoop();
    }
    if (!card.complete) {
      out.push(unreadable(card.number, 'card', 'This card is cut off: it has no END:VCARD'));
      continue;
    }
    try {
      out.push(cardToCandidate(card.number, readCard(card)));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      out.push(unreadable(card.number, 'card', `This card could not be read (${reason})`));
    }
  }
  return out;
}
