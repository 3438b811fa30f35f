export interface PickerOption {
  readonly value: string;
  readonly label: string;
  /** Shown beside the label, quieter: a code, a count, an organisation. */
  readonly hint?: string;
  /** Everything typing may match besides the label: codes, names in other languages. */
  readonly keywords?: string;
}

/** Case and accents do not matter when typing: "cote d'ivoire" finds Côte d’Ivoire. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase().trim();

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** Every typed word must start a word of the label or keywords ("bur reg" finds "Bureau régional"). */
export function matchesTyped(option: PickerOption, typed: string): boolean {
  const words = fold(typed).split(WORD_BREAK).filter(Boolean);
  if (!words.length) return true;
  const haystack = fold(`${option.label} ${option.hint ?? ''} ${option.keywords ?? ''}`).split(WORD_BREAK);
  return words.every((w) => haystack.some((h) => h.startsWith(w)));
}

const namesIn = (lang: string, type: 'region' | 'language') => {
  const names = new Intl.DisplayNames([lang], { type, fallback: 'code' });
  return (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
};

/**
 * Options for ISO codes, labelled in the UI language and findable by the code and by the English and French names,
 * whichever language the app is in ("Allemagne", "Germany" and "DE" all find Germany).
 */
export function codeOptions(codes: readonly string[], type: 'region' | 'language', uiLang: string): PickerOption[] {
  const label = namesIn(uiLang, type);
  const others = ['en', 'fr'].filter((l) => l !== uiLang).map((l) => namesIn(l, type));
  return codes
    .map((code) => ({
      value: code,
      label: capitalise(label(code)),
      hint: code.toUpperCase(),
      keywords: others.map((name) => name(code)).join(' '),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, uiLang));
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
