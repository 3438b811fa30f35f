export interface GridKey {
  readonly key: string;
  readonly shift: boolean;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  readonly mod: boolean;
}

export type GridAction =
  | { readonly type: 'move'; readonly to: number; readonly extend: boolean; readonly keepSelection: boolean }
  | { readonly type: 'toggle' }
  | { readonly type: 'open' }
  | { readonly type: 'archive' }
  | { readonly type: 'selectAll' }
  | { readonly type: 'clear' };

/**
 * What a key does in the grid, as in a file manager: arrows move and select, Shift extends from the anchor,
 * Ctrl/Cmd moves the cursor alone, Space toggles, Enter opens, Delete archives (after asking), Ctrl/Cmd+A selects
 * all, Escape clears. Returns undefined for keys the grid leaves alone.
 */
export function gridKeyAction(
  k: GridKey,
  state: { readonly active: number | null; readonly total: number; readonly pageRows: number },
): GridAction | undefined {
  const { total } = state;
  if (total === 0) return undefined;
  const last = total - 1;
  const active = state.active ?? -1;
  const page = Math.max(1, state.pageRows - 1);
  const move = (to: number): GridAction => ({
    type: 'move',
    to: Math.min(last, Math.max(0, to)),
    extend: k.shift,
    keepSelection: k.mod && !k.shift,
  });
  switch (k.key) {
    case 'ArrowDown':
      return move(state.active === null ? 0 : active + 1);
    case 'ArrowUp':
      return move(state.active === null ? 0 : active - 1);
    case 'PageDown':
      return move(state.active === null ? 0 : active + page);
    case 'PageUp':
      return move(state.active === null ? 0 : active - page);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case ' ':
      return state.active === null ? undefined : { type: 'toggle' };
    case 'Enter':
      return state.active === null ? undefined : { type: 'open' };
    case 'Delete':
      return { type: 'archive' };
    case 'Backspace':
      // Cmd+Backspace is macOS's "move to trash".
      return k.mod ? { type: 'archive' } : undefined;
    case 'a':
    case 'A':
      return k.mod ? { type: 'selectAll' } : undefined;
    case 'Escape':
      return { type: 'clear' };
    default:
      return undefined;
  }
}
