import type { Db } from '../client';
import { now, prepared } from './util';

/** Tag ids for these names, creating the missing ones; names match case-insensitively ("Migration" = "migration"). */
export function ensureTags(db: Db, names: readonly string[], at = now()): number[] {
  const find = prepared(db, 'SELECT id FROM tags WHERE lower(name) = lower(?)');
  const insert = prepared(db, 'INSERT INTO tags (name, created_at) VALUES (?, ?) RETURNING id');
  const ids = new Set<number>();
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    const found = find.get(trimmed) as { id: number } | undefined;
    ids.add(found?.id ?? (insert.get(trimmed, at) as { id: number }).id);
  }
  return [...ids];
}
