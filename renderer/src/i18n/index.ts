import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { readLanguagePreference, resolveLanguage, type UiLanguage } from './language';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export const i18n: I18n = i18next.createInstance();

/** Starts i18next synchronously (resources are bundled), in the saved language or the OS's. */
export function initI18n(): I18n {
  const lng = resolveLanguage(readLanguagePreference(localStorage), navigator.languages);
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  applyDocumentLanguage(lng);
  return i18n;
}

export function applyDocumentLanguage(lng: UiLanguage) {
  document.documentElement.lang = lng;
}

export async function changeLanguage(lng: UiLanguage) {
  await i18n.changeLanguage(lng);
  applyDocumentLanguage(lng);
}
