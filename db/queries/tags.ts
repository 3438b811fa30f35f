import type { Db } from '../client';
import { now } from './util';

/** Tag ids for these names, creating the missing ones; names match case-insensitively ("Migration" = "migration"). */
export function ensureTags(db: Db, names: readonly string[]): number[] {
  const find = db.$client.prepare('SELECT id FROM tags WHERE lower(name) = lower(?)');
  const insert = db.$client.prepare('INSERT INTO tags (name, created_at) VALUES (?, ?) RETURNING id');
  const ids = new Set<number>();
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    const found = find.get(trimmed) as { id: number } | undefined;
    ids.add(found?.id ?? (insert.get(trimmed, now()) as { id: number }).id);
  }
  return [...ids];
}
