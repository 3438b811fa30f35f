import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  type CSSProperties,
  type MouseEventHandler,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { PagedRows } from './paged-rows';
import { isSelected, type Selection } from './selection';

export const ROW_HEIGHT = 28;
export const HEADER_HEIGHT = 30;

export interface GridBodyHandle {
  scrollToIndex(index: number): void;
}

/** A visible column as the rows draw it. */
export interface RowColumn<TRow> {
  readonly id: string;
  readonly cell: (row: TRow) => ReactNode;
  readonly end: boolean;
  /** The width, from the table's CSS variable: one object per column, not one per cell and render. */
  readonly style: CSSProperties;
}

interface DataRowProps<TRow> {
  readonly record: TRow | undefined;
  readonly index: number;
  readonly start: number;
  readonly domId: string;
  /** The visible columns in order: a new array only when they change, so a row re-renders then and only then. */
  readonly columns: readonly RowColumn<TRow>[];
  readonly selected: boolean;
  readonly active: boolean;
  readonly open: boolean;
  readonly muted: boolean;
  readonly loadingLabel: string;
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const DataRow = memo(function DataRow<TRow>(props: DataRowProps<TRow>) {
  const { record, index, start, domId, selected, active, open, muted } = props;
  const classes = ['data-table__row'];
  if (selected) classes.push('is-selected');
  if (active) classes.push('is-active');
  if (open) classes.push('is-open');
  if (muted) classes.push('is-muted');
  return (
    <div
      role="row"
      id={`${domId}-r${index}`}
      aria-rowindex={index + 2}
      aria-selected={record ? selected : undefined}
      className={classes.join(' ')}
      data-index={index}
      style={{ transform: `translateY(${start}px)` }}
    >
      {record ? (
        props.columns.map((column) => {
          const content = column.cell(record);
          // Plain text sits in the cell itself (with its ellipsis): one element per cell instead of two, on every
          // row a search or a scroll brings in.
          const text = typeof content === 'string' || typeof content === 'number';
          return (
            // Keyed by column, not by cell (row id + column): when a search brings other people into this slot,
            // the cells' elements stay and only their text changes, instead of 300 elements torn down and built.
            <div key={column.id} role="gridcell" className={cellClass(text, column.end)} style={column.style}>
              {content}
            </div>
          );
        })
      ) : (
        <div role="gridcell" className="data-table__cell data-table__cell--loading">
          <span className="visually-hidden">{props.loadingLabel}</span>
          <span className="data-table__skeleton" aria-hidden="true" />
        </div>
      )}
    </div>
  );
}) as <TRow>(props: DataRowProps<TRow>) => ReactNode;

const cellClass = (text: boolean, end: boolean) => `data-table__cell${text ? ' is-text' : ''}${end ? ' is-end' : ''}`;

interface GridBodyProps<TRow extends { readonly id: number }> {
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly count: number;
  readonly rows: PagedRows<TRow>;
  readonly selection: Selection;
  readonly active: number | null;
  readonly openId: number | null | undefined;
  readonly isMuted: ((row: TRow) => boolean) | undefined;
  readonly domId: string;
  readonly columns: readonly RowColumn<TRow>[];
  readonly loadingLabel: string;
  /** The rows on screen changed: fetch what is missing. */
  readonly onWindow: (first: number, last: number) => void;
  readonly onMouseDown: MouseEventHandler<HTMLDivElement>;
  readonly onDoubleClick: MouseEventHandler<HTMLDivElement>;
  readonly ref: Ref<GridBodyHandle>;
}

/**
 * The virtualised rows. Kept apart from the table and its header, so a scroll re-renders this body alone; the
 * virtualizer lives here, near its render loop.
 */
export function GridBody<TRow extends { readonly id: number }>(props: GridBodyProps<TRow>) {
  const { scrollRef, active, onWindow } = props;
  const virtualizer = useVirtualizer({
    count: props.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    // Rows follow a scroll in React's next render rather than synchronously inside the scroll event: a fling then
    // costs one render per frame instead of blocking the frame on each event (dropped frames 5–7 % → 2 %).
    useFlushSync: false,
    // Rows start below the sticky header, and scrolling a row into view keeps it clear of the header.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // The active row stays rendered even when scrolled away, so aria-activedescendant always points at something.
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        if (active !== null && active < range.count && !indexes.includes(active)) {
          indexes.push(active);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      [active],
    ),
  });

  useImperativeHandle(
    props.ref,
    () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }) }),
    [virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => onWindow(first, last), [onWindow, first, last]);

  return (
    <div
      role="rowgroup"
      className="data-table__body"
      style={{ height: virtualizer.getTotalSize() }}
      onMouseDown={props.onMouseDown}
      onDoubleClick={props.onDoubleClick}
    >
      {items.map((item) => {
        const record = props.rows.get(item.index);
        return (
          <DataRow<TRow>
            key={item.index}
            record={record}
            index={item.index}
            start={item.start - HEADER_HEIGHT}
            domId={props.domId}
            columns={props.columns}
            selected={record ? isSelected(props.selection, record.id) : false}
            active={item.index === active}
            open={record !== undefined && record.id === props.openId}
            muted={record !== undefined && (props.isMuted?.(record) ?? false)}
            loadingLabel={props.loadingLabel}
          />
        );
      })}
    </div>
  );
}
