import { useState } from 'react';

/**
 * The value, or while it is undefined (the next record loading) the last one that was not: browsing records with
 * the arrow keys swaps the panel's content in place instead of flashing a loading message between them.
 */
export function useLatest<T>(value: T | undefined): T | undefined {
  const [latest, setLatest] = useState(value);
  if (value !== undefined && value !== latest) setLatest(value);
  return value ?? latest;
}
