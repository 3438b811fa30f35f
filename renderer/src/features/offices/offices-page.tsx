import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../electron/ipc/contract';
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
import { OfficeForm } from './office-form';

const defaultSort: SortState = { columnId: 'name', desc: false };
const sortColumns = ['name', 'city', 'country', 'organisation', 'updatedAt'] as const;
const tags = ['offices'];

function useOfficeColumns(): DataTableColumn<Office>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('offices.column.name'),
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
        id: 'organisation',
        header: t('offices.column.organisation'),
        size: 180,
        sortable: true,
        cell: (o) => <span className="cell-text">{pickLocalized(o.organisationName, fmt.lang)}</span>,
      },
      {
        id: 'kind',
        header: t('offices.column.kind'),
        size: 120,
        cell: (o) => <span className="cell-text">{t(`offices.kind.${o.kind}`)}</span>,
      },
      {
        id: 'city',
        header: t('offices.column.city'),
        size: 130,
        sortable: true,
        cell: (o) => <span className="cell-text">{pickLocalized(o.city, fmt.lang)}</span>,
      },
      {
        id: 'country',
        header: t('offices.column.country'),
        size: 140,
        sortable: true,
        cell: (o) => <span className="cell-text">{fmt.country(o.country)}</span>,
      },
      {
        id: 'timeZone',
        header: t('offices.column.timeZone'),
        size: 170,
        cell: (o) =>
          o.timeZone ? (
            <span className="cell-text" title={o.timeZone}>
              {t('offices.zoneWithTime', { zone: o.timeZone, time: fmt.timeIn(o.timeZone) })}
            </span>
          ) : null,
      },
      {
        id: 'phone',
        header: t('offices.column.phone'),
        size: 160,
        cell: (o) => <span className="cell-text">{o.phoneRaw}</span>,
      },
      {
        id: 'email',
        header: t('offices.column.email'),
        size: 210,
        cell: (o) => <span className="cell-text">{o.email}</span>,
      },
      {
        id: 'contacts',
        header: t('offices.column.contacts'),
        size: 90,
        align: 'end',
        cell: (o) => fmt.number(o.contactCount),
      },
      {
        id: 'updatedAt',
        header: t('offices.column.updatedAt'),
        size: 120,
        sortable: true,
        hiddenByDefault: true,
        cell: (o) => <span className="cell-text">{fmt.date(o.updatedAt)}</span>,
      },
    ],
    [t, fmt],
  );
}

function OfficePanel(props: {
  readonly id: number;
  readonly focusFirstField: boolean;
  readonly onFocused: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data: loaded, error } = useApiQuery('offices:get', { id: props.id });
  const data = useLatest(loaded);
  if (error && !loaded) {
    return (
      <PanelMessage
        text={error.kind === 'NotFound' ? t('offices.notFound') : t('table.loadFailed')}
        onClose={props.onClose}
      />
    );
  }
  if (!data) return <PanelMessage text={t('common.loading')} />;
  return (
    <OfficeForm
      key={data.id}
      office={data}
      focusFirstField={props.focusFirstField}
      onFocused={props.onFocused}
      onSaved={noop}
      onArchiveToggle={(o) => {
        const record = { id: o.id, label: pickLocalized(o.name, fmt.lang) };
        void (o.archivedAt ? restore('offices', record) : archiveWithUndo('offices', [record]));
      }}
      onLeave={props.onLeave}
      onClose={props.onClose}
    />
  );
}

const noop = () => {};

export function OfficesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const route = useRecordRoute('offices');
  const columns = useOfficeColumns();

  const fetchPage = useCallback(
    ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) =>
      call('offices:list', {
        page: { offset, limit },
        sort: sortFor(sort, sortColumns, 'name'),
        query,
        includeArchived,
      }),
    [query, includeArchived],
  );

  const { record, showSaved } = route;
  const onSaved = useCallback((o: Office, created: boolean) => created && showSaved(o.id), [showSaved]);

  let panel = null;
  if (record === 'new') {
    panel = (
      <OfficeForm
        office={null}
        focusFirstField={false}
        onFocused={route.focusDone}
        onSaved={onSaved}
        onLeave={route.backToList}
        onClose={route.close}
      />
    );
  } else if (record !== undefined) {
    panel = (
      <OfficePanel
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
      title={t('offices.noMatchTitle', { query })}
      body={t('offices.noMatchBody')}
      action={
        <button type="button" className="button" onClick={() => setSearch('')}>
          {t('common.clearSearch')}
        </button>
      }
    />
  ) : (
    <EmptyState
      icon="offices"
      title={t('offices.emptyTitle')}
      body={t('offices.emptyBody')}
      action={
        <button type="button" className="button button--primary" onClick={route.openNew}>
          <Icon name="plus" />
          {t('offices.new')}
        </button>
      }
    />
  );

  return (
    <ListPage
      title={t('nav.offices')}
      searchLabel={t('offices.searchLabel')}
      search={search}
      onSearch={setSearch}
      onSearchEscape={route.backToList}
      newLabel={t('offices.new')}
      onNew={route.openNew}
      filters={
        <label className="checkbox toolbar-check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('common.showArchived')}
        </label>
      }
      panel={panel}
      table={
        <DataTable<Office>
          ref={route.tableRef}
          tableId="offices"
          label={t('nav.offices')}
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
              'offices',
              rows.filter((r) => !r.archivedAt).map((r) => ({ id: r.id, label: pickLocalized(r.name, fmt.lang) })),
            )
          }
          isMuted={(r) => r.archivedAt !== null}
          countLabel={(n) => t('offices.count', { count: n })}
          emptyState={emptyState}
        />
      }
    />
  );
}
