import { createColumnHelper, useTable, type Updater } from '@tanstack/react-table';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/error-messages';
import { showToast, toastError } from '../toast/toast-store';
import { ColumnChooser } from './column-chooser';
import {
  defaultColumnState,
  loadColumnState,
  moveColumn,
  saveColumnState,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  type ColumnState,
  type SortState,
} from './column-state';
import { GridBody, HEADER_HEIGHT, ROW_HEIGHT, type GridBodyHandle, type RowColumn } from './grid-body';
import { gridKeyAction } from './grid-keys';
import type { Page } from './paged-rows';
import {
  emptySelection,
  rangeBetween,
  selectAll,
  selectedCount,
  selectedIds,
  selectOnly,
  selectRange,
  toggle,
  type Selection,
} from './selection';
import { features, type Features } from './table-features';
import { usePagedRows } from './use-paged-rows';
import './data-table.css';

/** Actions on a selection resolve every id first; past this, they wait for the bulk channels. */
const MAX_ROWS_PER_ACTION = 1000;
const DEFAULT_WIDTH = 160;

export interface DataTableColumn<TRow> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: TRow) => ReactNode;
  readonly size?: number;
  readonly minSize?: number;
  /** The server can sort by this column (its id is then also the sort key the page maps to the API). */
  readonly sortable?: boolean;
  readonly align?: 'start' | 'end';
  readonly hiddenByDefault?: boolean;
}

export interface DataTableHandle {
  focus(): void;
}

export interface DataTableProps<TRow extends { readonly id: number }> {
  /** Names the remembered layout (localStorage) and the DOM ids. */
  readonly tableId: string;
  readonly label: string;
  readonly columns: readonly DataTableColumn<TRow>[];
  readonly defaultSort: SortState;
  /** Everything the rows depend on besides the sort, as a stable string: a change reloads from the top. */
  readonly queryKey: string;
  readonly fetchPage: (request: { offset: number; limit: number; sort: SortState | null }) => Promise<Page<TRow>>;
  /** Cache tags whose writes refresh the rows. */
  readonly tags: readonly string[];
  /** The record shown in the page's panel, marked in the list. */
  readonly openId?: number | null;
  /** The cursor landed on a row: arrows (keyboard) or a plain click (pointer). */
  readonly onCursorChange?: (row: TRow, via: 'keyboard' | 'pointer') => void;
  /** Enter or double-click. */
  readonly onOpen?: (row: TRow) => void;
  /** Delete on the selection; the page confirms and archives. */
  readonly onArchive?: (rows: readonly TRow[]) => void;
  /** The selection as it changes (with the row count it is out of), for bulk actions that live outside the table. */
  readonly onSelectionChange?: (selection: Selection, total: number) => void;
  readonly isMuted?: (row: TRow) => boolean;
  readonly countLabel: (count: number) => string;
  /** The page orders the rows itself for now (search results best match first): no header shows a sort. */
  readonly sortOverridden?: boolean;
  readonly emptyState: ReactNode;
  readonly ref?: Ref<DataTableHandle>;
}

const apply = <T,>(updater: Updater<T>, old: T): T =>
  typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;

const cssVar = (columnId: string) => `--col-${columnId}`;

/**
 * Memoised: a page re-renders on every key typed in its search box, and the table (header, footer, rows) has nothing
 * to change until the query it is given does. Pages keep their props stable for this (callbacks, tags, empty state).
 */
export const DataTable = memo(DataTableView) as typeof DataTableView;

function DataTableView<TRow extends { readonly id: number }>(props: DataTableProps<TRow>) {
  const { t } = useTranslation();
  const domId = `${props.tableId}-${useId().replace(/:/g, '')}`;
  const scrollRef = useRef<HTMLDivElement>(null);

  const columnInfo = useMemo(
    () => props.columns.map((c) => ({ id: c.id, sortable: c.sortable ?? false, hiddenByDefault: c.hiddenByDefault })),
    [props.columns],
  );
  const [columnState, setColumnState] = useState<ColumnState>(() =>
    loadColumnState(localStorage, props.tableId, columnInfo, props.defaultSort),
  );
  useEffect(() => saveColumnState(localStorage, props.tableId, columnState), [props.tableId, columnState]);

  const helper = useMemo(() => createColumnHelper<Features, TRow>(), []);
  const columnDefs = useMemo(
    () =>
      props.columns.map((c) =>
        helper.display({
          id: c.id,
          header: c.header,
          size: c.size ?? DEFAULT_WIDTH,
          minSize: c.minSize ?? MIN_COLUMN_WIDTH,
          maxSize: MAX_COLUMN_WIDTH,
        }),
      ),
    [helper, props.columns],
  );

  const sort = columnState.sort;
  const sortKey = sort ? `${sort.columnId}:${sort.desc ? 'desc' : 'asc'}` : '';
  const fetchPage = props.fetchPage;
  const { current: loader, shown: rows } = usePagedRows<TRow>(
    `${props.queryKey}|${sortKey}`,
    (offset, limit) => fetchPage({ offset, limit, sort }),
    props.tags,
  );
  const total = rows.total;
  const count = total ?? 0;

  // Selection and cursor belong to one query: a new filter or sort starts afresh.
  const resetKey = `${props.queryKey}|${sortKey}`;
  const [selectionKey, setSelectionKey] = useState(resetKey);
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [active, setActive] = useState<number | null>(null);
  const anchor = useRef<number | null>(null);
  // Rows seen selected, so an action on a selection can name them even after their page left memory.
  const selectedRows = useRef(new Map<number, TRow>());
  if (selectionKey !== resetKey) {
    setSelectionKey(resetKey);
    setSelection(emptySelection);
    setActive(null);
    anchor.current = null;
  }
  useEffect(() => {
    // Only when scrolled: scrollTo forces a layout, which every key typed in the search box would pay.
    if (scrollRef.current && scrollRef.current.scrollTop !== 0) scrollRef.current.scrollTo({ top: 0 });
    selectedRows.current.clear();
  }, [resetKey]);

  // The body reports the rows on screen as it scrolls; the pages covering them are fetched.
  const onWindow = useCallback((first: number, last: number) => loader.request(first, last), [loader]);
  const bodyRef = useRef<GridBodyHandle>(null);
  // The rows are drawn straight from their pages (grid-body): the table keeps the columns' order, visibility and
  // widths, and no row model is built for rows that are drawn anyway.
  const noRows = useMemo<TRow[]>(() => [], []);

  const tableState = useMemo(
    () => ({
      columnOrder: [...columnState.order],
      columnVisibility: Object.fromEntries(columnState.hidden.map((id) => [id, false])),
      columnSizing: { ...columnState.sizing },
    }),
    [columnState],
  );

  const table = useTable({
    features,
    columns: columnDefs,
    data: noRows,
    getRowId: (row) => String(row.id),
    columnResizeMode: 'onChange',
    state: tableState,
    onColumnOrderChange: (u) => setColumnState((s) => ({ ...s, order: apply(u, [...s.order]) })),
    onColumnVisibilityChange: (u) =>
      setColumnState((s) => {
        const next = apply(u, Object.fromEntries(s.hidden.map((id) => [id, false])));
        return { ...s, hidden: Object.keys(next).filter((id) => next[id] === false) };
      }),
    onColumnSizingChange: (u) => setColumnState((s) => ({ ...s, sizing: apply(u, { ...s.sizing }) })),
  });

  const visibleColumns = table.getVisibleLeafColumns();
  const columnIds = visibleColumns.map((c) => c.id).join(' ');
  const rowColumns = useMemo(() => {
    const byId = new Map(props.columns.map((c) => [c.id, c]));
    return columnIds.split(' ').flatMap((id): RowColumn<TRow>[] => {
      const column = byId.get(id);
      return column
        ? [{ id, cell: column.cell, end: column.align === 'end', style: { width: `var(${cssVar(id)})` } }]
        : [];
    });
  }, [props.columns, columnIds]);
  // Widths come from the remembered state directly, so they never trail a render behind the table's own atoms.
  const widthVars = useMemo(() => {
    const vars: Record<string, string> = {};
    let total = 0;
    for (const c of props.columns) {
      if (columnState.hidden.includes(c.id)) continue;
      const min = c.minSize ?? MIN_COLUMN_WIDTH;
      const width = Math.min(MAX_COLUMN_WIDTH, Math.max(min, columnState.sizing[c.id] ?? c.size ?? DEFAULT_WIDTH));
      vars[cssVar(c.id)] = `${width}px`;
      total += width;
    }
    vars['--table-width'] = `${total}px`;
    return vars;
  }, [props.columns, columnState]);

  const sortable = useMemo(() => new Set(props.columns.filter((c) => c.sortable).map((c) => c.id)), [props.columns]);
  /** A click on the sorted column turns it around; on another column, sorts by it, A to Z first. */
  const toggleSort = (columnId: string) =>
    setColumnState((s) => ({
      ...s,
      sort: { columnId, desc: !props.sortOverridden && s.sort?.columnId === columnId ? !s.sort.desc : false },
    }));

  const alignOf = useMemo(
    () => new Map(props.columns.map((c) => [c.id, c.align ?? 'start'] as const)),
    [props.columns],
  );
  // The headers' accessible names, translated once per language rather than at every render.
  const headerLabels = useMemo(
    () =>
      new Map(
        props.columns.map((c) => [
          c.id,
          { sortBy: t('table.sortBy', { column: c.header }), resize: t('table.resizeColumn', { column: c.header }) },
        ]),
      ),
    [props.columns, t],
  );
  const chooserColumns = useMemo(
    () => props.columns.map((c) => ({ id: c.id, header: c.header, visible: !columnState.hidden.includes(c.id) })),
    [props.columns, columnState.hidden],
  );
  const onChooserToggle = useCallback(
    (id: string, visible: boolean) =>
      setColumnState((s) => {
        const hidden = visible ? s.hidden.filter((h) => h !== id) : [...s.hidden, id];
        return hidden.length >= s.order.length ? s : { ...s, hidden };
      }),
    [],
  );
  const onChooserMove = useCallback(
    (id: string, by: number) => setColumnState((s) => ({ ...s, order: moveColumn(s.order, id, by) })),
    [],
  );
  const onChooserReset = useCallback(
    () => setColumnState(defaultColumnState(columnInfo, props.defaultSort)),
    [columnInfo, props.defaultSort],
  );

  // ---- cursor and selection ----
  const rowAt = (index: number) => rows.get(index);
  const pendingCursor = useRef<{ index: number; select: boolean } | null>(null);
  const { onCursorChange } = props;

  const landOn = (index: number, select: boolean, via: 'keyboard' | 'pointer') => {
    const row = rowAt(index);
    if (!row) {
      pendingCursor.current = { index, select };
      return;
    }
    pendingCursor.current = null;
    if (select) {
      remember(row);
      setSelection(selectOnly(row.id));
    }
    onCursorChange?.(row, via);
  };

  // A cursor that jumped onto rows not loaded yet (End on 100,000 rows) lands once they arrive.
  useEffect(() => {
    const pending = pendingCursor.current;
    if (!pending) return;
    const row = rows.get(pending.index);
    if (!row) return;
    pendingCursor.current = null;
    if (pending.select) {
      selectedRows.current.set(row.id, row);
      setSelection(selectOnly(row.id));
    }
    onCursorChange?.(row, 'keyboard');
  }, [rows, rows.version, onCursorChange]);

  const remember = (...picked: TRow[]) => {
    for (const r of picked) selectedRows.current.set(r.id, r);
  };

  const tooMany = () =>
    showToast({
      tone: 'info',
      title: t('table.tooManyTitle', { max: MAX_ROWS_PER_ACTION }),
      body: t('table.tooManyBody'),
    });

  const extendTo = (index: number, additive: boolean) => {
    const [a, b] = rangeBetween(anchor.current ?? index, index);
    if (b - a + 1 > MAX_ROWS_PER_ACTION) {
      // The whole list is Ctrl+A's job and costs nothing; other huge ranges would have to fetch every row.
      if (a === 0 && b === count - 1) setSelection(selectAll());
      else tooMany();
      return;
    }
    rows.load(a, b).then((range) => {
      remember(...range);
      setSelection((s) =>
        selectRange(
          s,
          range.map((r) => r.id),
          additive,
        ),
      );
    }, toastError);
  };

  const moveTo = (index: number) => {
    setActive(index);
    bodyRef.current?.scrollToIndex(index);
  };

  /** The rows an action applies to: the selection, or the row under the cursor when nothing is selected. */
  const resolveSelection = async (): Promise<TRow[] | 'too-many'> => {
    const n = selectedCount(selection, count);
    if (n === 0) {
      const row = active === null ? undefined : rowAt(active);
      return row ? [row] : [];
    }
    if (n > MAX_ROWS_PER_ACTION || (selection.mode === 'all' && count > MAX_ROWS_PER_ACTION)) return 'too-many';
    if (selection.mode === 'some') {
      return [...selection.ids].flatMap((id) => {
        const row = selectedRows.current.get(id);
        return row ? [row] : [];
      });
    }
    const all = await rows.load(0, count - 1);
    const wanted = new Set(
      selectedIds(
        selection,
        all.map((r) => r.id),
      ),
    );
    return all.filter((r) => wanted.has(r.id));
  };

  const { onArchive, onOpen } = props;
  const requestArchive = () => {
    if (!onArchive) return;
    resolveSelection().then((picked) => {
      if (picked === 'too-many') tooMany();
      else if (picked.length > 0) onArchive(picked);
    }, toastError);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const viewport = scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10;
    const action = gridKeyAction(
      { key: e.key, shift: e.shiftKey, mod: e.ctrlKey || e.metaKey },
      { active, total: count, pageRows: Math.floor((viewport - HEADER_HEIGHT) / ROW_HEIGHT) },
    );
    if (!action) return;
    e.preventDefault();
    switch (action.type) {
      case 'move':
        moveTo(action.to);
        if (action.extend) extendTo(action.to, false);
        else {
          anchor.current = action.keepSelection ? anchor.current : action.to;
          landOn(action.to, !action.keepSelection, 'keyboard');
        }
        break;
      case 'toggle': {
        const row = active === null ? undefined : rowAt(active);
        if (row) {
          remember(row);
          setSelection((s) => toggle(s, row.id));
        }
        anchor.current = active;
        break;
      }
      case 'open': {
        const row = active === null ? undefined : rowAt(active);
        if (row) onOpen?.(row);
        break;
      }
      case 'archive':
        requestArchive();
        break;
      case 'selectAll':
        setSelection(selectAll());
        break;
      case 'clear':
        setSelection(emptySelection);
        break;
    }
  };

  const onRowMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!target) return;
    const index = Number(target.dataset.index);
    const row = rowAt(index);
    if (!row) return;
    // Keep focus on the grid (not on the row) and stop Shift+click from selecting text.
    e.preventDefault();
    scrollRef.current?.focus({ preventScroll: true });
    setActive(index);
    if (e.shiftKey) extendTo(index, e.ctrlKey || e.metaKey);
    else if (e.ctrlKey || e.metaKey) {
      remember(row);
      setSelection((s) => toggle(s, row.id));
      anchor.current = index;
    } else {
      anchor.current = index;
      landOn(index, true, 'pointer');
    }
  };

  const onRowDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const row = target ? rowAt(Number(target.dataset.index)) : undefined;
    if (row) onOpen?.(row);
  };

  useImperativeHandle(props.ref, () => ({ focus: () => scrollRef.current?.focus() }), []);

  // ---- column drag and drop ----
  const [dropTarget, setDropTarget] = useState<{ id: string; side: 'before' | 'after' } | null>(null);
  const dragged = useRef<string | null>(null);
  const grabbedResizer = useRef(false);
  const onHeaderDragOver = (e: DragEvent<HTMLDivElement>, id: string) => {
    if (!dragged.current || dragged.current === id) return;
    e.preventDefault();
    const rect = e.currentTarget.getBoundingClientRect();
    const side = e.clientX < rect.left + rect.width / 2 ? 'before' : 'after';
    if (dropTarget?.id !== id || dropTarget.side !== side) setDropTarget({ id, side });
  };
  const onHeaderDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    const id = dragged.current;
    if (id && dropTarget) setColumnState((s) => ({ ...s, order: moveColumn(s.order, id, dropTarget) }));
    dragged.current = null;
    setDropTarget(null);
  };

  const { onSelectionChange } = props;
  useEffect(() => onSelectionChange?.(selection, count), [onSelectionChange, selection, count]);

  const selected = selectedCount(selection, count);
  const { countLabel } = props;
  const countText = useMemo(() => (total === undefined ? '' : countLabel(count)), [total, count, countLabel]);
  const activeRowId = active !== null && active < count ? `${domId}-r${active}` : undefined;
  const error = rows.error;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  return (
    <div className="data-table">
      <div
        ref={scrollRef}
        className="data-table__scroll"
        role="grid"
        aria-label={props.label}
        aria-rowcount={count + 1}
        aria-colcount={visibleColumns.length}
        aria-multiselectable="true"
        aria-activedescendant={activeRowId}
        // Busy also while the previous query's rows stand in for the current one's (typing in the search box).
        aria-busy={(total === undefined && !error) || rows !== loader}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={widthVars}
      >
        <div role="rowgroup" className="data-table__head">
          <div role="row" aria-rowindex={1} className="data-table__header-row">
            {headers.map((header, i) => {
              const column = header.column;
              const sorted =
                !props.sortOverridden && sort?.columnId === column.id ? (sort.desc ? 'desc' : 'asc') : false;
              const canSort = sortable.has(column.id);
              const label = String(column.columnDef.header ?? column.id);
              const drop = dropTarget?.id === column.id ? ` is-drop-${dropTarget.side}` : '';
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  aria-colindex={i + 1}
                  aria-sort={
                    canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined
                  }
                  className={`data-table__th${alignOf.get(column.id) === 'end' ? ' is-end' : ''}${drop}`}
                  style={{ width: `var(${cssVar(column.id)})` }}
                  draggable
                  onPointerDown={(e) => {
                    grabbedResizer.current = (e.target as HTMLElement).classList.contains('data-table__resizer');
                  }}
                  onDragStart={(e) => {
                    // A drag that starts on the resize handle resizes; it must not also move the column.
                    if (grabbedResizer.current) {
                      e.preventDefault();
                      return;
                    }
                    dragged.current = column.id;
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', label);
                  }}
                  onDragOver={(e) => onHeaderDragOver(e, column.id)}
                  onDragLeave={() => setDropTarget(null)}
                  onDrop={onHeaderDrop}
                  onDragEnd={() => {
                    dragged.current = null;
                    setDropTarget(null);
                  }}
                >
                  {canSort ? (
                    <button
                      type="button"
                      className="data-table__sort"
                      onClick={() => toggleSort(column.id)}
                      title={headerLabels.get(column.id)?.sortBy}
                    >
                      <span className="data-table__th-label">{label}</span>
                      <span className={`data-table__sort-icon${sorted ? ' is-sorted' : ''}`} aria-hidden="true">
                        {sorted === 'desc' ? '▼' : '▲'}
                      </span>
                    </button>
                  ) : (
                    <span className="data-table__th-label">{label}</span>
                  )}
                  {column.getCanResize() && (
                    <div
                      role="separator"
                      aria-orientation="vertical"
                      aria-label={headerLabels.get(column.id)?.resize}
                      className={`data-table__resizer${column.getIsResizing() ? ' is-resizing' : ''}`}
                      onMouseDown={header.getResizeHandler()}
                      onTouchStart={header.getResizeHandler()}
                      onDoubleClick={() => column.resetSize()}
                      onClick={(e) => e.stopPropagation()}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <GridBody<TRow>
          ref={bodyRef}
          scrollRef={scrollRef}
          count={count}
          rows={rows}
          selection={selection}
          active={active}
          openId={props.openId}
          isMuted={props.isMuted}
          domId={domId}
          columns={rowColumns}
          loadingLabel={t('common.loading')}
          onWindow={onWindow}
          onMouseDown={onRowMouseDown}
          onDoubleClick={onRowDoubleClick}
        />
      </div>
      {total === 0 && !error && <div className="data-table__overlay">{props.emptyState}</div>}
      {total === undefined && !error && (
        <div className="data-table__overlay data-table__overlay--quiet" aria-hidden="true">
          {t('common.loading')}
        </div>
      )}
      {error !== undefined && (
        <div className="data-table__overlay" role="alert">
          <p className="empty-state__title">{t('table.loadFailed')}</p>
          <p>{t(describeError(error).actionKey)}</p>
          <button type="button" className="button" onClick={() => loader.invalidate()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <div className="data-table__footer">
        <p role="status" className="data-table__count">
          {countText}
          {selected > 0 && <span className="data-table__selected">{t('table.selected', { count: selected })}</span>}
        </p>
        <ColumnChooser
          tableId={domId}
          columns={chooserColumns}
          order={columnState.order}
          onToggle={onChooserToggle}
          onMove={onChooserMove}
          onReset={onChooserReset}
        />
      </div>
    </div>
  );
}
