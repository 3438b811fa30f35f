export const uiLanguages = ['en', 'fr'] as const;
export type UiLanguage = (typeof uiLanguages)[number];
export type LanguagePreference = UiLanguage | 'system';

const STORAGE_KEY = 'pressdesk.language';

const isUiLanguage = (v: unknown): v is UiLanguage => (uiLanguages as readonly unknown[]).includes(v);

/** The first of the OS/browser languages PressDesk speaks (fr-CA counts as fr), else English. */
export function detectLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

export function readLanguagePreference(storage: Pick<Storage, 'getItem'>): LanguagePreference {
  const stored = storage.getItem(STORAGE_KEY);
  return isUiLanguage(stored) ? stored : 'system';
}

export function writeLanguagePreference(storage: Pick<Storage, 'setItem' | 'removeItem'>, pref: LanguagePreference) {
  if (pref === 'system') storage.removeItem(STORAGE_KEY);
  else storage.setItem(STORAGE_KEY, pref);
}

export const resolveLanguage = (pref: LanguagePreference, preferred: readonly string[]): UiLanguage =>
  pref === 'system' ? detectLanguage(preferred) : pref;
