import { useCallback, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveWithUndo } from '../../features/shared/archive';
import type { SortState } from '../data-table/column-state';
import { DataTable, type DataTableColumn } from '../data-table/data-table';
import type { Page } from '../data-table/paged-rows';
import { emptySelection, type Selection } from '../data-table/selection';
import { Icon } from '../icon';
import { EmptyState } from './empty-state';
import { ListPage } from './list-page';
import { RecordPanel, type RecordKind, type RecordOf, type RenderRecordForm } from './record-panel';
import { useSearchText } from './use-search-text';
import { useRecordRoute } from './use-record-route';

/** What a record list page asks its `<kind>:list` channel for. */
export interface ListRequest {
  readonly page: { readonly offset: number; readonly limit: number };
  readonly sort: SortState | null;
  readonly query: string;
  readonly includeArchived: boolean;
  /** Rank the search results best match first instead of by `sort` (only on pages that pass `bestMatch`). */
  readonly bestMatch?: boolean;
}

/** What the table shows right now, for controls that act on it (bulk actions, exports). */
export interface ListView extends Omit<ListRequest, 'page' | 'sort' | 'bestMatch'> {
  readonly selection: Selection;
  readonly total: number;
}

interface ArchivableRow {
  readonly id: number;
  readonly archivedAt: string | null;
}

interface RecordListPageProps<K extends RecordKind, TRow extends ArchivableRow> {
  readonly kind: K;
  readonly columns: readonly DataTableColumn<TRow>[];
  /** Must be stable (module level): a new function reloads the list. */
  readonly fetchPage: (request: ListRequest) => Promise<Page<TRow>>;
  /** Names a record in archive and restore messages. */
  readonly rowLabel: (row: TRow) => string;
  readonly recordLabel: (record: RecordOf<K>) => string;
  readonly renderForm: RenderRecordForm<RecordOf<K>>;
  /** More of what the rows depend on (filter chips), as a stable string: a change reloads from the top. */
  readonly filterKey?: string;
  /** Controls between the toolbar and the table (filter chips, bulk actions). */
  readonly renderAboveTable?: (view: ListView) => ReactNode;
  /** Shown instead of the usual empty states when `filterKey` is set and nothing matches. */
  readonly filteredEmptyState?: ReactNode;
  /** More ways to start when there are no records at all (e.g. loading sample data), under "New …". */
  readonly emptyExtra?: ReactNode;
  /**
   * Search results come best match first (the page's list channel ranks them) until a column header is clicked;
   * clearing the search goes back to the column sort. The count line then says so with this label.
   */
  readonly bestMatch?: { readonly countLabel: (count: number) => string };
}

const defaultSort: SortState = { columnId: 'name', desc: false };
const isArchived = (row: ArchivableRow) => row.archivedAt !== null;

/**
 * A page listing one kind of record: search and "show archived" above the table, the open record (or a new one) in
 * the panel beside it, its place kept in the URL.
 */
export function RecordListPage<K extends RecordKind, TRow extends ArchivableRow>(props: RecordListPageProps<K, TRow>) {
  const { t } = useTranslation();
  const { kind, fetchPage: fetchRows, rowLabel } = props;
  const { search, query, setSearch } = useSearchText();
  const [includeArchived, setIncludeArchived] = useState(false);
  // A header clicked during this search: the person chose a column over the ranking, until the box is cleared.
  const [columnChosen, setColumnChosen] = useState(false);
  if (columnChosen && search.trim() === '') setColumnChosen(false);
  const ranking = query !== '' && !columnChosen ? props.bestMatch : undefined;
  const bestMatch = ranking !== undefined;
  const onHeaderClick = (e: MouseEvent) => {
    // The table keeps its sort to itself; a click on a header's sort button is how a person leaves the ranking.
    // Bubbling, not capture: the table must take the click while it still knows the ranking stands (A to Z first).
    if (bestMatch && (e.target as Element).closest('[role="columnheader"] button')) setColumnChosen(true);
  };
  const route = useRecordRoute(kind);
  const [picked, setPicked] = useState({ selection: emptySelection, total: 0 });
  const onSelectionChange = useCallback((selection: Selection, total: number) => setPicked({ selection, total }), []);
  // Widened for i18next, which cannot type interpolation options on keys still generic in K.
  const keys: RecordKind = kind;

  const fetchPage = useCallback(
    ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) =>
      fetchRows({ page: { offset, limit }, sort, query, includeArchived, bestMatch }),
    [fetchRows, query, includeArchived, bestMatch],
  );

  const { record, showSaved } = route;
  const onSaved = useCallback((r: RecordOf<K>, created: boolean) => created && showSaved(r.id), [showSaved]);

  let panel = null;
  if (record === 'new') {
    panel = props.renderForm(null, {
      focusFirstField: false,
      onFocused: route.focusDone,
      onSaved,
      onLeave: route.backToList,
      onClose: route.close,
    });
  } else if (record !== undefined) {
    panel = (
      <RecordPanel
        kind={kind}
        id={record}
        focusFirstField={route.focusRequest === record}
        label={props.recordLabel}
        renderForm={props.renderForm}
        onFocused={route.focusDone}
        onLeave={route.backToList}
        onClose={route.close}
      />
    );
  }

  const { filterKey, filteredEmptyState, emptyExtra, renderAboveTable } = props;
  const { openNew } = route;
  // The table is memoised: what it is given stays the same object from one key typed in the search box to the next.
  const tags = useMemo(() => [kind], [kind]);
  const onArchive = useCallback(
    (rows: readonly TRow[]) =>
      void archiveWithUndo(
        kind,
        rows.filter((r) => !r.archivedAt).map((r) => ({ id: r.id, label: rowLabel(r) })),
      ),
    [kind, rowLabel],
  );
  const countLabel = useCallback(
    (n: number) => (ranking ? ranking.countLabel(n) : t(`${keys}.count`, { count: n })),
    [ranking, t, keys],
  );
  const aboveTable = useMemo(
    () => renderAboveTable?.({ query, includeArchived, ...picked }),
    [renderAboveTable, query, includeArchived, picked],
  );
  const emptyState = useMemo(
    () =>
      filterKey && filteredEmptyState ? (
        filteredEmptyState
      ) : query ? (
        <EmptyState
          icon="search"
          title={t(`${keys}.noMatchTitle`, { query })}
          body={t(`${keys}.noMatchBody`)}
          action={
            <button type="button" className="button" onClick={() => setSearch('')}>
              {t('common.clearSearch')}
            </button>
          }
        />
      ) : (
        <EmptyState
          icon={kind}
          title={t(`${keys}.emptyTitle`)}
          body={t(`${keys}.emptyBody`)}
          action={
            <>
              <button type="button" className="button button--primary" onClick={openNew}>
                <Icon name="plus" />
                {t(`${keys}.new`)}
              </button>
              {emptyExtra}
            </>
          }
        />
      ),
    [filterKey, filteredEmptyState, emptyExtra, query, t, kind, keys, openNew, setSearch],
  );

  return (
    <ListPage
      title={t(`nav.${keys}`)}
      searchLabel={t(`${keys}.searchLabel`)}
      search={search}
      onSearch={setSearch}
      onSearchEscape={route.backToList}
      newLabel={t(`${keys}.new`)}
      onNew={route.openNew}
      filters={
        <label className="checkbox toolbar-check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('common.showArchived')}
        </label>
      }
      panel={panel}
      table={
        <div className="list-page__stack" onClick={onHeaderClick}>
          {aboveTable}
          <DataTable<TRow>
            ref={route.tableRef}
            tableId={kind}
            label={t(`nav.${keys}`)}
            columns={props.columns}
            defaultSort={defaultSort}
            sortOverridden={bestMatch}
            queryKey={JSON.stringify({ query, includeArchived, bestMatch, filter: props.filterKey ?? '' })}
            fetchPage={fetchPage}
            tags={tags}
            openId={typeof record === 'number' ? record : null}
            onCursorChange={route.onCursorChange}
            onOpen={route.onOpen}
            onArchive={onArchive}
            isMuted={isArchived}
            countLabel={countLabel}
            emptyState={emptyState}
            onSelectionChange={onSelectionChange}
          />
        </div>
      }
    />
  );
}
