import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  isSelected,
  rangeBetween,
  selectAll,
  selectedCount,
  selectedIds,
  selectOnly,
  selectRange,
  toggle,
} from './selection';

describe('selection', () => {
  it('click selects one row, Ctrl/Cmd+click toggles rows in and out', () => {
    let sel = selectOnly(7);
    expect(isSelected(sel, 7)).toBe(true);
    sel = toggle(sel, 9);
    expect(selectedIds(sel)?.sort()).toEqual([7, 9]);
    sel = toggle(sel, 7);
    expect(selectedIds(sel)).toEqual([9]);
    expect(selectedCount(sel, 100)).toBe(1);
  });

  it('Shift+click replaces the selection with the range; Ctrl+Shift+click adds the range', () => {
    const start = toggle(selectOnly(1), 50);
    expect(selectedIds(selectRange(start, [3, 4, 5], false))?.sort()).toEqual([3, 4, 5]);
    expect(selectedIds(selectRange(start, [3, 4, 5], true))?.sort((a, b) => a - b)).toEqual([1, 3, 4, 5, 50]);
  });

  it('select all counts every row of the query without listing them, and exceptions come off', () => {
    let sel = selectAll();
    expect(selectedCount(sel, 100_000)).toBe(100_000);
    expect(isSelected(sel, 123_456)).toBe(true);
    sel = toggle(sel, 5);
    expect(isSelected(sel, 5)).toBe(false);
    expect(selectedCount(sel, 100_000)).toBe(99_999);
    // Listing needs the ids of the whole query; without them the selection cannot be listed.
    expect(selectedIds(sel)).toBeUndefined();
    expect(selectedIds(sel, [4, 5, 6])).toEqual([4, 6]);
    // Adding a range back to "all but 5" puts 5 back.
    expect(isSelected(selectRange(sel, [5, 6], true), 5)).toBe(true);
  });

  it('ranges run either way and include both ends', () => {
    expect(rangeBetween(10, 3)).toEqual([3, 10]);
    expect(rangeBetween(3, 3)).toEqual([3, 3]);
  });

  it('starts empty', () => {
    expect(selectedCount(emptySelection, 10)).toBe(0);
    expect(isSelected(emptySelection, 1)).toBe(false);
  });
});
