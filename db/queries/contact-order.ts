import type { Db } from '../client';

/**
 * Every contact's place in the table's name order (family, then given name, case-insensitive, then id), with who is
 * archived: about 1 MB at 100,000 contacts. With it, a search's page is picked by walking positions instead of
 * having SQLite probe and sort every match: "c" matches 94,000 contacts, and probing them to sort by name took
 * 100–150 ms a keystroke where walking takes under one.
 */
export interface ContactOrder {
  /** Contact ids in name order. */
  readonly byPos: Int32Array;
  /** `pos[id]`: the contact's index in `byPos`, or -1 (ids past the end are not contacts either). */
  readonly pos: Int32Array;
  /** `archived[id]` is 1 for an archived contact. */
  readonly archived: Uint8Array;
  /** Contacts not archived. */
  readonly live: number;
  /**
   * The last searches ranked on this order, least recent first: a broad search's next pages, and the same text
   * typed again, are then a walk. Whoever keeps the order clears them when what the search reads may have changed.
   */
  readonly searches: Map<string, RankedMatches>;
  /** Searches ranked ahead of time (the first letters, see contact-order-cache.ts): kept until cleared, not evicted. */
  readonly kept: Map<string, RankedMatches>;
}

/** Two queries answered from indexes (the NOCASE name index and the archived_at index), read as one JSON array each. */
export function readContactOrder(db: Db): ContactOrder {
  const sql = db.$client;
  const ids = JSON.parse(
    sql
      .prepare(
        `SELECT json_group_array(id) FROM
           (SELECT id FROM contacts ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id)`,
      )
      .pluck()
      .get() as string,
  ) as number[];
  const archivedIds = JSON.parse(
    sql.prepare('SELECT json_group_array(id) FROM contacts WHERE archived_at IS NOT NULL').pluck().get() as string,
  ) as number[];
  const maxId = ids.reduce((m, id) => (id > m ? id : m), 0);
  const byPos = Int32Array.from(ids);
  const pos = new Int32Array(maxId + 1).fill(-1);
  byPos.forEach((id, i) => (pos[id] = i));
  const archived = new Uint8Array(maxId + 1);
  for (const id of archivedIds) archived[id] = 1;
  return { byPos, pos, archived, live: ids.length - archivedIds.length, searches: new Map(), kept: new Map() };
}

/**
 * Calls `changed()` when this connection inserts or deletes a contact, renames one or (un)archives one, through
 * TEMP triggers (they live with the connection, not in the file). Other connections' commits show in
 * `PRAGMA data_version` instead.
 */
export function watchContactOrder(db: Db, changed: () => void): void {
  const fn = 'pressdesk_contact_order_changed';
  db.$client.function(fn, { deterministic: false, directOnly: false }, () => (changed(), null));
  const trigger = (name: string, event: string) =>
    db.$client.exec(
      `CREATE TEMP TRIGGER IF NOT EXISTS contacts_order_${name} AFTER ${event} ON main.contacts BEGIN SELECT ${fn}(); END`,
    );
  trigger('insert', 'INSERT');
  trigger('delete', 'DELETE');
  trigger('update', 'UPDATE OF family_name, given_name, archived_at');
}

/**
 * A search's matches placed on the name order: `tierAt[position]` is the match's tier (0 first), 255 for no match.
 * One byte per contact, so a broad search's later pages (and the same text typed again) are a walk, not a search.
 */
export interface RankedMatches {
  readonly tierAt: Uint8Array;
  readonly tiers: number;
  readonly total: number;
}

/**
 * Ranks matches by tier (`tierById[id]`, or 0 for all when null). Ids that are not contacts (or archived ones,
 * unless asked for) are left out. Linear in the number of matches.
 */
export function rankMatches(
  order: ContactOrder,
  matches: readonly number[],
  tierById: Uint8Array | null,
  tiers: number,
  includeArchived: boolean,
): RankedMatches {
  const { byPos, pos, archived } = order;
  const tierAt = new Uint8Array(byPos.length).fill(NO_MATCH);
  let total = 0;
  for (let i = 0; i < matches.length; i++) {
    const id = matches[i]!;
    const p = id < pos.length ? pos[id]! : -1;
    if (p < 0 || (!includeArchived && archived[id] === 1) || tierAt[p] !== NO_MATCH) continue;
    tierAt[p] = tierById ? tierById[id]! : 0;
    total++;
  }
  return { tierAt, tiers, total };
}

const NO_MATCH = 255;

/**
 * Every search starts with one letter or two, the broadest and slowest to rank (94,000 matches for "c"), and there
 * are few of them: 32 searches cover the last few typed. At 100,000 contacts they hold 3.2 MB.
 */
const MAX_SEARCHES = 32;

/**
 * The search ranked under `key`: one ranked ahead of time, or one of the last few (then kept as the most recent), or
 * ranked now by `rank`.
 */
export function rankedSearch(order: ContactOrder, key: string, rank: () => RankedMatches): RankedMatches {
  const kept = order.kept.get(key);
  if (kept) return kept;
  const known = order.searches.get(key);
  const ranked = known ?? rank();
  order.searches.delete(key);
  order.searches.set(key, ranked);
  if (order.searches.size > MAX_SEARCHES) order.searches.delete(order.searches.keys().next().value!);
  return ranked;
}

/** One page of ranked matches: tier by tier, each in name order. Linear in the number of contacts, once per tier. */
export function pageOfRanked(
  order: ContactOrder,
  ranked: RankedMatches,
  page: { readonly offset: number; readonly limit: number; readonly desc: boolean },
): { ids: number[]; total: number } {
  const { byPos } = order;
  const { tierAt } = ranked;
  const ids: number[] = [];
  let skip = page.offset;
  const n = byPos.length;
  for (let tier = 0; tier < ranked.tiers && ids.length < page.limit; tier++) {
    for (let i = 0; i < n && ids.length < page.limit; i++) {
      const p = page.desc ? n - 1 - i : i;
      if (tierAt[p] !== tier) continue;
      if (skip > 0) skip--;
      else ids.push(byPos[p]!);
    }
  }
  return { ids, total: ranked.total };
}

/** A page of every contact (archived ones only when asked for) in name order, without reading a single row. */
export function pageInNameOrder(
  order: ContactOrder,
  page: { readonly offset: number; readonly limit: number; readonly includeArchived: boolean; readonly desc: boolean },
): { ids: number[]; total: number } {
  const { byPos, archived } = order;
  const n = byPos.length;
  const ids: number[] = [];
  let skip = page.offset;
  for (let i = 0; i < n && ids.length < page.limit; i++) {
    const id = byPos[page.desc ? n - 1 - i : i]!;
    if (!page.includeArchived && archived[id] === 1) continue;
    if (skip > 0) skip--;
    else ids.push(id);
  }
  return { ids, total: page.includeArchived ? n : order.live };
}
