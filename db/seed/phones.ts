import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { parsePhone } from '../../electron/services/phones';
import type { PhoneValues } from '../queries/contacts';
import { countryOf } from './geography';
import type { Rng } from './prng';

/** How people write a number in an address book: the mix search has to cope with. */
export type PhoneStyle = 'international' | 'double-zero' | 'national' | 'compact';

const STYLE_WEIGHTS: Readonly<Record<PhoneStyle, number>> = {
  international: 50,
  national: 25,
  'double-zero': 15,
  compact: 10,
};

/** Fills a template: `#` any digit, `%` a digit from 2 to 9, anything else kept as written. */
export function fillTemplate(template: string, rng: Rng): string {
  let out = '';
  for (const ch of template) out += ch === '#' ? String(rng.int(0, 9)) : ch === '%' ? String(rng.int(2, 9)) : ch;
  return out;
}

function write(code: string, grouped: string, style: PhoneStyle): string {
  const cc = getCountryCallingCode(code as CountryCode);
  const nanp = cc === '1';
  const digits = grouped.replace(/\D/g, '');
  switch (style) {
    case 'compact':
      return `+${cc}${digits}`;
    case 'double-zero':
      // North America dials 011, not 00: nobody there writes 00.
      return nanp ? `+${cc} ${grouped}` : `00${cc} ${grouped}`;
    case 'national': {
      if (nanp) {
        const [area = '', exchange = '', line = ''] = grouped.split(' ');
        return `(${area}) ${exchange}-${line}`;
      }
      return `${countryOf(code).trunk ?? ''}${grouped}`;
    }
    case 'international':
      return `+${cc} ${grouped}`;
  }
}

/**
 * A number valid for its country per libphonenumber (the same parser the app stores numbers with), written in one of
 * the ways people write numbers. A written form the parser reads differently falls back to the international form;
 * digits the parser refuses are drawn again.
 */
export function makePhone(
  rng: Rng,
  countryCode: string,
  template: string,
  kind: PhoneValues['kind'],
  preferred: boolean,
): PhoneValues {
  const cc = getCountryCallingCode(countryCode as CountryCode);
  const style = rng.weighted(STYLE_WEIGHTS);
  for (let attempt = 0; attempt < 40; attempt++) {
    const grouped = fillTemplate(template, rng);
    const expected = `+${cc}${grouped.replace(/\D/g, '')}`;
    for (const s of style === 'international' ? [style] : [style, 'international' as const]) {
      const parsed = parsePhone(write(countryCode, grouped, s), countryCode);
      if (parsed.ok && parsed.phone.e164 === expected) return { kind, preferred, ...parsed.phone };
    }
  }
  throw new Error(`The demo phone template ${template} gives no valid number for ${countryCode}`);
}
