import { describe, expect, it } from 'vitest';
import { findEmails } from './emails';
import { extractContacts } from './extract-contacts';

const addresses = (text: string) => findEmails(text).map((e) => [e.kind, e.address]);

function emailsOf(block: string): string[][] {
  return extractContacts(block).blocks.flatMap((b) => b.contacts.map((c) => c.emails));
}

describe('email addresses in contact blocks', () => {
  it('leaves the full stop of the sentence out of the address', () => {
    expect(addresses('Email: ramanp@unhcr.org.')).toEqual([['address', 'ramanp@unhcr.org']]);
    expect(addresses('courriel : andiaye@iom.int. Merci')).toEqual([['address', 'andiaye@iom.int']]);
  });

  it('reads addresses with dots, plus signs, hyphens, sub-domains and mailto:', () => {
    expect(addresses('mailto:laura.benitez@brussels.msf.org, FAO-Newsroom@fao.org; <j.doe+press@un.org>')).toEqual([
      ['address', 'laura.benitez@brussels.msf.org'],
      ['address', 'FAO-Newsroom@fao.org'],
      ['address', 'j.doe+press@un.org'],
    ]);
  });

  it.each([
    ['[email protected]'],
    ['[email\u00a0protected]'],
    ['jdoe [at] unicef [dot] org'],
    ['jdoe(at)unicef.org'],
    ['jdoe at unicef dot org'],
  ])('yields no address for the hidden %s', (hidden) => {
    expect(addresses(`Email: ${hidden}`)).toEqual([['hidden', null]]);
  });

  it('does not mistake "X at IOM Egypt. Tel" for a hidden address', () => {
    expect(findEmails('contact Dr. Samira Fawzy at IOM. Tel: 1')).toEqual([]);
  });

  it('reads an address pattern such as firstname.lastname@wfp.org as no address', () => {
    expect(addresses('(email address: firstname.lastname@wfp.org)')).toEqual([['template', null]]);
    expect(addresses('(adresse électronique : prenom.nom@wfp.org)')).toEqual([['template', null]]);
  });

  it('gives a contact whose address is hidden or left out no email, but keeps the contact', () => {
    const text = [
      'Media contacts:',
      'Grace Mbeki, Save the Children, +27 82 561 3470, Email:',
      'Karen Whitfield, IFRC, +60 12 230 8451, [email protected]',
      'Omar Haddad, UNHCR, +90 342 211 4400, Email: haddado@unhcr.org.',
    ].join('\n');
    expect(emailsOf(text)).toEqual([[], [], ['haddado@unhcr.org']]);
  });

  it('keeps an address as written', () => {
    expect(emailsOf('Media contact: Jane Doherty, UNHCR, DohertyJ@unhcr.org')).toEqual([['DohertyJ@unhcr.org']]);
  });
});
