/**
 * The value of a per-language map to show in this UI: the UI language, else English, else French, else any.
 * Records are often complete in only one language; showing the other beats showing nothing.
 */
export function pickLocalized(map: Readonly<Record<string, string>> | null | undefined, lang: string): string {
  if (!map) return '';
  for (const key of [lang, 'en', 'fr']) {
    const v = map[key];
    if (v !== undefined && v.trim() !== '') return v;
  }
  return Object.values(map).find((v) => v.trim() !== '') ?? '';
}
