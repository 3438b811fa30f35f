import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCandidate } from './validate';
import { parseVcards } from './vcard';
import { parseLine21, unfold } from './vcard-lines';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const read = (name: string) => parseVcards(fs.readFileSync(path.join(fixtures, name), 'utf8'));

describe('vCard 2.1', () => {
  it('decodes QUOTED-PRINTABLE with its CHARSET, soft line breaks and bare TYPE parameters', async () => {
    const [petra, david] = await read('cards-2.1.vcf');
    expect(petra).toMatchObject({
      row: 1,
      honorific: 'Mme',
      givenName: 'Petra',
      familyName: 'Hück',
      fullName: 'Petra Hück',
      organisation: 'ICMC',
      office: 'ICMC Europe',
      city: 'Bruxelles',
      country: 'Belgique',
      titles: [{ text: 'Chargée de communication et des relations avec les médias', lang: null }],
      phones: [
        { raw: '+32 2 227 97 29', kind: 'office' },
        { raw: '+32 486 51 12 12', kind: 'mobile' },
        { raw: '+32 2 227 97 30', kind: 'fax' },
      ],
      emails: [{ address: 'hueck@icmc.net' }],
      notes: 'Première ligne\r\nDeuxième ligne',
      problems: [],
    });
    expect(david).toMatchObject({
      row: 2,
      givenName: 'David',
      familyName: 'Watt',
      phones: [{ raw: '0032 2 627 59 58' }],
    });
  });

  it('skips BASE64 photos without losing the properties after them', async () => {
    const [petra] = await read('cards-2.1.vcf');
    expect(petra!.notes).toContain('Deuxième');
    expect(JSON.stringify(petra)).not.toContain('/9j/');
  });

  it('reads a Latin-1 QUOTED-PRINTABLE value and an escaped ";"', () => {
    expect(parseLine21('NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:=93Caf=E9=94 \\; bar')).toEqual({
      name: 'note',
      params: {},
      values: ['“Café” ; bar'],
    });
    expect(parseLine21('item1.TEL;HOME;FAX:+41 22')).toEqual({
      name: 'tel',
      params: { type: ['home', 'fax'] },
      values: ['+41 22'],
    });
  });

  it('joins folded lines and soft breaks, but only soft breaks of quoted-printable values', () => {
    expect(unfold('NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\n b\r\nFN:x=\r\nEMAIL:e\r\nTITLE:long\r\n  title')).toEqual([
      'NOTE;ENCODING=QUOTED-PRINTABLE:a b',
      'FN:x=',
      'EMAIL:e',
      'TITLE:long title',
    ]);
  });
});

describe('vCard 3.0', () => {
  it('reads folded lines, escapes, TYPE lists, LANGUAGE and CATEGORIES', async () => {
    const [jo, asma] = await read('cards-3.0.vcf');
    expect(jo).toMatchObject({
      honorific: 'M.',
      givenName: 'Jo',
      familyName: 'De Backer',
      organisation: 'IOM, UN Migration',
      office: 'Regional Office for the EEA, EU and NATO',
      titles: [{ text: 'Chargé principal des médias et de la communication', lang: 'fr' }],
      phones: [
        { raw: '+32 2 287 71 15', kind: 'office' },
        { raw: '+32 470 13 10 28', kind: 'mobile' },
      ],
      emails: [{ address: 'jdebacker@iom.int', kind: 'work' }],
      topics: ['Press', 'Migration, asylum'],
      notes: 'Prefers email; calls after 10:00\nSpeaks Dutch too',
      city: 'Brussels',
      country: 'Belgium',
    });
    expect(asma).toMatchObject({ honorific: 'Dr.', givenName: 'Asma', familyName: 'Nadeem' });
    expect(checkCandidate(asma!, { lang: 'en' }).contact?.phones).toEqual([
      { raw: '+202-27365140', e164: '+20227365140', digits: '20227365140 227365140', kind: 'office' },
    ]);
  });
});

describe('vCard 4.0', () => {
  it('reads titles per language, LANG, tel: URIs, quoted TYPE lists, and refuses an organisation card', async () => {
    const [amelie, office] = await read('cards-4.0.vcf');
    expect(amelie).toMatchObject({
      givenName: 'Amélie',
      familyName: 'Ndiaye',
      organisation: 'OIM',
      organisationLang: 'fr',
      titles: [
        { text: 'Porte-parole régionale', lang: 'fr' },
        { text: 'Regional Spokesperson', lang: 'en' },
      ],
      languages: ['fr', 'en', 'wo'],
      phones: [
        { raw: '+221-33-869-62-00', kind: 'office' },
        { raw: '+221 77 123 45 67', kind: 'whatsapp' },
      ],
      topics: ['West Africa', 'Press'],
      country: 'Senegal',
    });
    const checked = checkCandidate(amelie!, { lang: 'en' }).contact!;
    expect(checked.title).toEqual({ fr: 'Porte-parole régionale', en: 'Regional Spokesperson' });
    expect(checked.phones.map((p) => p.e164)).toEqual(['+221338696200', '+221771234567']);
    expect(office!.problems).toEqual([{ field: 'KIND', reason: 'Not a person: this card describes an organisation' }]);
  });
});

describe('many cards and damaged files', () => {
  it('reads cards of every version from one file, numbering them in order', async () => {
    const all = ['cards-2.1.vcf', 'cards-3.0.vcf', 'cards-4.0.vcf']
      .map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'))
      .join('\r\n');
    const cards = await parseVcards(all);
    expect(cards.map((c) => [c.row, c.familyName])).toEqual([
      [1, 'Hück'],
      [2, 'Watt'],
      [3, 'De Backer'],
      [4, 'Nadeem'],
      [5, 'Ndiaye'],
      [6, ''],
    ]);
  });

  it('rejects a card cut off before END:VCARD and one ical.js cannot read, and keeps the others', async () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\n' +
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nTEL;TYPE="unterminated:+1\r\nEND:VCARD\r\n' +
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cut Off\r\n';
    const cards = await parseVcards(text);
    expect(cards.map((c) => c.row)).toEqual([1, 2, 3]);
    expect(cards[0]).toMatchObject({ fullName: 'Good One', problems: [] });
    expect(cards[1]!.problems[0]).toMatchObject({ field: 'card' });
    expect(cards[1]!.problems[0]!.reason).toMatch(/^This card could not be read/);
    expect(cards[2]!.problems).toEqual([{ field: 'card', reason: 'This card is cut off: it has no END:VCARD' }]);
  });
});
