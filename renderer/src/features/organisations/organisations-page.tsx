import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';
import type { SortState } from '../../components/data-table/column-state';
import { Icon } from '../../components/icon';
import { EmptyState } from '../../components/page/empty-state';
import { ListPage } from '../../components/page/list-page';
import { useDebounced } from '../../components/page/use-debounced';
import { useLatest } from '../../components/page/use-latest';
import { useRecordRoute } from '../../components/page/use-record-route';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { archiveWithUndo, restore } from '../shared/archive';
import { SEARCH_DEBOUNCE_MS, sortFor } from '../shared/list-query';
import { PanelMessage } from '../shared/panel-message';
import { OrganisationForm } from './organisation-form';

const defaultSort: SortState = { columnId: 'name', desc: false };
const sortColumns = ['name', 'kind', 'updatedAt'] as const;
const tags = ['organisations'];

function useOrganisationColumns(): DataTableColumn<Organisation>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('organisations.column.name'),
        size: 300,
        sortable: true,
        cell: (o) => (
          <>
            <span className="cell-text cell-strong">{pickLocalized(o.name, fmt.lang)}</span>
            {o.archivedAt && <span className="badge">{t('common.archived')}</span>}
          </>
        ),
      },
      {
        id: 'acronym',
        header: t('organisations.column.acronym'),
        size: 110,
        cell: (o) => <span className="cell-text">{pickLocalized(o.acronym, fmt.lang)}</span>,
      },
      {
        id: 'kind',
        header: t('organisations.column.kind'),
        size: 150,
        sortable: true,
        cell: (o) => <span className="cell-text">{t(`organisations.kind.${o.kind}`)}</span>,
      },
      {
        id: 'website',
        header: t('organisations.column.website'),
        size: 220,
        cell: (o) => <span className="cell-text">{o.website}</span>,
      },
      {
        id: 'offices',
        header: t('organisations.column.offices'),
        size: 90,
        align: 'end',
        cell: (o) => fmt.number(o.officeCount),
      },
      {
        id: 'contacts',
        header: t('organisations.column.contacts'),
        size: 90,
        align: 'end',
        cell: (o) => fmt.number(o.contactCount),
      },
      {
        id: 'updatedAt',
        header: t('organisations.column.updatedAt'),
        size: 120,
        sortable: true,
        cell: (o) => <span className="cell-text">{fmt.date(o.updatedAt)}</span>,
      },
    ],
    [t, fmt],
  );
}

function OrganisationPanel(props: {
  readonly id: number;
  readonly focusFirstField: boolean;
  readonly onFocused: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data: loaded, error } = useApiQuery('organisations:get', { id: props.id });
  const data = useLatest(loaded);
  if (error && !loaded) {
    return (
      <PanelMessage
        text={error.kind === 'NotFound' ? t('organisations.notFound') : t('table.loadFailed')}
        onClose={props.onClose}
      />
    );
  }
  if (!data) return <PanelMessage text={t('common.loading')} />;
  return (
    <OrganisationForm
      key={data.id}
      organisation={data}
      focusFirstField={props.focusFirstField}
      onFocused={props.onFocused}
      onSaved={noop}
      onArchiveToggle={(o) => {
        const record = { id: o.id, label: pickLocalized(o.name, fmt.lang) };
        void (o.archivedAt ? restore('organisations', record) : archiveWithUndo('organisations', [record]));
      }}
      onLeave={props.onLeave}
      onClose={props.onClose}
    />
  );
}

const noop = () => {};

export function OrganisationsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const route = useRecordRoute('organisations');
  const columns = useOrganisationColumns();

  const fetchPage = useCallback(
    ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) =>
      call('organisations:list', {
        page: { offset, limit },
        sort: sortFor(sort, sortColumns, 'name'),
        query,
        includeArchived,
      }),
    [query, includeArchived],
  );

  const { record, showSaved } = route;
  const onSaved = useCallback((o: Organisation, created: boolean) => created && showSaved(o.id), [showSaved]);

  let panel = null;
  if (record === 'new') {
    panel = (
      <OrganisationForm
        organisation={null}
        focusFirstField={false}
        onFocused={route.focusDone}
        onSaved={onSaved}
        onLeave={route.backToList}
        onClose={route.close}
      />
    );
  } else if (record !== undefined) {
    panel = (
      <OrganisationPanel
        id={record}
        focusFirstField={route.focusRequest === record}
        onFocused={route.focusDone}
        onLeave={route.backToList}
        onClose={route.close}
      />
    );
  }

  const emptyState = query ? (
    <EmptyState
      icon="search"
      title={t('organisations.noMatchTitle', { query })}
      body={t('organisations.noMatchBody')}
      action={
        <button type="button" className="button" onClick={() => setSearch('')}>
          {t('common.clearSearch')}
        </button>
      }
    />
  ) : (
    <EmptyState
      icon="organisations"
      title={t('organisations.emptyTitle')}
      body={t('organisations.emptyBody')}
      action={
        <button type="button" className="button button--primary" onClick={route.openNew}>
          <Icon name="plus" />
          {t('organisations.new')}
        </button>
      }
    />
  );

  return (
    <ListPage
      title={t('nav.organisations')}
      searchLabel={t('organisations.searchLabel')}
      search={search}
      onSearch={setSearch}
      onSearchEscape={route.backToList}
      newLabel={t('organisations.new')}
      onNew={route.openNew}
      filters={
        <label className="checkbox toolbar-check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('common.showArchived')}
        </label>
      }
      panel={panel}
      table={
        <DataTable<Organisation>
          ref={route.tableRef}
          tableId="organisations"
          label={t('nav.organisations')}
          columns={columns}
          defaultSort={defaultSort}
          queryKey={JSON.stringify({ query, includeArchived })}
          fetchPage={fetchPage}
          tags={tags}
          openId={typeof record === 'number' ? record : null}
          onCursorChange={route.onCursorChange}
          onOpen={route.onOpen}
          onArchive={(rows) =>
            void archiveWithUndo(
              'organisations',
              rows.filter((r) => !r.archivedAt).map((r) => ({ id: r.id, label: pickLocalized(r.name, fmt.lang) })),
            )
          }
          isMuted={(r) => r.archivedAt !== null}
          countLabel={(n) => t('organisations.count', { count: n })}
          emptyState={emptyState}
        />
      }
    />
  );
}
