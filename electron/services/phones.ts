import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export interface NormalizedPhone {
  readonly raw: string;
  readonly e164: string;
  /** Digit strings search matches: the full international number and the national one. */
  readonly digits: string;
}

export type PhoneParse =
  { readonly ok: true; readonly phone: NormalizedPhone } | { readonly ok: false; readonly reason: string };

/**
 * Parses a number as a press officer types it. A number without a country code takes `defaultCountry`
 * (the office's country); a number that is not valid for its country is refused, never stored half-right.
 */
export function parsePhone(raw: string, defaultCountry?: string | null): PhoneParse {
  const trimmed = raw.trim();
  // "0032 2 …" is the international prefix used across Europe; libphonenumber only reads it with a country.
  const international = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  const parsed = parsePhoneNumberFromString(international, (defaultCountry ?? undefined) as CountryCode | undefined);
  if (!parsed) {
    return {
      ok: false,
      reason: international.startsWith('+') || defaultCountry ? 'Not a phone number' : 'Add the country code (+32 …)',
    };
  }
  if (!parsed.isValid())
    return { ok: false, reason: `Not a valid number for ${parsed.country ?? `+${parsed.countryCallingCode}`}` };
  const e164 = parsed.number;
  return { ok: true, phone: { raw: trimmed, e164, digits: `${e164.slice(1)} ${parsed.nationalNumber}` } };
}

/** International format for display and contact blocks ("0032 2 627 59 58" is shown "+32 2 627 59 58"). */
export function displayPhone(raw: string, e164: string | null): string {
  if (!e164) return raw;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
