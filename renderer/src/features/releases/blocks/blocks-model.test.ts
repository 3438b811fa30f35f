import { describe, expect, it } from 'vitest';
import {
  dropRow,
  mergeSaved,
  moveRow,
  setBlocksInput,
  toggleChannel,
  withContact,
  type BlockContact,
  type DraftBlock,
  type ServerBlock,
} from './blocks-model';

const contact = (id: number, phones: number[] = [], emails: number[] = []): BlockContact => ({
  id,
  displayName: `Person ${id}`,
  title: {},
  officeName: {},
  organisationName: {},
  languages: [],
  doNotContact: false,
  archived: false,
  phones: phones.map((p) => ({ id: p, display: `+32 ${p}`, kind: null, shown: true })),
  emails: emails.map((e) => ({ id: e, address: `${e}@example.org`, kind: null, shown: true })),
});

const row = (c: BlockContact, id?: number) => ({
  id,
  contact: c,
  phoneIds: c.phones.map((p) => p.id),
  emailIds: c.emails.map((e) => e.id),
});
const names = (blocks: readonly DraftBlock[]) => blocks.map((b) => b.rows.map((r) => r.contact.id));

const two: DraftBlock[] = [
  { key: 'a', id: 1, subheading: 'In Geneva:', rows: [row(contact(10), 100), row(contact(11), 101)] },
  { key: 'b', id: 2, subheading: '', rows: [row(contact(12), 102)] },
];

describe('the block builder’s model', () => {
  it('moves a row within its block, then across into the next block, and stops at the ends', () => {
    const down = moveRow(two, 0, 0, 1)!;
    expect(names(down.blocks)).toEqual([[11, 10], [12]]);
    expect(down.to).toEqual({ block: 0, row: 1 });
    const across = moveRow(down.blocks, 0, 1, 1)!;
    expect(names(across.blocks)).toEqual([[11], [10, 12]]);
    expect(across.to).toEqual({ block: 1, row: 0 });
    expect(moveRow(two, 0, 0, -1)).toBeNull();
    expect(moveRow(two, 1, 0, 1)).toBeNull();
  });

  it('does not move a person into a block that already has them', () => {
    const same: DraftBlock[] = [two[0]!, { ...two[1]!, rows: [row(contact(11), 103)] }];
    expect(moveRow(same, 0, 1, 1)).toBeNull();
    expect(dropRow(same, { block: 0, row: 1 }, { block: 1, row: 0 })).toBeNull();
  });

  it('drops a dragged row before the target, counting the gap it leaves', () => {
    expect(names(dropRow(two, { block: 0, row: 0 }, { block: 0, row: 2 })!)).toEqual([[11, 10], [12]]);
    expect(names(dropRow(two, { block: 1, row: 0 }, { block: 0, row: 0 })!)).toEqual([[12, 10, 11], []]);
  });

  it('sends null for a row showing everything, the ids otherwise, keeping row and block ids', () => {
    const c = contact(20, [1, 2], [3]);
    const hidden = toggleChannel(row(c, 200), 'phone', 2, false);
    expect(hidden.phoneIds).toEqual([1]);
    expect(toggleChannel(hidden, 'phone', 2, true).phoneIds).toEqual([1, 2]);
    const input = setBlocksInput(7, [
      { key: 'x', id: 5, subheading: '  In Brussels:  ', rows: [hidden, row(contact(21, [4]))] },
      { key: 'y', subheading: ' ', rows: [] },
    ]);
    expect(input).toEqual({
      id: 7,
      blocks: [
        {
          id: 5,
          subheading: 'In Brussels:',
          rows: [
            { id: 200, contactId: 20, phoneIds: [1], emailIds: null },
            { contactId: 21, phoneIds: null, emailIds: null },
          ],
        },
        { subheading: null, rows: [] },
      ],
    });
    expect(withContact(setBlocksInput(7, []), 0, 30).blocks).toEqual([
      { subheading: null, rows: [{ contactId: 30, phoneIds: null, emailIds: null }] },
    ]);
  });

  it('takes new ids and an added contact from a save into a draft that changed meanwhile, without undoing the change', () => {
    const saved: ServerBlock[] = [
      {
        id: 9,
        position: 0,
        subheading: null,
        rows: [
          { id: 90, contactId: 10, position: 0, phoneIds: null, emailIds: null, contact: contact(10) },
          { id: 91, contactId: 11, position: 1, phoneIds: null, emailIds: null, contact: contact(11) },
          { id: 92, contactId: 12, position: 2, phoneIds: null, emailIds: null, contact: contact(12) },
        ],
      },
    ];
    // Meanwhile: person 11 was moved first and person 10 removed; person 12 is the one the save added.
    const draft: DraftBlock[] = [{ key: 'n', subheading: '', rows: [row(contact(11))] }];
    const merged = mergeSaved(draft, saved, { blockIndex: 0, contactId: 12 });
    expect(merged.map((b) => [b.id, b.rows.map((r) => [r.contact.id, r.id])])).toEqual([
      [
        9,
        [
          [11, 91],
          [12, 92],
        ],
      ],
    ]);
  });
});
