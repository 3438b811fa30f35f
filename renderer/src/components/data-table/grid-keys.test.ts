import { describe, expect, it } from 'vitest';
import { gridKeyAction, type GridKey } from './grid-keys';

const key = (k: string, mods: Partial<Omit<GridKey, 'key'>> = {}): GridKey => ({
  key: k,
  shift: false,
  mod: false,
  ...mods,
});
const at = (active: number | null, total = 1000, pageRows = 20) => ({ active, total, pageRows });

describe('gridKeyAction', () => {
  it('arrows move one row and select it, clamped to the list', () => {
    expect(gridKeyAction(key('ArrowDown'), at(4))).toEqual({
      type: 'move',
      to: 5,
      extend: false,
      keepSelection: false,
    });
    expect(gridKeyAction(key('ArrowUp'), at(0))).toMatchObject({ to: 0 });
    expect(gridKeyAction(key('ArrowDown'), at(999))).toMatchObject({ to: 999 });
  });

  it('the first arrow press lands on the first row', () => {
    expect(gridKeyAction(key('ArrowDown'), at(null))).toMatchObject({ to: 0 });
    expect(gridKeyAction(key('ArrowUp'), at(null))).toMatchObject({ to: 0 });
  });

  it('Home, End, PageUp and PageDown jump, a page being the visible rows less one for context', () => {
    expect(gridKeyAction(key('End'), at(3))).toMatchObject({ to: 999 });
    expect(gridKeyAction(key('Home'), at(500))).toMatchObject({ to: 0 });
    expect(gridKeyAction(key('PageDown'), at(10))).toMatchObject({ to: 29 });
    expect(gridKeyAction(key('PageUp'), at(10))).toMatchObject({ to: 0 });
  });

  it('Shift extends from the anchor; Ctrl/Cmd moves the cursor without touching the selection', () => {
    expect(gridKeyAction(key('ArrowDown', { shift: true }), at(4))).toMatchObject({
      extend: true,
      keepSelection: false,
    });
    expect(gridKeyAction(key('ArrowDown', { mod: true }), at(4))).toMatchObject({ extend: false, keepSelection: true });
    expect(gridKeyAction(key('End', { shift: true }), at(4))).toMatchObject({ to: 999, extend: true });
  });

  it('Enter opens, Space toggles, Delete archives, Ctrl/Cmd+A selects all, Escape clears', () => {
    expect(gridKeyAction(key('Enter'), at(2))).toEqual({ type: 'open' });
    expect(gridKeyAction(key(' '), at(2))).toEqual({ type: 'toggle' });
    expect(gridKeyAction(key('Delete'), at(2))).toEqual({ type: 'archive' });
    expect(gridKeyAction(key('Backspace', { mod: true }), at(2))).toEqual({ type: 'archive' });
    expect(gridKeyAction(key('a', { mod: true }), at(2))).toEqual({ type: 'selectAll' });
    expect(gridKeyAction(key('Escape'), at(2))).toEqual({ type: 'clear' });
  });

  it('leaves other keys, plain Backspace and plain A to the browser', () => {
    expect(gridKeyAction(key('Backspace'), at(2))).toBeUndefined();
    expect(gridKeyAction(key('a'), at(2))).toBeUndefined();
    expect(gridKeyAction(key('Tab'), at(2))).toBeUndefined();
  });

  it('needs a row under the cursor to open or toggle, and rows to do anything', () => {
    expect(gridKeyAction(key('Enter'), at(null))).toBeUndefined();
    expect(gridKeyAction(key(' '), at(null))).toBeUndefined();
    expect(gridKeyAction(key('ArrowDown'), at(null, 0))).toBeUndefined();
  });
});
