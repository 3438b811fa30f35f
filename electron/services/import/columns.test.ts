import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPreset, headerSignature, labelColumns, presetMapping } from './columns';
import { parseDelimited } from './csv';
import { decodeText } from './decode';
import { sheetCandidates } from './sheet-candidates';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const sheetOf = async (name: string) => parseDelimited(decodeText(fs.readFileSync(path.join(fixtures, name))).text);

describe('presets', () => {
  it('recognises Outlook, Google (current and older) and a generic sheet by their headers', async () => {
    expect(detectPreset((await sheetOf('outlook-2026.csv')).header)).toEqual({ preset: 'outlook', layout: 'current' });
    expect(detectPreset((await sheetOf('google-contacts.csv')).header)).toEqual({
      preset: 'google',
      layout: 'current',
    });
    expect(detectPreset((await sheetOf('google-legacy.csv')).header)).toEqual({ preset: 'google', layout: 'older' });
    expect(detectPreset(['Nom', 'Prénom', 'Courriel', 'Téléphone'])).toEqual({ preset: 'generic', layout: null });
    expect(detectPreset(['First Name', 'Last Name', 'Job Title', 'Business Phone', 'Business Country']).layout).toBe(
      'older',
    );
  });

  it("maps Outlook's Title to the honorific and Job Title to the title, and ignores the assistant's phone", async () => {
    const { header } = await sheetOf('outlook-2026.csv');
    const mapping = presetMapping(header, 'outlook');
    const of = (name: string) => mapping[header.indexOf(name)];
    expect(of('Title')).toBe('honorific');
    expect(of('Job Title')).toBe('title');
    expect(of('Business Phone')).toBe('phoneOffice');
    expect(of('Mobile Phone')).toBe('phoneMobile');
    expect(of('Business Fax')).toBe('phoneFax');
    expect(of('Business Country/Region')).toBe('country');
    expect(of('E-mail 2 Address')).toBe('email');
    expect(of("Assistant's Phone")).toBeNull();
    expect(of('E-mail Display Name')).toBeNull();
    expect(of('Home Country/Region')).toBeNull();
  });

  it('maps a French generic sheet', () => {
    expect(
      presetMapping(
        ['Civilité', 'Prénom', 'Nom', 'Société', 'Fonction', 'Courriel', 'Portable', 'Pays', 'Langues'],
        'generic',
      ),
    ).toEqual([
      'honorific',
      'givenName',
      'familyName',
      'organisation',
      'title',
      'email',
      'phoneMobile',
      'country',
      'languages',
    ]);
  });

  it("pairs Google's label columns with their values, so a Mobile label makes a mobile", async () => {
    const sheet = await sheetOf('google-contacts.csv');
    const mapping = presetMapping(sheet.header, 'google');
    const pairs = labelColumns(sheet.header, mapping);
    expect(pairs.get(sheet.header.indexOf('Phone 1 - Value'))).toBe(sheet.header.indexOf('Phone 1 - Label'));
    const [jo, petra, carlos, nour] = sheetCandidates(sheet, mapping, false);
    expect(jo).toMatchObject({ phones: [{ raw: '+32 470 13 10 28', kind: 'mobile' }], topics: ['Press'] });
    expect(petra!.phones).toEqual([
      { raw: '+32 2 227 97 29', kind: 'office', origin: 'Phone 1 - Value' },
      { raw: '+32 470 99 88 77', kind: 'whatsapp', origin: 'Phone 2 - Value' },
    ]);
    expect(carlos!.phones.map((p) => p.raw)).toEqual(['+41 22 717 9111', '+41 79 100 20 30']);
    expect(nour).toMatchObject({
      honorific: 'Dr.',
      emails: [{ kind: 'work' }, { kind: 'personal' }],
      topics: ['Press', 'MENA'],
    });
  });

  it('reads the older Google layout, with its one-piece Name and languages', async () => {
    const sheet = await sheetOf('google-legacy.csv');
    const [ana, mohamed] = sheetCandidates(sheet, presetMapping(sheet.header, 'google'), false);
    expect(ana).toMatchObject({
      givenName: 'Ana',
      familyName: 'da Silva',
      organisation: 'UNICEF',
      titles: [{ text: 'Chefe de Comunicação', lang: null }],
      languages: ['Portuguese', 'English'],
      topics: ['Lusophone press'],
    });
    expect(mohamed).toMatchObject({ fullName: 'Mohamed Ould Ahmed', givenName: '', country: 'Mauritania' });
  });

  it('gives a header layout one signature whatever its case and punctuation', () => {
    expect(headerSignature(['First Name', 'E-mail'])).toBe(headerSignature(['first name', 'E mail']));
    expect(headerSignature(['First Name', 'E-mail'])).not.toBe(headerSignature(['E-mail', 'First Name']));
  });
});
