import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseRow } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { navigate } from '../../app/navigation';
import type { SortState } from '../../components/data-table/column-state';
import { DataTable, type DataTableHandle } from '../../components/data-table/data-table';
import { Icon } from '../../components/icon';
import { EmptyState } from '../../components/page/empty-state';
import { ListPage } from '../../components/page/list-page';
import { useDebounced } from '../../components/page/use-debounced';
import { useSearchText } from '../../components/page/use-search-text';
import { sortFor } from '../shared/list-query';
import { releaseSortColumns, useReleaseColumns } from './release-columns';
import { filterFor, noFilters, ReleaseFilters, type ReleaseFilterState } from './release-filters';
import './releases.css';

const defaultSort: SortState = { columnId: 'updatedAt', desc: true };
/** A tag is typed whole before it matches; waiting for a pause saves a request per letter. */
const FILTER_DEBOUNCE_MS = 300;

/** `#/releases`: every release in the shared table, searchable in full text and filtered from the row above it. */
export function ReleaseList({ onNew }: { readonly onNew: () => void }) {
  const { t } = useTranslation();
  const columns = useReleaseColumns();
  const tableRef = useRef<DataTableHandle>(null);
  const { search, query, setSearch } = useSearchText();
  const [filters, setFilters] = useState<ReleaseFilterState>(noFilters);
  const settledFilters = useDebounced(filters, FILTER_DEBOUNCE_MS);
  const { data: settings } = useApiQuery('releases:get-settings', {});
  const filter = filterFor(settledFilters, query);
  const queryKey = JSON.stringify(filter);

  const fetchPage = useCallback(
    ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) =>
      call('releases:list', {
        page: { offset, limit },
        sort: sortFor(sort, releaseSortColumns, 'updatedAt'),
        filter: JSON.parse(queryKey) as typeof filter,
      }),
    [queryKey],
  );

  const open = useCallback((row: ReleaseRow) => void navigate({ page: 'releases', record: row.id }), []);
  const filtered = query !== '' || JSON.stringify(settledFilters) !== JSON.stringify(noFilters);

  const emptyState = filtered ? (
    <EmptyState
      icon="search"
      title={t('releases.noMatchTitle')}
      body={t('releases.noMatchBody')}
      action={
        <button
          type="button"
          className="button"
          onClick={() => {
            setSearch('');
            setFilters(noFilters);
          }}
        >
          {t('releases.filter.clearAll')}
        </button>
      }
    />
  ) : (
    <EmptyState
      icon="releases"
      title={t('releases.emptyTitle')}
      body={t('releases.emptyBody')}
      action={
        <button type="button" className="button button--primary" onClick={onNew}>
          <Icon name="plus" />
          {t('releases.new')}
        </button>
      }
    />
  );

  return (
    <ListPage
      title={t('nav.releases')}
      searchLabel={t('releases.searchLabel')}
      search={search}
      onSearch={setSearch}
      onSearchEscape={() => tableRef.current?.focus()}
      newLabel={t('releases.new')}
      onNew={onNew}
      panel={null}
      table={
        <div className="release-list">
          <ReleaseFilters value={filters} onChange={setFilters} languages={settings?.languages ?? []} />
          <div className="release-list__table">
            <DataTable<ReleaseRow>
              ref={tableRef}
              tableId="releases"
              label={t('nav.releases')}
              columns={columns}
              defaultSort={defaultSort}
              queryKey={queryKey}
              fetchPage={fetchPage}
              tags={['releases']}
              onCursorChange={(row, via) => {
                if (via === 'pointer') open(row);
              }}
              onOpen={open}
              isMuted={(r) => r.status === 'archived'}
              countLabel={(n) => t('releases.count', { count: n })}
              emptyState={emptyState}
            />
          </div>
        </div>
      }
    />
  );
}
