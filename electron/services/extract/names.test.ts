import { describe, expect, it } from 'vitest';
import { extractContacts } from './extract-contacts';
import { readPerson } from './fields';
import { parseLanguages } from './languages';
import { parsePersonName } from './names';

describe('person names', () => {
  it.each([
    ['Mr John Smith', 'Mr', 'John Smith'],
    ['Mr. John Smith', 'Mr.', 'John Smith'],
    ['Ms Hannah Price', 'Ms', 'Hannah Price'],
    ['Mrs. Patience Okafor', 'Mrs.', 'Patience Okafor'],
    ['Dr. Samira Fawzy', 'Dr.', 'Samira Fawzy'],
    ['Dr Élise Ngono', 'Dr', 'Élise Ngono'],
    ['M. Olivier Lambert', 'M.', 'Olivier Lambert'],
    ['Mme Fatou Sarr', 'Mme', 'Fatou Sarr'],
    ['Sr. Andrés Villalobos', 'Sr.', 'Andrés Villalobos'],
    ['Sra. Carolina Mejía', 'Sra.', 'Carolina Mejía'],
    ['Dra. Lucía Herrera', 'Dra.', 'Lucía Herrera'],
    ['السيدة ليلى حداد', 'السيدة', 'ليلى حداد'],
    ['بالدكتورة منى فوزي', 'الدكتورة', 'منى فوزي'],
  ])('keeps the honorific of %s out of the name', (text, honorific, name) => {
    expect(parsePersonName(text)).toEqual({ name, honorific });
  });

  it.each([
    'Jo De Backer',
    'Liam O’Connor',
    "Thomas N'Guessan",
    'Jean-Marc Dufour',
    'María José de la Cruz',
    'Luiz Fernando da Silva',
    'Jane M. Doherty',
    'JOHN SMITHERS',
    'Milena Jovanović',
    'عمر السعدي',
    'هالة عبد الرحمن',
  ])('reads %s as a name', (text) => {
    expect(parsePersonName(text)?.name).toBe(text);
  });

  it.each([
    'Press',
    'Media',
    'Press Office',
    'Media Relations',
    'Communications Team',
    'Duty Officer',
    'UNHCR Geneva',
    'Geneva',
    'New York',
    'Middle East and North Africa',
    'Médecins Sans Frontières',
    'Médecins du Monde',
    'Save the Children',
    'Palais des Nations',
    'Head of Media',
    'المكتب الإعلامي',
    'منظمة الصحة',
  ])('does not take %s for a person', (text) => {
    expect(parsePersonName(text)).toBeNull();
  });

  it('finds a name after its title or before the office it works at', () => {
    expect(readPerson('UNHCR spokesperson Noor Hassan')).toMatchObject({
      person: { name: 'Noor Hassan' },
      before: 'UNHCR spokesperson',
    });
    expect(readPerson('Dr. Samira Fawzy at IOM Egypt')).toMatchObject({
      person: { name: 'Samira Fawzy', honorific: 'Dr.' },
      after: 'IOM Egypt',
    });
    expect(readPerson('Awa Ndiaye à l’OIM Sénégal')?.after).toBe('OIM Sénégal');
    expect(readPerson('IOM Regional Office for West and Central Africa')).toBeNull();
  });

  it('never returns a person named Press or Media', () => {
    const text = ['Media contacts:', 'Press: +41 22 917 1234, press@unhcr.org', 'Media: media@iom.int'].join('\n');
    const contacts = extractContacts(text).blocks.flatMap((b) => b.contacts);
    expect(contacts.map((c) => [c.name, c.emails])).toEqual([
      [null, ['press@unhcr.org']],
      [null, ['media@iom.int']],
    ]);
  });
});

describe('spoken languages', () => {
  it.each([
    ['English', ['en']],
    ['English, French', ['en', 'fr']],
    ['inglês e francês', ['en', 'fr']],
    ['português e francês', ['pt', 'fr']],
    ['inglés y español', ['en', 'es']],
    ['anglais, français', ['en', 'fr']],
    ['speaks Arabic and English', ['ar', 'en']],
    ['EN/FR', ['en', 'fr']],
    ['العربية والإنجليزية', ['ar', 'en']],
  ])('reads "%s"', (text, codes) => {
    expect(parseLanguages(text)).toEqual(codes);
  });

  it.each(['Gaza', 'UNHCR', 'en route', '24/7'])('does not read "%s" as languages', (text) => {
    expect(parseLanguages(text)).toBeNull();
  });
});
