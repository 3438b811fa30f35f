import { useMemo } from 'react';
import { useApiQuery } from '../../api/hooks';
import { useFormat, type Formatters } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import type { SelectOption } from '../../components/form/fields';
import type { TokenSuggestion } from '../../components/form/token-input';
import { countryCodes, languageCodes } from './codes';

/** Enough for every organisation or office a press team works with; the contract's page limit. */
const ALL = { offset: 0, limit: 1000 } as const;

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export function useOrganisationOptions(): readonly SelectOption[] {
  const { lang } = useFormat();
  const { data } = useApiQuery('organisations:list', { page: ALL, sort: { column: 'name', direction: 'asc' } });
  return useMemo(
    () =>
      (data?.rows ?? [])
        .map((o) => {
          const name = pickLocalized(o.name, lang);
          const acronym = pickLocalized(o.acronym, lang);
          return { value: String(o.id), label: acronym && acronym !== name ? `${name} (${acronym})` : name };
        })
        .sort(byLabel),
    [data, lang],
  );
}

export interface OfficeOption extends SelectOption {
  readonly organisationId: number;
  readonly country: string | null;
}

/** Offices of one organisation, or of all of them grouped by organisation; none asked for until `enabled`. */
export function useOfficeOptions(organisationId: number | null, enabled = true): readonly OfficeOption[] {
  const { lang } = useFormat();
  const { data } = useApiQuery(
    'offices:list',
    {
      page: ALL,
      sort: { column: 'name', direction: 'asc' },
      ...(organisationId === null ? {} : { organisationId }),
    },
    { enabled },
  );
  return useMemo(
    () =>
      (data?.rows ?? [])
        .map((o) => ({
          value: String(o.id),
          label: pickLocalized(o.name, lang),
          organisationId: o.organisationId,
          country: o.country,
          ...(organisationId === null ? { group: pickLocalized(o.organisationName, lang) } : {}),
        }))
        .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.label.localeCompare(b.label)),
    [data, lang, organisationId],
  );
}

export function useRegionOptions(): readonly SelectOption[] {
  const { lang } = useFormat();
  const { data } = useApiQuery('regions:list', {});
  return useMemo(
    () => (data?.rows ?? []).map((r) => ({ value: String(r.id), label: pickLocalized(r.name, lang) })).sort(byLabel),
    [data, lang],
  );
}

export const countryOptions = (fmt: Formatters): SelectOption[] =>
  countryCodes.map((code) => ({ value: code, label: fmt.country(code) })).sort(byLabel);

export const countrySuggestions = (fmt: Formatters): TokenSuggestion[] =>
  countryCodes.map((code) => ({ value: code, label: `${fmt.country(code)} (${code})` })).sort(byLabel);

export const languageSuggestions = (fmt: Formatters): TokenSuggestion[] =>
  languageCodes.map((code) => ({ value: code, label: `${capitalise(fmt.language(code))} (${code})` })).sort(byLabel);

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Reads what a person typed as a code: the code itself ("fr", "be"), the name in the UI language or in English
 * ("français", "French", "Belgique"), or a suggestion as listed ("French (fr)").
 */
export function codeParser(codes: readonly string[], names: readonly ((code: string) => string)[], upper: boolean) {
  const lookup = new Map<string, string>();
  for (const code of codes) {
    lookup.set(fold(code), code);
    for (const name of names) lookup.set(fold(name(code)), code);
  }
  return (text: string): string | null => {
    const listed = /\(([A-Za-z]{2})\)\s*$/.exec(text);
    const folded = fold(listed?.[1] ?? text);
    const known = lookup.get(folded);
    if (known) return known;
    if (/^[a-z]{2}$/.test(folded)) return upper ? folded.toUpperCase() : folded;
    return null;
  };
}
