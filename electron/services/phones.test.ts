import { describe, expect, it } from 'vitest';
import { displayPhone, parsePhone } from './phones';

describe('parsePhone', () => {
  it('reads the 00 international prefix', () => {
    expect(parsePhone('0032 2 627 59 58')).toEqual({
      ok: true,
      phone: { raw: '0032 2 627 59 58', e164: '+3226275958', digits: '3226275958 26275958' },
    });
  });

  it("gives a local number the office's country", () => {
    const result = parsePhone('02 287 71 15', 'BE');
    expect(result.ok && result.phone.e164).toBe('+3222877115');
  });

  it('refuses a local number without a country, saying what to add', () => {
    expect(parsePhone('02 287 71 15')).toEqual({ ok: false, reason: 'Add the country code (+32 …)' });
  });

  it('refuses a number that is not valid for its country', () => {
    const result = parsePhone('+32 12');
    expect(result.ok).toBe(false);
  });
});

describe('displayPhone', () => {
  it("uses the country's grouping, whatever the spacing typed", () => {
    expect(displayPhone('+32 486 511 212', '+32486511212')).toBe('+32 486 51 12 12');
  });

  it('turns 00 into +', () => {
    expect(displayPhone('0032 2 627 59 58', '+3226275958')).toBe('+32 2 627 59 58');
  });

  it('formats a national number internationally', () => {
    expect(displayPhone('02 287 71 15', '+3222877115')).toBe('+32 2 287 71 15');
  });

  it('drops a written trunk zero by formatting from E.164', () => {
    expect(displayPhone('+44 (0)20 7375 6030', '+442073756030')).toBe('+44 20 7375 6030');
  });
});
