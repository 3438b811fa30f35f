import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractContacts } from './extract-contacts';
import type { ExtractedContact } from './types';

function contacts(text: string): ExtractedContact[] {
  return extractContacts(text).blocks.flatMap((block) => block.contacts);
}

/** Name, E.164 numbers and emails: what the extractor is scored on exactly. */
function scored(text: string) {
  return contacts(text).map((c) => [c.name, c.phones.map((p) => p.e164), c.emails]);
}

describe('extractContacts', () => {
  it('returns the CLI contract shape', () => {
    expect(
      extractContacts('Media contact: Jane Doe (English), UNHCR Geneva, Mob. +41 79 555 0101, doe@unhcr.org'),
    ).toEqual({
      blocks: [
        {
          heading: 'Media contact:',
          language: 'en',
          contacts: [
            {
              name: 'Jane Doe',
              honorific: null,
              title: null,
              organisation: 'UNHCR',
              office: 'UNHCR Geneva',
              location: 'Geneva',
              languages: ['en'],
              phones: [{ raw: '+41 79 555 0101', e164: '+41795550101', kind: 'mobile' }],
              emails: ['doe@unhcr.org'],
            },
          ],
        },
      ],
    });
  });

  it('reads a title after the name with commas inside it', () => {
    const [ewa] = contacts(
      'For further information, please contact:\nEwa Lind, Head, Media Service, ICRC Geneva, tel: +41 22 730 34 43',
    );
    expect([ewa?.title, ewa?.office, ewa?.location]).toEqual(['Head, Media Service', 'ICRC Geneva', 'Geneva']);
  });

  it('reads a title before the name', () => {
    const [noor] = contacts('For more information, please contact UNHCR spokesperson Noor Hassan on +41 79 557 9106.');
    expect([noor?.name, noor?.title, noor?.organisation]).toEqual(['Noor Hassan', 'UNHCR spokesperson', 'UNHCR']);
  });

  it('reads a place or spoken languages in parentheses', () => {
    const found = contacts(
      [
        'Para mais informações:',
        'Hiba Mansour (Gaza), UNRWA, +972 59 260 3311',
        'Renata Albuquerque (inglês e francês), ACNUR, +55 61 98187 0978',
        'Tom Becker (English), UNHCR, +49 170 123 4567',
      ].join('\n'),
    );
    expect(found.map((c) => [c.name, c.location, c.languages])).toEqual([
      ['Hiba Mansour', 'Gaza', []],
      ['Renata Albuquerque', null, ['en', 'fr']],
      ['Tom Becker', null, ['en']],
    ]);
  });

  it('separates several people on one line by ;', () => {
    expect(
      scored(
        'Contacts presse : Lucie Petit, UNICEF France, +33 6 73 33 51 10 ; Karim Benali, UNICEF Maroc, kbenali@unicef.org',
      ),
    ).toEqual([
      ['Lucie Petit', ['+33673335110'], []],
      ['Karim Benali', [], ['kbenali@unicef.org']],
    ]);
  });

  it('keeps one field per line together across blank lines', () => {
    const text =
      'Media contacts\n\nAmina Diallo\n\nMedia Officer\n\nIOM Senegal\n\n+221 77 450 12 34\n\nadiallo@iom.int\n';
    const [amina] = contacts(text);
    expect([amina?.name, amina?.title, amina?.office, amina?.phones[0]?.e164, amina?.emails]).toEqual([
      'Amina Diallo',
      'Media Officer',
      'IOM Senegal',
      '+221774501234',
      ['adiallo@iom.int'],
    ]);
  });

  it('reads the contact out of a sentence', () => {
    expect(
      scored(
        'For further information, please contact Dr. Samira Fawzy at IOM Egypt. Tel: +202-27365140, Email: iomegypt@iom.int',
      ),
    ).toEqual([['Samira Fawzy', ['+20227365140'], ['iomegypt@iom.int']]]);
  });

  it('reads Name | phone | email tables and skips their header row', () => {
    const text = 'Media contacts\nName | Phone | Email\nTom Okello | +211 912 345 678 | tom.okello@msf.org';
    expect(scored(text)).toEqual([['Tom Okello', ['+211912345678'], ['tom.okello@msf.org']]]);
  });

  it('applies an "In Geneva:" sub-heading to the people below it', () => {
    const text = [
      'For more information, please contact:',
      'In Geneva:',
      'Lucie Morel, IOM, Tel: 022 717 9346',
      'Paul Dillane, IOM, +41 79 636 9874',
      'In New York:',
      'Brian Foley, IOM, Tel: (212) 681-7000',
    ].join('\n');
    expect(contacts(text).map((c) => [c.location, c.phones[0]?.e164])).toEqual([
      ['Geneva', '+41227179346'],
      ['Geneva', '+41796369874'],
      ['New York', '+12126817000'],
    ]);
  });

  it('joins a label that ends a hard-wrapped line to the numbers on the next', () => {
    const text =
      'For further information, please contact:\nLiam O’Connor, UNHCR London, Mobile:\n+44 7712 345 678, Email: oconnorl@unhcr.org';
    expect(contacts(text)[0]?.phones).toEqual([{ raw: '+44 7712 345 678', e164: '+447712345678', kind: 'mobile' }]);
  });

  it('gives a team mailbox or duty line no name', () => {
    const text =
      'Media contacts:\nUNICEF Press Office, New York: +1 212 326 7452, pressteam@unicef.org\nDuty press officer: +1 917 378 2128';
    expect(contacts(text).map((c) => [c.name, c.title, c.office])).toEqual([
      [null, null, 'UNICEF Press Office'],
      [null, 'Duty press officer', null],
    ]);
  });

  it('finds a block without a heading, but not a footer switchboard', () => {
    expect(scored('Jessica Moreno\nUNHCR Panama\n+507 6941 2070\nmorenoj@unhcr.org')).toEqual([
      ['Jessica Moreno', ['+50769412070'], ['morenoj@unhcr.org']],
    ]);
    expect(
      extractContacts('UNHCR, Case Postale 2500, CH-1211 Genève 2\nTel: +41 22 739 8111\nFax: +41 22 739 7377').blocks,
    ).toEqual([]);
  });

  it('reads an HTML page and ignores its menus and footer', () => {
    const html =
      '<nav><a href="/contact">Contact us</a></nav><p>For more information, please contact:</p>' +
      '<p>Chiara Fontana, UNICEF Italy, Tel: +39 06 478 09 233, <a href="mailto:cfontana@unicef.it">Email</a></p>' +
      '<footer>UNICEF Italia, Tel. +39 06 478 091</footer>';
    expect(scored(html)).toEqual([['Chiara Fontana', ['+390647809233'], ['cfontana@unicef.it']]]);
  });

  it('reads typographic and straight apostrophes and no-break spaces alike', () => {
    const straight =
      "Pour plus d'informations, veuillez contacter :\nJo De Backer, Bureau régional de l'OIM à Bruxelles, Tel : +32 2 287 71 15";
    const typographic = straight.replace(/'/g, '’').replace(/ :/g, '\u00a0:').replace('+32 2', '+32\u202f2');
    expect(scored(typographic)).toEqual(scored(straight));
    expect(contacts(typographic)[0]?.location).toBe('Bruxelles');
  });

  it('finds nothing in a text without contact details', () => {
    expect(
      extractContacts('For more information, visit www.iom.int.\n\nAbout IOM\nIOM is the UN Migration Agency.'),
    ).toEqual({
      blocks: [],
    });
  });

  it('never throws, and only returns E.164 numbers and named or reachable contacts', () => {
    const pieces = fc.constantFrom(
      'For more information, please contact:',
      'Jane Doe',
      'UNHCR Geneva',
      'Tel:',
      '+41 79 555 0101',
      '022 717 9346',
      'jane@unhcr.org',
      '[email protected]',
      '; ',
      ', ',
      '\n',
      '(English)',
      'In Geneva:',
      'Press',
      'Media',
      '<br>',
      'لمزيد من المعلومات',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.string(), (parts, noise) => {
        const result = extractContacts(parts.join(' ') + noise);
        for (const contact of result.blocks.flatMap((b) => b.contacts)) {
          expect(['Press', 'Media']).not.toContain(contact.name);
          for (const phone of contact.phones) expect(phone.e164).toMatch(/^\+[1-9]\d{6,14}$/);
          expect(contact.name !== null || contact.phones.length + contact.emails.length > 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
