import { useSyncExternalStore } from 'react';

/** A lookup as the page and the palette share it: `c:YE` for a country, `r:3` for a region, and a language. */
export interface SpokespeopleQuery {
  readonly place: string | null;
  readonly language: string | null;
}

const KEY = 'pressdesk.spokespeople.lastQuery';
const PLACE = /^(c:[A-Z]{2}|r:\d+)$/;
const LANGUAGE = /^[a-z]{2}$/;

/** The last lookup, kept across restarts: a press officer often asks about the same place again. */
export function readLastQuery(storage: Pick<Storage, 'getItem'>): SpokespeopleQuery {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<Record<keyof SpokespeopleQuery, unknown>>;
    return {
      place: typeof value.place === 'string' && PLACE.test(value.place) ? value.place : null,
      language: typeof value.language === 'string' && LANGUAGE.test(value.language) ? value.language : null,
    };
  } catch {
    return { place: null, language: null };
  }
}

let current: SpokespeopleQuery | undefined;
const listeners = new Set<() => void>();

/** Sets the lookup the page shows, from the page itself or from the palette, and remembers it. */
export function setLastQuery(query: SpokespeopleQuery) {
  current = query;
  localStorage.setItem(KEY, JSON.stringify(query));
  for (const l of listeners) l();
}

export function useLastQuery(): SpokespeopleQuery {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => (current ??= readLastQuery(localStorage)),
  );
}

/** The lookup's input for a place value, or null for none. */
export function placeInput(place: string | null): { country: string } | { regionId: number } | null {
  if (!place) return null;
  if (place.startsWith('c:')) return { country: place.slice(2) };
  const id = Number(place.slice(2));
  return Number.isSafeInteger(id) && id > 0 ? { regionId: id } : null;
}
