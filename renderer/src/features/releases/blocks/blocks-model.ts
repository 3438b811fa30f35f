import type { ChannelInput, ReleaseBlocks } from '../../../../../electron/ipc/contract';

export type ServerBlock = ReleaseBlocks['blocks'][number];
export type ServerRow = ServerBlock['rows'][number];
export type BlockContact = ServerRow['contact'];

/** A row as the builder edits it: the contact as last loaded, and the phones and emails shown, in order. */
export interface DraftRow {
  /** The saved row's id, so a reorder moves rows instead of replacing them. */
  readonly id?: number;
  readonly contact: BlockContact;
  readonly phoneIds: readonly number[];
  readonly emailIds: readonly number[];
}

export interface DraftBlock {
  /** A stable key for React while a new block has no id yet. */
  readonly key: string;
  readonly id?: number;
  readonly subheading: string;
  readonly rows: readonly DraftRow[];
}

export const draftFromServer = (blocks: readonly ServerBlock[]): DraftBlock[] =>
  blocks.map((b) => ({
    key: `b${b.id}`,
    id: b.id,
    subheading: b.subheading ?? '',
    rows: b.rows.map((r) => ({
      id: r.id,
      contact: r.contact,
      phoneIds: r.contact.phones.filter((p) => p.shown).map((p) => p.id),
      emailIds: r.contact.emails.filter((e) => e.shown).map((e) => e.id),
    })),
  }));

/** Every number and address still shown, in the contact's own order: null says "all of them" to the server. */
const choice = (all: readonly { id: number }[], shown: readonly number[]) =>
  all.length === shown.length && all.every((x, i) => x.id === shown[i]) ? null : [...shown];

/**
 * What `releases:set-blocks` takes: the whole set, in order. A row showing everything is sent as null, so a number
 * added to the contact later shows too; an empty block is kept while it has a sub-heading being typed.
 */
export function setBlocksInput(releaseId: number, blocks: readonly DraftBlock[]): ChannelInput<'releases:set-blocks'> {
  return {
    id: releaseId,
    blocks: blocks.map((b) => ({
      ...(b.id === undefined ? {} : { id: b.id }),
      subheading: b.subheading.trim() === '' ? null : b.subheading.trim(),
      rows: b.rows.map((r) => ({
        ...(r.id === undefined ? {} : { id: r.id }),
        contactId: r.contact.id,
        phoneIds: choice(r.contact.phones, r.phoneIds),
        emailIds: choice(r.contact.emails, r.emailIds),
      })),
    })),
  };
}

/** Moves a row by `by` places within its block, or into the neighbouring block past either end. */
export function moveRow(
  blocks: readonly DraftBlock[],
  blockIndex: number,
  rowIndex: number,
  by: -1 | 1,
): { blocks: DraftBlock[]; to: { block: number; row: number } } | null {
  const block = blocks[blockIndex];
  const row = block?.rows[rowIndex];
  if (!block || !row) return null;
  const target = rowIndex + by;
  if (target >= 0 && target < block.rows.length) {
    const rows = [...block.rows];
    rows.splice(rowIndex, 1);
    rows.splice(target, 0, row);
    return {
      blocks: blocks.map((b, i) => (i === blockIndex ? { ...b, rows } : b)),
      to: { block: blockIndex, row: target },
    };
  }
  const nextIndex = blockIndex + by;
  const next = blocks[nextIndex];
  if (!next || next.rows.some((r) => r.contact.id === row.contact.id)) return null;
  const nextRows = by < 0 ? [...next.rows, row] : [row, ...next.rows];
  return {
    blocks: blocks.map((b, i) =>
      i === blockIndex
        ? { ...b, rows: b.rows.filter((_, r) => r !== rowIndex) }
        : i === nextIndex
          ? { ...b, rows: nextRows }
          : b,
    ),
    to: { block: nextIndex, row: by < 0 ? nextRows.length - 1 : 0 },
  };
}

/** Drops a dragged row before `toRow` of `toBlock` (or at its end). */
export function dropRow(
  blocks: readonly DraftBlock[],
  from: { block: number; row: number },
  to: { block: number; row: number },
): DraftBlock[] | null {
  const row = blocks[from.block]?.rows[from.row];
  const target = blocks[to.block];
  if (!row || !target) return null;
  if (from.block !== to.block && target.rows.some((r) => r.contact.id === row.contact.id)) return null;
  const without = blocks.map((b, i) =>
    i === from.block ? { ...b, rows: b.rows.filter((_, r) => r !== from.row) } : b,
  );
  const at = from.block === to.block && from.row < to.row ? to.row - 1 : to.row;
  return without.map((b, i) => {
    if (i !== to.block) return b;
    const rows = [...b.rows];
    rows.splice(Math.min(at, rows.length), 0, row);
    return { ...b, rows };
  });
}

/** Shows or hides one phone or email, keeping the shown ones in the contact's order. */
export function toggleChannel(row: DraftRow, kind: 'phone' | 'email', id: number, shown: boolean): DraftRow {
  const all = kind === 'phone' ? row.contact.phones : row.contact.emails;
  const current = new Set(kind === 'phone' ? row.phoneIds : row.emailIds);
  if (shown) current.add(id);
  else current.delete(id);
  const ids = all.filter((x) => current.has(x.id)).map((x) => x.id);
  return kind === 'phone' ? { ...row, phoneIds: ids } : { ...row, emailIds: ids };
}

/** Adds a contact at the end of a block (made if there is none), as the server will: showing all it has. */
export function withContact(
  input: ChannelInput<'releases:set-blocks'>,
  blockIndex: number,
  contactId: number,
): ChannelInput<'releases:set-blocks'> {
  const blocks = input.blocks.length ? [...input.blocks] : [{ subheading: null, rows: [] }];
  const index = Math.min(blockIndex, blocks.length - 1);
  const block = blocks[index]!;
  blocks[index] = { ...block, rows: [...block.rows, { contactId, phoneIds: null, emailIds: null }] };
  return { ...input, blocks };
}

/**
 * Takes the ids the server gave to new blocks and rows, and the row it added for `added`, into a draft that changed
 * again while the save was on its way, so the next save updates those rows rather than making them anew or
 * dropping the contact just added.
 */
export function mergeSaved(
  draft: readonly DraftBlock[],
  saved: readonly ServerBlock[],
  added?: { readonly blockIndex: number; readonly contactId: number },
): DraftBlock[] {
  const fresh = draftFromServer(saved);
  const base = draft.length === 0 && added ? fresh.map((b) => ({ ...b, rows: [] })) : draft;
  return base.map((block, i) => {
    const match = block.id === undefined ? fresh[i] : fresh.find((f) => f.id === block.id);
    if (!match) return block;
    const rows = block.rows.map((row) =>
      row.id === undefined ? { ...row, id: match.rows.find((r) => r.contact.id === row.contact.id)?.id } : row,
    );
    const newRow = added && i === added.blockIndex && match.rows.find((r) => r.contact.id === added.contactId);
    const missing = newRow && !rows.some((r) => r.contact.id === added.contactId);
    return { ...block, id: match.id, rows: missing ? [...rows, newRow] : rows };
  });
}
