import crypto from 'node:crypto';
import { formatPhoneFast } from './phone-format';
import type { ExportContact, ExportOffice, PhoneKind } from './rows';

export type VCardVersion = '4.0' | '3.0';

/** RFC 6350 §3.4 (and RFC 2426 §4 for 3.0): backslash, comma, semicolon and line breaks are escaped in text. */
export function escapeText(value: string): string {
  return value.replace(/\\|,|;|\r\n|\r|\n/g, (c) =>
    c === '\\' ? '\\\\' : c === ',' ? '\\,' : c === ';' ? '\\;' : '\\n',
  );
}

/**
 * RFC 6350 §3.2: a content line longer than 75 octets is folded (CRLF then one space); a multi-octet UTF-8
 * character is never split across lines. Counted in UTF-8 octets, not JavaScript characters.
 */
export function foldLine(line: string): string {
  // Three octets per UTF-16 unit at most: short lines need no counting.
  if (line.length * 3 <= 75 || Buffer.byteLength(line) <= 75) return line;
  let out = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = char.length === 2 ? 4 : char.charCodeAt(0) < 0x80 ? 1 : char.charCodeAt(0) < 0x800 ? 2 : 3;
    if (octets + size > limit) {
      out += '\r\n ';
      octets = 1;
      limit = 75;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** A name-based (version 5) UUID: the same contact gets the same UID in every export, so an address book updates it. */
export function nameUuid(name: string): string {
  const namespace = Buffer.from('6f1d0a3e5b7c4e2a9d8f1b2c3d4e5f60', 'hex');
  const hash = crypto.createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const contactUid = (c: Pick<ExportContact, 'id' | 'createdAt'>) =>
  `urn:uuid:${nameUuid(`pressdesk:contact:${c.id}:${c.createdAt}`)}`;
export const listUid = (list: { id: number; createdAt: string }) =>
  `urn:uuid:${nameUuid(`pressdesk:list:${list.id}:${list.createdAt}`)}`;
const officeUid = (o: ExportOffice) => `urn:uuid:${nameUuid(`pressdesk:office:${o.id}`)}`;

/** REV: a UTC timestamp, basic format in 4.0 (`20260101T101010Z`), extended in 3.0 (`2026-01-01T10:10:10Z`). */
function revision(iso: string, version: VCardVersion): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return version === '4.0' ? `${y}${mo}${d}T${h}${mi}${s}Z` : `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
}

const PHONE_TYPES: Readonly<Record<VCardVersion, Readonly<Record<PhoneKind | 'none', string>>>> = {
  '4.0': { office: 'work,voice', mobile: 'cell,voice', whatsapp: 'cell,text', fax: 'work,fax', none: 'voice' },
  '3.0': { office: 'WORK,VOICE', mobile: 'CELL,VOICE', whatsapp: 'CELL,MSG', fax: 'WORK,FAX', none: 'VOICE' },
};

const EMAIL_TYPES: Readonly<Record<VCardVersion, Readonly<Record<string, string>>>> = {
  '4.0': { work: 'work', shared: 'work', personal: 'home', none: '' },
  '3.0': { work: 'INTERNET,WORK', shared: 'INTERNET,WORK', personal: 'INTERNET,HOME', none: 'INTERNET' },
};

class Card {
  private lines: string[];
  constructor(version: VCardVersion) {
    this.lines = ['BEGIN:VCARD', `VERSION:${version}`];
  }
  add(name: string, value: string) {
    this.lines.push(foldLine(`${name}:${value}`));
  }
  end(): string {
    this.lines.push('END:VCARD');
    return `${this.lines.join('\r\n')}\r\n`;
  }
}

/**
 * One person as a vCard: FN, N, ORG (organisation; office), TITLE (every language in 4.0, with ALTID), TEL with its
 * TYPE (a tel: URI in 4.0, the international display form in 3.0), EMAIL, LANG (4.0 only: 3.0 has no such
 * property), NOTE, CATEGORIES (topics), UID and REV.
 */
export function contactCard(c: ExportContact, version: VCardVersion, lang: string): string {
  const card = new Card(version);
  const v4 = version === '4.0';
  if (v4) card.add('KIND', 'individual');
  card.add('UID', contactUid(c));
  const fn = [c.givenName, c.familyName].filter((s) => s !== '').join(' ');
  card.add('FN', escapeText(fn));
  card.add('N', [c.familyName, c.givenName, '', c.honorific ?? '', ''].map(escapeText).join(';'));
  if (c.organisation !== '' || c.office !== '') {
    card.add(
      'ORG',
      [c.organisation, c.office]
        .filter((s, i) => i === 0 || s !== '')
        .map(escapeText)
        .join(';'),
    );
  }
  const titles = Object.entries(c.titles).filter(([, t]) => t.trim() !== '');
  if (v4 && titles.length > 1) {
    // The export's language first; ALTID marks the others as the same title in other languages.
    titles.sort(([a], [b]) => Number(b === lang) - Number(a === lang));
    for (const [code, title] of titles) card.add(`TITLE;ALTID=1;LANGUAGE=${code}`, escapeText(title));
  } else if (v4 && titles.length === 1) {
    card.add(`TITLE;LANGUAGE=${titles[0]![0]}`, escapeText(titles[0]![1]));
  } else if (c.title !== '') {
    card.add('TITLE', escapeText(c.title));
  }
  const preferredPhone = c.phones.findIndex((p) => p.preferred);
  c.phones.forEach((p, i) => {
    const type = PHONE_TYPES[version][p.kind ?? 'none'];
    const pref = i === (preferredPhone === -1 ? 0 : preferredPhone);
    if (v4) {
      const params = `;TYPE=${type}${pref ? ';PREF=1' : ''}`;
      if (p.e164) card.add(`TEL;VALUE=uri${params}`, `tel:${p.e164}`);
      else card.add(`TEL${params}`, escapeText(p.raw));
    } else {
      card.add(`TEL;TYPE=${type}${pref ? ',PREF' : ''}`, escapeText(formatPhoneFast(p.raw, p.e164)));
    }
  });
  const preferredEmail = c.emails.findIndex((e) => e.preferred);
  c.emails.forEach((e, i) => {
    const type = EMAIL_TYPES[version][e.kind ?? 'none'];
    const pref = i === (preferredEmail === -1 ? 0 : preferredEmail);
    const params = v4
      ? `${type ? `;TYPE=${type}` : ''}${pref ? ';PREF=1' : ''}`
      : `;TYPE=${type}${pref ? ',PREF' : ''}`;
    card.add(`EMAIL${params}`, escapeText(e.address));
  });
  if (v4) c.languages.forEach((code, i) => card.add(`LANG;PREF=${i + 1}`, code));
  if (c.notes.trim() !== '') card.add('NOTE', escapeText(c.notes));
  if (c.topics.length > 0) card.add('CATEGORIES', c.topics.map(escapeText).join(','));
  const rev = revision(c.updatedAt, version);
  if (rev) card.add('REV', rev);
  return card.end();
}

/**
 * A distribution list as a group card: KIND:group with a MEMBER per person in 4.0 (RFC 6350 §6.6.5); 3.0 has no
 * groups, so it gets Apple's X-ADDRESSBOOKSERVER-KIND/MEMBER, which macOS, iOS and iCloud read.
 */
export function groupCard(
  list: { id: number; name: string; description: string; createdAt: string; updatedAt: string },
  memberUids: readonly string[],
  version: VCardVersion,
): string {
  const card = new Card(version);
  const v4 = version === '4.0';
  card.add(v4 ? 'KIND' : 'X-ADDRESSBOOKSERVER-KIND', 'group');
  card.add('UID', listUid(list));
  card.add('FN', escapeText(list.name));
  if (!v4) card.add('N', `${escapeText(list.name)};;;;`);
  if (list.description.trim() !== '') card.add('NOTE', escapeText(list.description));
  for (const uid of memberUids) card.add(v4 ? 'MEMBER' : 'X-ADDRESSBOOKSERVER-MEMBER', uid);
  const rev = revision(list.updatedAt, version);
  if (rev) card.add('REV', rev);
  return card.end();
}

/** An office as an organisation card (KIND:org in 4.0). */
export function officeCard(o: ExportOffice, version: VCardVersion): string {
  const card = new Card(version);
  const v4 = version === '4.0';
  if (v4) card.add('KIND', 'org');
  card.add('UID', officeUid(o));
  card.add('FN', escapeText(o.name || o.organisation));
  if (!v4) card.add('N', `${escapeText(o.name || o.organisation)};;;;`);
  card.add(
    'ORG',
    [o.organisation, o.name]
      .filter((s) => s !== '')
      .map(escapeText)
      .join(';'),
  );
  if (o.phoneRaw !== null) {
    if (v4 && o.phoneE164) card.add('TEL;VALUE=uri;TYPE=work,voice', `tel:${o.phoneE164}`);
    else
      card.add(
        v4 ? 'TEL;TYPE=work,voice' : 'TEL;TYPE=WORK,VOICE',
        escapeText(formatPhoneFast(o.phoneRaw, o.phoneE164)),
      );
  }
  if (o.email) card.add(v4 ? 'EMAIL;TYPE=work' : 'EMAIL;TYPE=INTERNET,WORK', escapeText(o.email));
  if (o.address || o.city || o.country) {
    card.add(
      v4 ? 'ADR;TYPE=work' : 'ADR;TYPE=WORK',
      ['', '', o.address ?? '', o.city, '', '', o.country ?? ''].map(escapeText).join(';'),
    );
  }
  const rev = revision(o.updatedAt, version);
  if (rev) card.add('REV', rev);
  return card.end();
}
