const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word typed appears in the label, ignoring case and accents: "nouv cont" finds "Nouveau contact". */
export function matchesQuery(label: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold(label);
  return words.every((w) => haystack.includes(w));
}
