import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractContacts } from './extract-contacts';
import type { ExtractResult } from './types';

const CORPUS = fileURLToPath(new URL('./corpus/', import.meta.url));

/** Which corpus entries (by number) exercise each pattern of issue 7; every pattern needs at least three. */
const PATTERNS: Record<string, readonly string[]> = {
  'no heading': ['065', '066', '067', '072', '091', '110'],
  'one person per line': ['001', '003', '004', '009', '012', '055', '066', '084', '107', '112', '113'],
  'several people on one line (;)': ['030', '042', '052', '058', '075'],
  'one field per line, blank lines inside an entry': ['006', '029', '050', '056', '076'],
  'fields on consecutive lines': ['005', '039', '068', '091', '093', '106', '110'],
  'inline sentence': [
    '002',
    '014',
    '028',
    '034',
    '038',
    '054',
    '060',
    '071',
    '080',
    '081',
    '092',
    '095',
    '100',
    '101',
    '111',
  ],
  'Name | phone | email table': ['008', '022', '035', '041', '051', '059'],
  bullets: ['009', '023', '031', '044', '053', '073', '077'],
  '"In Geneva:" sub-heading': ['003', '017', '027', '040', '057', '078', '100'],
  'hard-wrapped label ("Tel:" ends the line)': ['010', '034', '043', '062', '079'],
  'honorific kept out of the name': ['002', '026', '037', '049', '055', '060', '063', '070', '080', '088'],
  'title before the name': ['014', '080', '081', '103'],
  'title with commas inside': ['007', '082', '083'],
  'place in parentheses': ['013', '084', '085', '086'],
  'languages in parentheses': ['012', '043', '048', '064', '087'],
  'numbers joined by or, /, ou, o': ['007', '024', '025', '044', '053', '070', '113'],
  'national number, location stated': ['017', '024', '029', '040', '047', '050', '057', '072', '076', '078'],
  'national number, no location: no phone': ['018', '089', '090'],
  'international forms (+ 41, 0032, +202-, 1-212, (0), (1480), (+39), tel:)': [
    '001',
    '002',
    '010',
    '015',
    '016',
    '092',
    '098',
    '099',
  ],
  'email with a trailing full stop': ['010', '028', '054'],
  'hidden address: no email': ['019', '023', '032', '045', '063'],
  '"Email:" with nothing: no email': ['020', '045', '063'],
  'mailbox or duty line with no person': [
    '011',
    '023',
    '028',
    '036',
    '046',
    '054',
    '061',
    '073',
    '099',
    '101',
    '105',
    '109',
  ],
  'address pattern, not an address: no email': ['004', '031', '096'],
  'HTML input': ['021', '022', '023', '072', '074'],
  'typographic apostrophes and no-break spaces': ['001', '010', '027', '033', '074'],
  'whole web page': ['001', '021', '068'],
  'labels as single letters or form fields (T. / M. / E: / Name:)': ['094', '102', '104'],
};

const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'];

const entries = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const stem = file.slice(0, -'.txt'.length);
    return {
      stem,
      text: readFileSync(`${CORPUS}${file}`, 'utf8'),
      expected: JSON.parse(readFileSync(`${CORPUS}${stem}.json`, 'utf8')) as ExtractResult,
    };
  });

/** Titles, offices and places are compared the way a reader would: case, spacing and apostrophes aside. */
function loose(value: string | null): string | null {
  return value === null
    ? null
    : value
        .normalize('NFC')
        .replace(/[\s\u00A0\u202F]+/g, ' ')
        .replace(/[’‘]/g, "'")
        .trim()
        .toLowerCase();
}

function exactView(result: ExtractResult) {
  return result.blocks.map((block) => ({
    language: block.language,
    contacts: block.contacts.map((c) => ({
      name: c.name,
      honorific: c.honorific,
      languages: c.languages,
      phones: c.phones,
      emails: c.emails,
    })),
  }));
}

function looseView(result: ExtractResult) {
  return result.blocks.map((block) => ({
    heading: loose(block.heading),
    contacts: block.contacts.map((c) => ({
      title: loose(c.title),
      organisation: loose(c.organisation),
      office: loose(c.office),
      location: loose(c.location),
    })),
  }));
}

describe('contact-block corpus', () => {
  it('holds at least 60 blocks, each a .txt with its .json', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(readdirSync(CORPUS).filter((file) => file.endsWith('.json'))).toHaveLength(entries.length);
    for (const { stem } of entries) expect(stem).toMatch(/^\d{3}-[a-z0-9-]+$/);
  });

  it('covers every pattern of issue 7 at least three times', () => {
    const numbers = new Set(entries.map(({ stem }) => stem.slice(0, 3)));
    for (const [pattern, ids] of Object.entries(PATTERNS)) {
      expect(ids.length, pattern).toBeGreaterThanOrEqual(3);
      for (const id of ids) expect(numbers.has(id), `${pattern}: ${id}`).toBe(true);
    }
  });

  it('has blocks in every release language', () => {
    for (const language of LANGUAGES) {
      const count = entries.filter(({ expected }) => expected.blocks.some((b) => b.language === language)).length;
      expect(count, language).toBeGreaterThanOrEqual(8);
    }
  });

  it('extracts the sample release to its three people', () => {
    const sample = entries.find(({ stem }) => stem.startsWith('001-'));
    const contacts = sample?.expected.blocks.flatMap((b) => b.contacts) ?? [];
    expect(contacts.map((c) => [c.name, c.phones.map((p) => p.e164), c.emails])).toEqual([
      ['Jo De Backer', ['+3222877115', '+32470131028'], ['jdebacker@iom.int']],
      ['Petra Hueck', ['+3222279729', '+32486511212'], ['hueck@icmc.net']],
      ['David Watt', ['+3226275958'], ['wattd@unhcr.org']],
    ]);
  });

  for (const { stem, text, expected } of entries) {
    it(stem, () => {
      const actual = extractContacts(text);
      expect(exactView(actual)).toEqual(exactView(expected));
      expect(looseView(actual)).toEqual(looseView(expected));
    });
  }
});
