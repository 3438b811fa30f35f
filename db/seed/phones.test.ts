import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { CITIES, COUNTRIES } from './geography';
import { fillTemplate, makePhone } from './phones';
import { createRng } from './prng';

describe('makePhone', () => {
  it('makes valid numbers from every country’s mobile and every city’s landline patterns', () => {
    const rng = createRng('phones');
    const cases = [
      ...COUNTRIES.flatMap((c) => c.mobile.map((t) => [c.code, t] as const)),
      ...CITIES.flatMap((c) => (c.fixed ? [[c.country, c.fixed] as const] : [])),
    ];
    for (const [country, template] of cases) {
      for (let i = 0; i < 10; i++) {
        const phone = makePhone(rng, country, template, 'mobile', false);
        expect(isValidPhoneNumber(phone.e164!, country as never), `${country} ${phone.raw}`).toBe(true);
        expect(phone.digits.split(' ')[0]).toBe(phone.e164!.slice(1));
      }
    }
  });

  it('fills # with any digit and % with 2–9, keeping the grouping', () => {
    const rng = createRng(1);
    for (let i = 0; i < 50; i++) expect(fillTemplate('22 %## ##', rng)).toMatch(/^22 [2-9]\d\d \d\d$/);
  });
});
