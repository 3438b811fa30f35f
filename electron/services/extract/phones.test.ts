import { describe, expect, it } from 'vitest';
import { extractContacts } from './extract-contacts';
import { resolvePhone, scanPhones } from './phones';

/** The phones of one line, as E.164 with their kind, given the contact's stated country (if any). */
function phones(line: string, country: string | null = null) {
  return scanPhones(line, null, [])
    .candidates.map((candidate) => resolvePhone(candidate, country))
    .map((phone) => (phone ? { e164: phone.e164, kind: phone.kind, raw: phone.raw } : null));
}

describe('phone numbers as written in contact blocks', () => {
  it.each([
    ['+41 22 717 9111', '+41227179111'],
    ['+ 41 79 642 97 09', '+41796429709'],
    ['0032 2 627 59 58', '+3226275958'],
    ['00 41 22 917 97 67', '+41229179767'],
    ['+202-27365140', '+20227365140'],
    ['1-212 326 7426', '+12123267426'],
    ['+1 (212) 963-1234', '+12129631234'],
    ['+44 (0)20 7375 6030', '+442073756030'],
    ['+44 (1480) 465-328', '+441480465328'],
    ['+972 (0)54 216 8295', '+972542168295'],
    ['(+39) 06 570 53625', '+390657053625'],
    ['+41.22.917.97.67', '+41229179767'],
  ])('reads %s as %s', (written, e164) => {
    expect(phones(`Tel: ${written}`).map((p) => p?.e164)).toEqual([e164]);
  });

  it('keeps the number as written, without its label or the tel: scheme', () => {
    expect(phones('Tel : +32 2 287 71 15')[0]?.raw).toBe('+32 2 287 71 15');
    expect(phones('Ousmane Ndiaye – tel:+221776394275')).toEqual([
      { e164: '+221776394275', kind: 'mobile', raw: '+221776394275' },
    ]);
  });

  it.each([
    ['Tel: +41 22 730 34 43 or +41 79 217 32 64'],
    ['Tel: +41 22 730 34 43 / +41 79 217 32 64'],
    ['tél. : +41 22 730 34 43 ou +41 79 217 32 64'],
    ['Móvil: +41 22 730 34 43 o +41 79 217 32 64'],
    ['Tel : +41 22 730 34 43, +41 79 217 32 64'],
  ])('reads two numbers joined under one label: %s', (line) => {
    expect(phones(line).map((p) => p?.e164)).toEqual(['+41227303443', '+41792173264']);
  });

  it('lets a specific label cover every number it introduces', () => {
    expect(phones('Portable : +33 6 84 60 30 52 ou +33 1 40 21 27 25').map((p) => p?.kind)).toEqual([
      'mobile',
      'mobile',
    ]);
  });

  it.each([
    ['Tel: +41 22 917 97 67', 'office'],
    ['Tél. : +41 79 217 32 64', 'mobile'],
    ['Mobile: +41 22 917 97 67', 'mobile'],
    ['Mob. +41 22 917 97 67', 'mobile'],
    ['Cell: +41 22 917 97 67', 'mobile'],
    ['Portable : +41 22 917 97 67', 'mobile'],
    ['Móvil: +41 22 917 97 67', 'mobile'],
    ['Telemóvel: +41 22 917 97 67', 'mobile'],
    ['WhatsApp: +41 79 217 32 64', 'whatsapp'],
    ['Cell/WhatsApp: +41 79 217 32 64', 'mobile'],
    ['Fax: +41 22 917 90 11', 'fax'],
    ['Office: +41 79 217 32 64', 'office'],
    ['واتساب: +962 79 555 1234', 'whatsapp'],
    ['+41 79 217 32 64 (WhatsApp)', 'whatsapp'],
    ['+1 212 326 7452', null],
  ])('gives %s the kind %s', (line, kind) => {
    expect(phones(line)[0]?.kind).toBe(kind);
  });

  it("gives a number without country code the country of the contact's stated location only", () => {
    expect(phones('Tel: 022 717 9346', 'CH').map((p) => p?.e164)).toEqual(['+41227179346']);
    expect(phones('(61) 3035-1947', 'BR').map((p) => p?.e164)).toEqual(['+556130351947']);
    expect(phones('Tel: 022 717 9346')).toEqual([null]);
  });

  it('refuses a national number that is not valid in the stated country', () => {
    expect(phones('Tel: 022 717 93', 'CH')).toEqual([null]);
    expect(phones('Tel: 0123 456 789 012', 'CH')).toEqual([null]);
  });

  it('never takes the country of a national number from the other numbers of the contact', () => {
    const [block] = extractContacts(
      'Media contacts:\nJane Doe, Tel: +41 22 917 12 34, Mobile: 079 123 45 67, jdoe@unhcr.org',
    ).blocks;
    expect(block?.contacts[0]?.phones.map((p) => p.e164)).toEqual(['+41229171234']);
  });

  it('drops an extension and reads the number before it', () => {
    expect(phones('Tel: (212) 681-7000 ext. 225', 'US').map((p) => p?.e164)).toEqual(['+12126817000']);
  });

  it('takes no dates, years or figures for numbers', () => {
    expect(phones('On 12/04/2018, 50 000 people; 2018-2019 plan PR-2018-04')).toEqual([]);
  });

  it('carries a label that ends a hard-wrapped line to the numbers starting the next one', () => {
    const first = scanPhones('Liam O’Connor, UNHCR London, Tel:', null, []);
    expect(first.candidates).toEqual([]);
    expect(first.carried).toEqual({ kind: null });
    const mobile = scanPhones('Mobile:', null, []).carried;
    const next = scanPhones('+41 22 717 9111, Email: x@iom.int', mobile, []);
    expect(next.candidates.map((c) => c.kind)).toEqual(['mobile']);
  });

  it('reads single-letter labels only with their stop or colon', () => {
    expect(phones('T. +41 44 317 22 41, M. +41 79 123 45 67').map((p) => p?.kind)).toEqual(['office', 'mobile']);
    expect(scanPhones('M. Olivier Lambert', null, []).candidates).toEqual([]);
  });
});
