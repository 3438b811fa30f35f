export const now = () => new Date().toISOString();

/** Escapes LIKE wildcards so a user's "50%" matches itself. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The value to sort a per-language name by: the chosen language, else English, else any. */
export const localizedSortSql = (column: string, lang: string) =>
  `coalesce(json_extract(${column}, '$.${lang.replace(/[^a-z]/g, '')}'), json_extract(${column}, '$.en'), (SELECT value FROM json_each(${column}) LIMIT 1), '')`;

/** JSON columns hold what PressDesk wrote into them; the type says which shape. */
export const parseJson = <T = Record<string, string>>(text: string): T => JSON.parse(text) as T;
