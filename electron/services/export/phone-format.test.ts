import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import { displayPhone } from '../phones';
import { formatPhoneFast } from './phone-format';

/** Every country's example mobile number, and variants of it with other trailing digits. */
function sampleNumbers(): string[] {
  const numbers: string[] = [];
  for (const country of getCountries()) {
    const example = getExampleNumber(country, examples);
    if (!example) continue;
    const e164 = example.number;
    numbers.push(e164);
    for (let i = 0; i < 10; i++) numbers.push(`${e164.slice(0, -2)}${(i * 7) % 10}${(i * 3) % 10}`);
  }
  numbers.push('+41227179111', '+3226275958', '+12025550123', '+447781123456', '+79161234567', '+77012345678');
  return numbers;
}

describe('formatPhoneFast', () => {
  it('formats every country exactly as displayPhone does', () => {
    const numbers = sampleNumbers();
    expect(numbers.length).toBeGreaterThan(2000);
    const differences = numbers.filter((n) => formatPhoneFast(n, n) !== displayPhone(n, n));
    expect(differences).toEqual([]);
  });

  it('shows the number as entered when it has no E.164 form', () => {
    expect(formatPhoneFast('ext. 1234', null)).toBe('ext. 1234');
  });
});
