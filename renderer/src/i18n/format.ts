import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';

export interface Formatters {
  readonly lang: string;
  readonly number: (n: number) => string;
  /** "28 Nov 2026" / "28 nov. 2026" from an ISO timestamp or date. */
  readonly date: (iso: string | null | undefined) => string;
  readonly dateTime: (iso: string | null | undefined) => string;
  /** Wall-clock time now in an IANA time zone ("14:32"). */
  readonly timeIn: (timeZone: string, now?: Date) => string;
  readonly country: (code: string | null | undefined) => string;
  readonly language: (code: string) => string;
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** SQLite's "YYYY-MM-DD HH:MM:SS" is UTC; a bare date is a calendar day and is read at noon UTC. */
export function parseTimestamp(iso: string): Date | null {
  let text = iso.trim().replace(' ', 'T');
  if (BARE_DATE.test(text)) text += 'T12:00:00Z';
  else if (!/(Z|[+-]\d\d:?\d\d)$/.test(text)) text += 'Z';
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Country and language names by code, looked up once: tables ask for the same few names on every row. */
function namesOf(lang: string, type: 'region' | 'language'): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang], { type, fallback: 'code' });
  } catch {
    names = undefined;
  }
  const cache = new Map<string, string>();
  return (code) => {
    let name = cache.get(code);
    if (name === undefined) {
      try {
        name = names?.of(code) ?? code;
      } catch {
        name = code;
      }
      cache.set(code, name);
    }
    return name;
  };
}

/** Numbers and dates go through i18next's formatter (Intl underneath) in the UI language. */
export function createFormatters(i18n: I18n): Formatters {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const format = (value: unknown, name: string, options: Record<string, unknown>) =>
    i18n.services.formatter?.format(value, name, lang, options) ?? String(value);
  const countryName = namesOf(lang, 'region');
  const languageName = namesOf(lang, 'language');
  return {
    lang,
    number: (n) => format(n, 'number', {}),
    date: (iso) => {
      const d = iso ? parseTimestamp(iso) : null;
      // A calendar date is the same day everywhere; a timestamp is shown on the user's clock.
      const zone = iso && BARE_DATE.test(iso.trim()) ? { timeZone: 'UTC' } : {};
      return d ? format(d, 'datetime', { dateStyle: 'medium', ...zone }) : '';
    },
    dateTime: (iso) => {
      const d = iso ? parseTimestamp(iso) : null;
      return d ? format(d, 'datetime', { dateStyle: 'medium', timeStyle: 'short' }) : '';
    },
    timeIn: (timeZone, now = new Date()) => {
      try {
        return format(now, 'datetime', { timeStyle: 'short', timeZone });
      } catch {
        return '';
      }
    },
    country: (code) => (code ? countryName(code) : ''),
    language: languageName,
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  // The i18n instance is the same object across language changes; the language is what invalidates.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => createFormatters(i18n), [i18n, lang]);
}
