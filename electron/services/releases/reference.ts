/**
 * Reference numbers from a pattern such as `PR-{YYYY}-{NNN}`: `{YYYY}` or `{YY}` is the year, and `{N…}` the
 * number within the year, zero-padded to as many digits as it has Ns (it grows past them rather than wrap).
 */
export const defaultReferencePattern = 'PR-{YYYY}-{NNN}';

const TOKEN = /\{(YYYY|YY|N+)\}/g;

/** Why a pattern cannot number releases, or null when it can. */
export function referencePatternProblem(pattern: string): string | null {
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1]!);
  if (tokens.filter((t) => t.startsWith('N')).length !== 1)
    return 'Put exactly one number, such as {NNN}, in the pattern';
  if (!tokens.some((t) => t.startsWith('Y')))
    return 'Put the year, {YYYY} or {YY}, in the pattern: numbers restart every year';
  if (/[{}]/.test(pattern.replace(TOKEN, ''))) return 'Use only {YYYY}, {YY} and {NNN} between braces';
  return null;
}

export function formatReference(pattern: string, year: number, number: number): string {
  return pattern.replace(TOKEN, (_whole, token: string) => {
    if (token === 'YYYY') return String(year);
    if (token === 'YY') return String(year % 100).padStart(2, '0');
    return String(number).padStart(token.length, '0');
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number in `reference` if it is this pattern's reference for `year`. */
export function referenceNumber(pattern: string, year: number, reference: string): number | null {
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += escapeRegExp(pattern.slice(last, match.index));
    const token = match[1]!;
    if (token === 'YYYY') source += String(year);
    else if (token === 'YY') source += String(year % 100).padStart(2, '0');
    else source += '(\\d+)';
    last = match.index + match[0].length;
  }
  source += escapeRegExp(pattern.slice(last));
  const found = new RegExp(`^${source}$`).exec(reference);
  return found ? Number(found[1]) : null;
}

/** The next reference of the year: one more than the highest number this pattern has given that year. */
export function nextReference(pattern: string, year: number, references: Iterable<string>): string {
  let highest = 0;
  for (const reference of references) highest = Math.max(highest, referenceNumber(pattern, year, reference) ?? 0);
  return formatReference(pattern, year, highest + 1);
}
