import { useSyncExternalStore } from 'react';
import { changeLanguage } from '../i18n';
import {
  readLanguagePreference,
  resolveLanguage,
  writeLanguagePreference,
  type LanguagePreference,
} from '../i18n/language';
import { applyTheme, readThemePreference, writeThemePreference, type ThemePreference } from './theme';

export interface Preferences {
  readonly language: LanguagePreference;
  readonly theme: ThemePreference;
}

let current: Preferences = { language: readLanguagePreference(localStorage), theme: readThemePreference(localStorage) };
const listeners = new Set<() => void>();

const publish = (next: Preferences) => {
  current = next;
  for (const l of listeners) l();
};

export function applyStartupTheme() {
  applyTheme(document.documentElement, current.theme);
}

export async function setLanguagePreference(language: LanguagePreference) {
  writeLanguagePreference(localStorage, language);
  publish({ ...current, language });
  await changeLanguage(resolveLanguage(language, navigator.languages));
}

export function setThemePreference(theme: ThemePreference) {
  writeThemePreference(localStorage, theme);
  applyTheme(document.documentElement, theme);
  publish({ ...current, theme });
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
