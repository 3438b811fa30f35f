import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import type { SortState } from '../../components/data-table/column-state';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';
import { Icon } from '../../components/icon';
import { EmptyState } from '../../components/page/empty-state';
import { ListPage } from '../../components/page/list-page';
import type { ListRequest } from '../../components/page/record-list-page';
import { RecordPanel, type RenderRecordForm } from '../../components/page/record-panel';
import { useSearchText } from '../../components/page/use-search-text';
import { useRecordRoute } from '../../components/page/use-record-route';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { archiveWithUndo } from '../shared/archive';
import { ExportButton } from '../exports/export-button';
import { sortFor } from '../shared/list-query';
import { OfficeForm } from './office-form';
import { OfficeTree } from './office-tree';

const defaultSort: SortState = { columnId: 'name', desc: false };

const sortColumns = ['name', 'city', 'country', 'organisation', 'updatedAt'] as const;

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
        cell: (o) => <span className="cell-text">{o.phoneDisplay}</span>,
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

const fetchOffices = ({ page, sort, query, includeArchived }: ListRequest) =>
  call('offices:list', { page, sort: sortFor(sort, sortColumns, 'name'), query, includeArchived });

type OfficeView = 'table' | 'tree';
const VIEW_KEY = 'pressdesk.offices.view';

function useOfficeView() {
  const [view, setView] = useState<OfficeView>(() => (localStorage.getItem(VIEW_KEY) === 'tree' ? 'tree' : 'table'));
  const choose = useCallback((next: OfficeView) => {
    localStorage.setItem(VIEW_KEY, next);
    setView(next);
  }, []);
  return [view, choose] as const;
}

function ViewSwitch({ view, onChange }: { readonly view: OfficeView; readonly onChange: (v: OfficeView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('officeTree.view')}>
      {(['table', 'tree'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className="button button--small view-switch__option"
          aria-pressed={view === v}
          onClick={() => onChange(v)}
        >
          {v === 'tree' ? t('officeTree.viewTree') : t('officeTree.viewTable')}
        </button>
      ))}
    </div>
  );
}

/**
 * Offices as a table or as their hierarchy (HQ → regional → country → sub-office) with each office's local time;
 * either way the open office is in the panel beside it and in the URL. The choice is remembered.
 */
export function OfficesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const columns = useOfficeColumns();
  const [view, setView] = useOfficeView();
  const { search, query, setSearch } = useSearchText();
  const [includeArchived, setIncludeArchived] = useState(false);
  const route = useRecordRoute('offices');
  const label = (o: Office) => pickLocalized(o.name, fmt.lang);
  const renderForm: RenderRecordForm<Office> = (office, props) => <OfficeForm office={office} {...props} />;
  const { record, showSaved } = route;
  const onSaved = useCallback((o: Office, created: boolean) => created && showSaved(o.id), [showSaved]);

  const fetchPage = useCallback(
    ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) =>
      fetchOffices({ page: { offset, limit }, sort, query, includeArchived }),
    [query, includeArchived],
  );

  let panel = null;
  if (record === 'new') {
    panel = renderForm(null, {
      focusFirstField: false,
      onFocused: route.focusDone,
      onSaved,
      onLeave: route.backToList,
      onClose: route.close,
    });
  } else if (record !== undefined) {
    panel = (
      <RecordPanel
        kind="offices"
        id={record}
        focusFirstField={route.focusRequest === record}
        label={label}
        renderForm={renderForm}
        onFocused={route.focusDone}
        onLeave={route.backToList}
        onClose={route.close}
      />
    );
  }
  const openId = typeof record === 'number' ? record : null;

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
        <>
          <label className="checkbox toolbar-check">
            <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
            {t('common.showArchived')}
          </label>
          <ViewSwitch view={view} onChange={setView} />
          <ExportButton source={{ kind: 'offices', filter: { query, includeArchived } }} baseName="offices" />
        </>
      }
      panel={panel}
      table={
        view === 'tree' ? (
          <OfficeTree
            ref={route.tableRef}
            query={query}
            includeArchived={includeArchived}
            openId={openId}
            onCursorChange={route.onCursorChange}
            onOpen={route.onOpen}
          />
        ) : (
          <DataTable<Office>
            ref={route.tableRef}
            tableId="offices"
            label={t('nav.offices')}
            columns={columns}
            defaultSort={defaultSort}
            queryKey={JSON.stringify({ query, includeArchived })}
            fetchPage={fetchPage}
            tags={['offices']}
            openId={openId}
            onCursorChange={route.onCursorChange}
            onOpen={route.onOpen}
            onArchive={(rows) =>
              void archiveWithUndo(
                'offices',
                rows.filter((r) => !r.archivedAt).map((r) => ({ id: r.id, label: label(r) })),
              )
            }
            isMuted={(r) => r.archivedAt !== null}
            countLabel={(n) => t('offices.count', { count: n })}
            emptyState={
              query ? (
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
              )
            }
          />
        )
      }
    />
  );
}
