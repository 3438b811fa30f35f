import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactRoles, contactSortColumns, type Contact, type ContactRow } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';
import type { SortState } from '../../components/data-table/column-state';
import { EmptyState } from '../../components/page/empty-state';
import { ListPage } from '../../components/page/list-page';
import { useDebounced } from '../../components/page/use-debounced';
import { useLatest } from '../../components/page/use-latest';
import { useRecordRoute } from '../../components/page/use-record-route';
import { Icon } from '../../components/icon';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { archiveWithUndo, restore } from '../shared/archive';
import { sortFor, SEARCH_DEBOUNCE_MS } from '../shared/list-query';
import { PanelMessage } from '../shared/panel-message';
import { ContactForm } from './contact-form';

const defaultSort: SortState = { columnId: 'name', desc: false };
const tags = ['contacts'];

function useContactColumns(): DataTableColumn<ContactRow>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('contacts.column.name'),
        size: 210,
        sortable: true,
        cell: (c) => (
          <>
            <span className="cell-text cell-strong">{c.displayName}</span>
            {c.doNotContact && (
              <span className="badge badge--danger" title={t('contacts.doNotContactBadgeTitle')}>
                {t('contacts.doNotContactBadge')}
              </span>
            )}
            {c.archivedAt && <span className="badge">{t('common.archived')}</span>}
          </>
        ),
      },
      {
        id: 'title',
        header: t('contacts.column.title'),
        size: 220,
        cell: (c) => <span className="cell-text">{pickLocalized(c.title, fmt.lang)}</span>,
      },
      {
        id: 'organisation',
        header: t('contacts.column.organisation'),
        size: 170,
        sortable: true,
        cell: (c) => <span className="cell-text">{pickLocalized(c.organisationName, fmt.lang)}</span>,
      },
      {
        id: 'office',
        header: t('contacts.column.office'),
        size: 230,
        sortable: true,
        cell: (c) => <span className="cell-text">{pickLocalized(c.officeName, fmt.lang)}</span>,
      },
      {
        id: 'city',
        header: t('contacts.column.city'),
        size: 120,
        cell: (c) => <span className="cell-text">{pickLocalized(c.city, fmt.lang)}</span>,
      },
      {
        id: 'country',
        header: t('contacts.column.country'),
        size: 130,
        sortable: true,
        cell: (c) => <span className="cell-text">{fmt.country(c.country)}</span>,
      },
      {
        id: 'email',
        header: t('contacts.column.email'),
        size: 230,
        cell: (c) => <span className="cell-text">{c.email}</span>,
      },
      {
        id: 'phone',
        header: t('contacts.column.phone'),
        size: 160,
        cell: (c) => <span className="cell-text">{c.phone}</span>,
      },
      {
        id: 'languages',
        header: t('contacts.column.languages'),
        size: 110,
        cell: (c) => (
          <span className="cell-text" title={c.languages.map(fmt.language).join(', ')}>
            {c.languages.map((l) => l.toUpperCase()).join(' · ')}
          </span>
        ),
      },
      {
        id: 'roles',
        header: t('contacts.column.roles'),
        size: 180,
        cell: (c) => (
          <span className="cell-text">
            {c.roles.map((r) => (isContactRole(r) ? t(`contacts.role.${r}`) : r)).join(', ')}
          </span>
        ),
      },
      {
        id: 'lastVerifiedAt',
        header: t('contacts.column.lastVerifiedAt'),
        size: 120,
        sortable: true,
        hiddenByDefault: true,
        cell: (c) => <span className="cell-text">{fmt.date(c.lastVerifiedAt)}</span>,
      },
      {
        id: 'updatedAt',
        header: t('contacts.column.updatedAt'),
        size: 120,
        sortable: true,
        cell: (c) => <span className="cell-text">{fmt.date(c.updatedAt)}</span>,
      },
    ],
    [t, fmt],
  );
}

const isContactRole = (r: string): r is (typeof contactRoles)[number] =>
  (contactRoles as readonly string[]).includes(r);

function ContactPanel(props: {
  readonly id: number;
  readonly focusFirstField: boolean;
  readonly onFocused: () => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data: loaded, error } = useApiQuery('contacts:get', { id: props.id });
  const data = useLatest(loaded);
  if (error && !loaded) {
    return (
      <PanelMessage
        text={error.kind === 'NotFound' ? t('contacts.notFound') : t('table.loadFailed')}
        onClose={props.onClose}
      />
    );
  }
  if (!data) return <PanelMessage text={t('common.loading')} />;
  return (
    <ContactForm
      key={data.id}
      contact={data}
      focusFirstField={props.focusFirstField}
      onFocused={props.onFocused}
      onSaved={noop}
      onArchiveToggle={(c: Contact) =>
        c.archivedAt
          ? void restore('contacts', { id: c.id, label: c.displayName })
          : void archiveWithUndo('contacts', [{ id: c.id, label: c.displayName }])
      }
      onLeave={props.onLeave}
      onClose={props.onClose}
    />
  );
}

const noop = () => {};

export function ContactsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const route = useRecordRoute('contacts');
  const columns = useContactColumns();

  const fetchPage = useCallback(
    ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) =>
      call('contacts:list', {
        page: { offset, limit },
        sort: sortFor(sort, contactSortColumns, 'name'),
        filter: { query, includeArchived },
      }),
    [query, includeArchived],
  );

  const { record, showSaved } = route;
  const onSaved = useCallback((c: Contact, created: boolean) => created && showSaved(c.id), [showSaved]);

  let panel = null;
  if (record === 'new') {
    panel = (
      <ContactForm
        contact={null}
        focusFirstField={false}
        onFocused={route.focusDone}
        onSaved={onSaved}
        onLeave={route.backToList}
        onClose={route.close}
      />
    );
  } else if (record !== undefined) {
    panel = (
      <ContactPanel
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
      title={t('contacts.noMatchTitle', { query })}
      body={t('contacts.noMatchBody')}
      action={
        <button type="button" className="button" onClick={() => setSearch('')}>
          {t('common.clearSearch')}
        </button>
      }
    />
  ) : (
    <EmptyState
      icon="contacts"
      title={t('contacts.emptyTitle')}
      body={t('contacts.emptyBody')}
      action={
        <button type="button" className="button button--primary" onClick={route.openNew}>
          <Icon name="plus" />
          {t('contacts.new')}
        </button>
      }
    />
  );

  return (
    <ListPage
      title={t('nav.contacts')}
      searchLabel={t('contacts.searchLabel')}
      search={search}
      onSearch={setSearch}
      onSearchEscape={route.backToList}
      newLabel={t('contacts.new')}
      onNew={route.openNew}
      filters={
        <label className="checkbox toolbar-check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('common.showArchived')}
        </label>
      }
      panel={panel}
      table={
        <DataTable<ContactRow>
          ref={route.tableRef}
          tableId="contacts"
          label={t('nav.contacts')}
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
              'contacts',
              rows.filter((r) => !r.archivedAt).map((r) => ({ id: r.id, label: r.displayName })),
            )
          }
          isMuted={(r) => r.archivedAt !== null}
          countLabel={(n) => t('contacts.count', { count: n })}
          emptyState={emptyState}
        />
      }
    />
  );
}
