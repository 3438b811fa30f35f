import { describe, expect, it } from 'vitest';
import { detectLanguage, readLanguagePreference, resolveLanguage, writeLanguagePreference } from './language';
import { pickLocalized } from './localized';
import { parseTimestamp } from './format';

describe('UI language', () => {
  it('follows the first OS language PressDesk speaks, regional variants included', () => {
    expect(detectLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(detectLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(detectLanguage(['de-DE'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('remembers a choice, and forgets it for "same as the system"', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    expect(readLanguagePreference(storage)).toBe('system');
    writeLanguagePreference(storage, 'fr');
    expect(readLanguagePreference(storage)).toBe('fr');
    expect(resolveLanguage(readLanguagePreference(storage), ['en-GB'])).toBe('fr');
    writeLanguagePreference(storage, 'system');
    expect(data.size).toBe(0);
    data.set('pressdesk.language', 'klingon');
    expect(readLanguagePreference(storage)).toBe('system');
  });
});

describe('pickLocalized', () => {
  it('shows the UI language, else English, else French, else anything non-blank', () => {
    expect(pickLocalized({ fr: 'Bruxelles', en: 'Brussels' }, 'fr')).toBe('Bruxelles');
    expect(pickLocalized({ fr: 'Bruxelles', en: 'Brussels' }, 'es')).toBe('Brussels');
    expect(pickLocalized({ fr: 'Bruxelles', en: ' ' }, 'en')).toBe('Bruxelles');
    expect(pickLocalized({ es: 'Bruselas' }, 'en')).toBe('Bruselas');
    expect(pickLocalized({}, 'en')).toBe('');
    expect(pickLocalized(null, 'en')).toBe('');
  });
});

describe('parseTimestamp', () => {
  it('reads ISO and SQLite timestamps as UTC, and a bare date as that calendar day', () => {
    expect(parseTimestamp('2026-11-28T08:00:00.000Z')?.toISOString()).toBe('2026-11-28T08:00:00.000Z');
    expect(parseTimestamp('2026-11-28 08:00:00')?.toISOString()).toBe('2026-11-28T08:00:00.000Z');
    expect(parseTimestamp('2026-11-28')?.toISOString()).toBe('2026-11-28T12:00:00.000Z');
    expect(parseTimestamp('not a date')).toBeNull();
  });
});
