import { describe, expect, it } from 'vitest';
import { isStopLine, matchHeading, matchHeadingInside } from './headings';

describe('contact-block headings', () => {
  it.each([
    ['For further information, please contact:', 'en'],
    ['For more information, please contact:', 'en'],
    ['For more information please contact', 'en'],
    ['For more information on this topic, please contact:', 'en'],
    ['For more information and media requests, please contact:', 'en'],
    ['For more information please contact (email address: firstname.lastname@wfp.org):', 'en'],
    ['To arrange interviews, please contact:', 'en'],
    ['For media enquiries:', 'en'],
    ['Media contacts', 'en'],
    ['MEDIA CONTACTS:', 'en'],
    ['Media inquiries, please contact:', 'en'],
    ["Pour plus d'informations, veuillez contacter :", 'fr'],
    ['Pour plus d’informations, veuillez contacter :', 'fr'],
    ['Pour\u00a0plus d’informations, veuillez contacter\u00a0:', 'fr'],
    ['Pour de plus amples informations', 'fr'],
    ['Pour de plus amples informations, veuillez contacter :', 'fr'],
    ['Pour en savoir plus, contactez :', 'fr'],
    ['Contact presse', 'fr'],
    ['Contacts médias :', 'fr'],
    ['Para más información', 'es'],
    ['Para más información, por favor contacte a:', 'es'],
    ['Para mayor información, comuníquese con:', 'es'],
    ['Contactos para medios', 'es'],
    ['Contactos de prensa:', 'es'],
    ['Mais informações', 'pt'],
    ['Para mais informações, entre em contato com:', 'pt'],
    ['Contatos para a imprensa', 'pt'],
    ['Atendimento à imprensa:', 'pt'],
    ['لمزيد من المعلومات', 'ar'],
    ['لمزيد من المعلومات، يرجى التواصل مع:', 'ar'],
    ['للمزيد من المعلومات، الرجاء الاتصال بـ:', 'ar'],
    ['جهات الاتصال الإعلامية', 'ar'],
    ['**For more information, please contact:**', 'en'],
  ])('recognises "%s"', (line, language) => {
    const heading = matchHeading(line);
    expect(heading?.language).toBe(language);
    expect(heading?.rest).toBe('');
  });

  it('keeps what follows the heading on its line as the first contact', () => {
    expect(
      matchHeading('For further information, please contact Dr. Samira Fawzy at IOM Egypt. Tel: +202-27365140'),
    ).toEqual({
      heading: 'For further information, please contact',
      language: 'en',
      rest: 'Dr. Samira Fawzy at IOM Egypt. Tel: +202-27365140',
    });
    expect(
      matchHeading("Pour plus d'informations sur la campagne, veuillez contacter iomrodakarmedia@iom.int")?.rest,
    ).toBe('iomrodakarmedia@iom.int');
  });

  it('finds a heading that opens a later sentence of a paragraph', () => {
    const line =
      'The report was launched today, the organization said. For more information, please contact Jane Doe, +41 79 1';
    expect(matchHeadingInside(line)?.rest).toBe('Jane Doe, +41 79 1');
  });

  it.each([
    'For more information, visit www.iom.int',
    'Contact us',
    'More information about the programme is available online.',
    'The media contacts in the region were informed.',
  ])('does not take "%s" for a heading', (line) => {
    expect(matchHeading(line)).toBeNull();
  });

  it.each([
    '###',
    '-ENDS-',
    'Notes to editors',
    'About UNICEF',
    'À propos de l’OIM',
    'Posted: Tuesday, March 21, 2017',
  ])('ends a block at "%s"', (line) => {
    expect(isStopLine(line)).toBe(true);
  });

  it('does not end a block at a contact line', () => {
    expect(isStopLine('Jane Doe, UNHCR Geneva, +41 79 555 0101')).toBe(false);
  });
});
