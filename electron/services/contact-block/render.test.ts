import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayPhone, parsePhone } from '../phones';
import { renderContactBlock, type BlockPerson } from './render';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples');

const phone = (raw: string) => {
  const parsed = parsePhone(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { display: displayPhone(raw, parsed.phone.e164), kind: null };
};

/** The three people of the IOM release of 12 April 2018, as their records hold them. */
const sampleSection: BlockPerson[] = [
  {
    name: 'Jo De Backer',
    title: {},
    officeName: { fr: 'Bureau régional de l’OIM à Bruxelles', en: 'IOM Regional Office in Brussels' },
    officeCity: { fr: 'Bruxelles', en: 'Brussels' },
    organisationName: { fr: 'OIM', en: 'IOM' },
    phones: [phone('+32 2 287 71 15'), phone('+32 470 13 10 28')],
    emails: ['jdebacker@iom.int'],
  },
  {
    name: 'Petra Hueck',
    title: {},
    officeName: { fr: 'CICM Europe', en: 'ICMC Europe' },
    officeCity: { fr: 'Bruxelles', en: 'Brussels' },
    organisationName: { fr: 'CICM', en: 'ICMC' },
    phones: [phone('+32 2 227 97 29'), phone('+32 486 511 212')],
    emails: ['hueck@icmc.net'],
  },
  {
    name: 'David Watt',
    title: {},
    officeName: { fr: 'Bureau du HCR pour l’Europe', en: 'UNHCR Bureau for Europe' },
    officeCity: { fr: 'Bruxelles', en: 'Brussels' },
    organisationName: { fr: 'HCR', en: 'UNHCR' },
    phones: [phone('0032 2 627 59 58')],
    emails: ['wattd@unhcr.org'],
  },
];

describe('renderContactBlock', () => {
  it('renders the sample release block byte for byte', () => {
    const expected = fs.readFileSync(path.join(samples, 'iom-release-fr-2018.block-fr.txt'), 'utf8');
    const { text, warnings } = renderContactBlock([{ people: sampleSection }], 'fr');
    expect(text).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it('renders English with its own heading, names and punctuation', () => {
    const { text } = renderContactBlock([{ people: sampleSection.slice(0, 1) }], 'en');
    expect(text).toBe(
      'For more information, please contact:\nJo De Backer, IOM Regional Office in Brussels, Tel: +32 2 287 71 15, +32 470 13 10 28, Email: jdebacker@iom.int\n',
    );
  });

  it('puts a title after the name and leaves no empty comma without one', () => {
    const person = { ...sampleSection[2]!, title: { en: 'Senior Communications Officer' }, phones: [], emails: [] };
    expect(renderContactBlock([{ people: [person] }], 'en').text.split('\n')[1]).toBe(
      'David Watt, Senior Communications Officer, UNHCR Bureau for Europe, Brussels',
    );
  });

  it('falls back to another language with a warning', () => {
    const person = { ...sampleSection[0]!, title: { en: 'Spokesperson' } };
    const { text, warnings } = renderContactBlock([{ people: [person] }], 'es');
    expect(text).toContain('Jo De Backer, Spokesperson, IOM Regional Office in Brussels, Tel: +32 2 287 71 15');
    expect(warnings).toEqual([
      { person: 'Jo De Backer', field: 'title', usedLanguage: 'en' },
      { person: 'Jo De Backer', field: 'office', usedLanguage: 'en' },
    ]);
  });

  it('adds sub-headings for several blocks', () => {
    const { text } = renderContactBlock(
      [
        { subheading: 'À Genève :', people: [sampleSection[2]!] },
        { subheading: 'À Bruxelles :', people: [sampleSection[0]!] },
      ],
      'fr',
    );
    expect(text.split('\n').filter((l) => l.startsWith('À '))).toEqual(['À Genève :', 'À Bruxelles :']);
  });
});
