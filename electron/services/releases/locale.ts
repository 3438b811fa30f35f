/** The words a release prints around its own text, per language; English where a language has none yet. */
export interface ReleaseWording {
  /** Printed before the embargo's date and time. */
  readonly embargoedUntil: string;
  readonly notesToEditors: string;
  /** The PDF footer: "Page 3 of 12". */
  readonly pageOf: (page: number, total: number) => string;
}

const wordings: Readonly<Record<string, ReleaseWording>> = {
  en: {
    embargoedUntil: 'EMBARGOED UNTIL',
    notesToEditors: 'Notes to editors',
    pageOf: (page, total) => `Page ${page} of ${total}`,
  },
  fr: {
    embargoedUntil: 'SOUS EMBARGO JUSQU’AU',
    notesToEditors: 'Note aux rédactions',
    pageOf: (page, total) => `Page ${page} sur ${total}`,
  },
  es: {
    embargoedUntil: 'BAJO EMBARGO HASTA EL',
    notesToEditors: 'Nota para los editores',
    pageOf: (page, total) => `Página ${page} de ${total}`,
  },
  ar: {
    embargoedUntil: 'يُحظر النشر حتى',
    notesToEditors: 'ملاحظات للمحررين',
    pageOf: (page, total) => `صفحة ${page} من ${total}`,
  },
};

export const wordingFor = (lang: string): ReleaseWording => wordings[lang] ?? wordings.en!;

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']);

export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL.has(lang) ? 'rtl' : 'ltr');

/** Languages a new organisation publishes in until Settings say otherwise. */
export const defaultReleaseLanguages = ['en', 'fr', 'es', 'ar'] as const;
