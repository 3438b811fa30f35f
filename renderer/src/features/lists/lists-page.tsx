import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { List } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { navigate, useRoute } from '../../app/navigation';
import type { SortState } from '../../components/data-table/column-state';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';
import { EmptyState } from '../../components/page/empty-state';
import { ListPage } from '../../components/page/list-page';
import { useSearchText } from '../../components/page/use-search-text';
import { Icon } from '../../components/icon';
import { useFormat } from '../../i18n/format';
import { ListDetail } from './list-detail';
import { ListFormDialog } from './list-form';
import './lists.css';

const defaultSort: SortState = { columnId: 'name', desc: false };

const sortValue: Readonly<Record<string, (l: List) => string | number>> = {
  name: (l) => l.name.toLocaleLowerCase(),
  owner: (l) => (l.owner ?? '').toLocaleLowerCase(),
  members: (l) => l.counts.members,
  sendable: (l) => l.counts.sendable,
  updatedAt: (l) => l.updatedAt,
};

/** Lists are few (tens, not thousands): one request, sorted and paged here. */
async function fetchLists(
  query: string,
  includeArchived: boolean,
  sort: SortState | null,
  offset: number,
  limit: number,
) {
  const { rows } = await call('lists:list', { query, includeArchived });
  const key = sortValue[sort?.columnId ?? 'name'] ?? sortValue.name!;
  const sorted = [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort?.desc ? -order : order;
  });
  return { rows: sorted.slice(offset, offset + limit), total: rows.length };
}

function useListColumns(): DataTableColumn<List>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('lists.column.name'),
        size: 260,
        sortable: true,
        cell: (l) => (
          <>
            <span className="cell-text cell-strong">{l.name}</span>
            <span className="badge">{l.filter || l.filterInvalid ? t('lists.smart') : t('lists.manual')}</span>
            {l.archivedAt && <span className="badge">{t('common.archived')}</span>}
          </>
        ),
      },
      {
        id: 'description',
        header: t('lists.column.description'),
        size: 300,
        cell: (l) => <span className="cell-text">{l.description}</span>,
      },
      {
        id: 'owner',
        header: t('lists.column.owner'),
        size: 160,
        sortable: true,
        cell: (l) => <span className="cell-text">{l.owner}</span>,
      },
      {
        id: 'members',
        header: t('lists.column.members'),
        size: 110,
        sortable: true,
        align: 'end',
        cell: (l) => <span className="cell-text">{fmt.number(l.counts.members)}</span>,
      },
      {
        id: 'sendable',
        header: t('lists.column.sendable'),
        size: 130,
        sortable: true,
        align: 'end',
        cell: (l) => <span className="cell-text">{fmt.number(l.counts.sendable)}</span>,
      },
      {
        id: 'updatedAt',
        header: t('lists.column.updatedAt'),
        size: 130,
        sortable: true,
        cell: (l) => <span className="cell-text">{fmt.date(l.updatedAt)}</span>,
      },
    ],
    [t, fmt],
  );
}

function ListsIndex({ creating }: { readonly creating: boolean }) {
  const { t } = useTranslation();
  const columns = useListColumns();
  const { search, query, setSearch } = useSearchText();
  const [includeArchived, setIncludeArchived] = useState(false);
  const fetchPage = useCallback(
    ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) =>
      fetchLists(query, includeArchived, sort, offset, limit),
    [query, includeArchived],
  );
  const open = useCallback((l: { id: number }) => void navigate({ page: 'lists', record: l.id }), []);
  const openNew = useCallback(() => void navigate({ page: 'lists', record: 'new' }), []);

  const emptyState = query ? (
    <EmptyState
      icon="search"
      title={t('lists.noMatchTitle', { query })}
      body={t('lists.noMatchBody')}
      action={
        <button type="button" className="button" onClick={() => setSearch('')}>
          {t('common.clearSearch')}
        </button>
      }
    />
  ) : (
    <EmptyState
      icon="lists"
      title={t('lists.emptyTitle')}
      body={t('lists.emptyBody')}
      action={
        <button type="button" className="button button--primary" onClick={openNew}>
          <Icon name="plus" />
          {t('lists.new')}
        </button>
      }
    />
  );

  return (
    <>
      <ListPage
        title={t('nav.lists')}
        searchLabel={t('lists.searchLabel')}
        search={search}
        onSearch={setSearch}
        onSearchEscape={() => undefined}
        newLabel={t('lists.new')}
        onNew={openNew}
        filters={
          <label className="checkbox toolbar-check">
            <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
            {t('common.showArchived')}
          </label>
        }
        panel={null}
        table={
          <DataTable<List>
            tableId="lists"
            label={t('nav.lists')}
            columns={columns}
            defaultSort={defaultSort}
            queryKey={JSON.stringify({ query, includeArchived })}
            fetchPage={fetchPage}
            tags={['lists']}
            onOpen={open}
            onCursorChange={(l, via) => via === 'pointer' && open(l)}
            isMuted={(l) => l.archivedAt !== null}
            countLabel={(n) => t('lists.count', { count: n })}
            emptyState={emptyState}
          />
        }
      />
      {creating && (
        <ListFormDialog
          list={null}
          onSaved={(l) => void navigate({ page: 'lists', record: l.id }, { force: true, replace: true })}
          onClose={() => void navigate({ page: 'lists' }, { replace: true })}
        />
      )}
    </>
  );
}

/** `#/lists`: every distribution list; `#/lists/new` opens the new-list dialog; `#/lists/12` shows one list. */
export function ListsPage() {
  const route = useRoute();
  const record = route.page === 'lists' ? route.record : undefined;
  if (typeof record === 'number') return <ListDetail key={record} id={record} />;
  return <ListsIndex creating={record === 'new'} />;
}
