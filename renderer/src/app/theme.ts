export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

const STORAGE_KEY = 'pressdesk.theme';

export function readThemePreference(storage: Pick<Storage, 'getItem'>): ThemePreference {
  const stored = storage.getItem(STORAGE_KEY);
  return (themePreferences as readonly (string | null)[]).includes(stored) ? (stored as ThemePreference) : 'system';
}

export function writeThemePreference(storage: Pick<Storage, 'setItem' | 'removeItem'>, pref: ThemePreference) {
  if (pref === 'system') storage.removeItem(STORAGE_KEY);
  else storage.setItem(STORAGE_KEY, pref);
}

/** The stylesheet follows the OS through color-scheme; pinning a theme only narrows it. */
export function applyTheme(root: HTMLElement, pref: ThemePreference) {
  if (pref === 'system') delete root.dataset.theme;
  else root.dataset.theme = pref;
}
