/** Folds case and accents the way the FTS tokenizer does, so ranking in code agrees with matching in SQLite. */
export const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const PHONE_LIKE = /^[+\d\s().\-/]+$/;

/**
 * Turns what a person types into an FTS5 query: every word is a quoted prefix ("gen" finds Genève),
 * and a phone fragment in any spacing ("+41 22", "0041 22 71") becomes one digit prefix on the phones column.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string, phoneColumn: string | null = 'phones'): string | null {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (phoneColumn && PHONE_LIKE.test(trimmed) && digits.length >= 2) {
    const normalized = digits.replace(/^00/, '').replace(/^0+/, '');
    if (normalized.length >= 1) return `${phoneColumn} : "${normalized}"*`;
  }
  const words = fold(trimmed).split(' ').filter(Boolean).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
