import { useMemo } from 'react';
import { useApiQuery } from '../../api/hooks';
import { useFormat, type Formatters } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { countryCodes, languageCodes } from '../reference/codes';

export interface PickOption {
  readonly value: string;
  readonly label: string;
  readonly group: 'regions' | 'countries' | 'languages';
  /** Folded names the option is known by: in the UI language and in English (a region: all its names). */
  readonly names: readonly string[];
  /** The names and the code, as one string typed words are looked for in. */
  readonly keys: string;
}

export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * English names, made on first use: the first Intl.DisplayNames of a window costs 20–30 ms, which loading this
 * module (the command palette imports it) would otherwise add to opening the app.
 */
const englishNames = (type: 'region' | 'language') => {
  let lookup: ((code: string) => string) | undefined;
  return (code: string) => {
    if (!lookup) {
      try {
        const names = new Intl.DisplayNames(['en'], { type, fallback: 'code' });
        lookup = (c) => names.of(c) ?? c;
      } catch {
        lookup = (c) => c;
      }
    }
    return lookup(code);
  };
};
const englishCountry = englishNames('region');
const englishLanguage = englishNames('language');

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const byLabel = (a: PickOption, b: PickOption) => a.label.localeCompare(b.label);

/** Regions (as the directory names them) and countries, each in the UI language. */
export function usePlaceOptions(): readonly PickOption[] {
  const fmt = useFormat();
  const { data } = useApiQuery('regions:list', {});
  return useMemo(() => {
    const regions = (data?.rows ?? [])
      .map((r): PickOption => {
        const label = pickLocalized(r.name, fmt.lang);
        const names = [label, ...Object.values(r.name)].map(fold);
        return { value: `r:${r.id}`, label, group: 'regions', names, keys: names.join(' ') };
      })
      .sort(byLabel);
    return [...regions, ...countryOptions(fmt)];
  }, [data, fmt]);
}

const countryOptions = (fmt: Formatters): PickOption[] =>
  countryCodes
    .map((code): PickOption => {
      const label = fmt.country(code);
      const names = [fold(label), fold(englishCountry(code))];
      return { value: `c:${code}`, label, group: 'countries', names, keys: `${names.join(' ')} ${fold(code)}` };
    })
    .sort(byLabel);

export function useLanguageOptions(): readonly PickOption[] {
  const fmt = useFormat();
  return useMemo(
    () =>
      languageCodes
        .map((code): PickOption => {
          const label = capitalise(fmt.language(code));
          const names = [fold(label), fold(englishLanguage(code))];
          return { value: code, label, group: 'languages', names, keys: `${names.join(' ')} ${code}` };
        })
        .sort(byLabel),
    [fmt],
  );
}

/** Options whose names hold every typed word, those starting with the text first. */
export function filterOptions(options: readonly PickOption[], text: string): PickOption[] {
  const typed = fold(text);
  if (!typed) return [...options];
  const words = typed.split(/\s+/);
  const matches = options.filter((o) => words.every((w) => o.keys.includes(w)));
  const starts = (o: PickOption) => fold(o.label).startsWith(typed) || o.keys.split(' ').includes(typed);
  return [...matches.filter(starts), ...matches.filter((o) => !starts(o))];
}
