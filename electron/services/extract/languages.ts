import { fold } from './normalize';

// Language names as a block may list them after a name, in the five release languages.
const LANGUAGE_NAMES: Record<string, readonly string[]> = {
  en: ['English', 'anglais', 'inglés', 'ingles', 'inglês', 'الإنجليزية', 'الانجليزية', 'الإنكليزية', 'الانكليزية'],
  fr: ['French', 'français', 'francais', 'francés', 'frances', 'francês', 'الفرنسية'],
  es: ['Spanish', 'espagnol', 'español', 'espanol', 'castellano', 'espanhol', 'الإسبانية', 'الاسبانية'],
  pt: ['Portuguese', 'portugais', 'portugués', 'portugues', 'português', 'البرتغالية'],
  ar: ['Arabic', 'arabe', 'árabe', 'العربية'],
  ru: ['Russian', 'russe', 'ruso', 'russo', 'الروسية'],
  zh: ['Chinese', 'Mandarin', 'chinois', 'chino', 'chinês', 'الصينية'],
  de: ['German', 'allemand', 'alemán', 'alemao', 'alemão', 'الألمانية'],
  it: ['Italian', 'italien', 'italiano', 'الإيطالية'],
  nl: ['Dutch', 'Flemish', 'néerlandais', 'neerlandés', 'holandês', 'neerlandês'],
  sw: ['Swahili', 'Kiswahili', 'suajili', 'suaíli', 'السواحيلية'],
  ha: ['Hausa', 'haoussa'],
  fa: ['Farsi', 'Persian', 'persan', 'persa', 'الفارسية'],
  ps: ['Pashto', 'Pashtu', 'pachto', 'pastún'],
  ur: ['Urdu', 'ourdou', 'الأردية'],
  tr: ['Turkish', 'turc', 'turco', 'التركية'],
  uk: ['Ukrainian', 'ukrainien', 'ucraniano', 'الأوكرانية'],
  pl: ['Polish', 'polonais', 'polaco'],
  el: ['Greek', 'grec', 'griego', 'grego'],
  hi: ['Hindi'],
  bn: ['Bengali', 'Bangla', 'bengalí'],
  am: ['Amharic', 'amharique', 'amárico'],
  so: ['Somali', 'somalien', 'somalí'],
  ti: ['Tigrinya', 'tigrigna'],
  ku: ['Kurdish', 'kurde', 'kurdo', 'الكردية'],
  ht: ['Haitian Creole', 'Creole', 'créole', 'créole haïtien', 'criollo', 'crioulo'],
  my: ['Burmese', 'birman'],
  ln: ['Lingala'],
  wo: ['Wolof'],
  ro: ['Romanian', 'roumain', 'rumano', 'romeno'],
  ja: ['Japanese', 'japonais', 'japonés'],
  ko: ['Korean', 'coréen', 'coreano'],
  he: ['Hebrew', 'hébreu', 'hebreo', 'العبرية'],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(LANGUAGE_NAMES)) {
  for (const name of names) BY_NAME.set(fold(name), code);
}
const CODES = new Set(Object.keys(LANGUAGE_NAMES).filter((code) => code.length === 2));

// Words that may surround a list of languages: "speaks English and French", "en anglais", "habla inglés y francés".
const FILLERS = new Set(
  [
    'speaks',
    'speaking',
    'in',
    'and',
    'or',
    'also',
    'languages',
    'language',
    'parle',
    'en',
    'et',
    'ou',
    'langues',
    'habla',
    'y',
    'o',
    'e',
    'idiomas',
    'fala',
    'em',
    'línguas',
    'يتحدث',
    'تتحدث',
    'باللغة',
    'باللغتين',
    'اللغة',
    'اللغات',
  ].map(fold),
);

/**
 * The ISO 639-1 codes listed in a text such as "English", "inglês e francês", "EN/FR" or "العربية والإنجليزية";
 * null when anything in it is not a language, so "(Gaza)" or "(UNHCR)" are left to other readers.
 */
export function parseLanguages(text: string): string[] | null {
  const words = fold(text)
    .replace(/[()[\]:.]/g, ' ')
    .split(/[\s,/&;+|،-]+/)
    .filter((word) => word !== '');
  const codes: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    const pair = `${word} ${words[i + 1] ?? ''}`;
    let code = BY_NAME.get(pair);
    if (code) i += 2;
    else {
      code = BY_NAME.get(word) ?? (word.startsWith('و') ? BY_NAME.get(word.slice(1)) : undefined);
      if (!code && /^[a-z]{2}$/.test(word) && CODES.has(word) && text.includes(word.toUpperCase())) code = word;
      i += 1;
      if (!code) {
        if (FILLERS.has(word)) continue;
        return null;
      }
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return codes.length > 0 ? codes : null;
}
