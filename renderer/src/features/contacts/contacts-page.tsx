import { Suspense, useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactRoles, contactSortColumns } from '../../../../electron/ipc/contract/contact-choices';
import type { ContactRow } from '../../../../electron/ipc/contract/contacts';
import { lazyPage, PageLoadBoundary, PageLoading, PRELOAD_AFTER_MS, preloadWhenIdle } from '../../app/lazy-page';
import { call } from '../../api/client';
import type { DataTableColumn } from '../../components/data-table/data-table';
import { EmptyState } from '../../components/page/empty-state';
import { RecordListPage, type ListRequest, type ListView } from '../../components/page/record-list-page';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { BulkBar } from '../directory/bulk-bar';
import { contactsExportSource } from '../exports/download';
import { ExportButton } from '../exports/export-button';
import { FilterChips } from '../directory/filter-chips';
import { bulkTargetOf, filterKey, toContactFilter, type DirectoryFilter } from '../directory/filter-model';
import { setDirectoryFilter, useDirectoryFilter } from '../directory/filter-store';
import { sortFor } from '../shared/list-query';
import { LoadSampleData } from '../sample-data/load-sample-data';

function useContactColumns(): DataTableColumn<ContactRow>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(() => {
    // Translated once per language, not once per cell: a search re-renders every row on screen.
    const roleLabels = new Map<string, string>(contactRoles.map((r) => [r, t(`contacts.role.${r}`)]));
    return [
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
        cell: (c) => pickLocalized(c.title, fmt.lang),
      },
      {
        id: 'organisation',
        header: t('contacts.column.organisation'),
        size: 170,
        sortable: true,
        cell: (c) => pickLocalized(c.organisationName, fmt.lang),
      },
      {
        id: 'office',
        header: t('contacts.column.office'),
        size: 230,
        sortable: true,
        cell: (c) => pickLocalized(c.officeName, fmt.lang),
      },
      {
        id: 'city',
        header: t('contacts.column.city'),
        size: 120,
        cell: (c) => pickLocalized(c.city, fmt.lang),
      },
      {
        id: 'country',
        header: t('contacts.column.country'),
        size: 130,
        sortable: true,
        cell: (c) => fmt.country(c.country),
      },
      {
        id: 'email',
        header: t('contacts.column.email'),
        size: 230,
        cell: (c) => c.email ?? '',
      },
      {
        id: 'phone',
        header: t('contacts.column.phone'),
        size: 160,
        cell: (c) => c.phone ?? '',
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
        cell: (c) => c.roles.map((r) => roleLabels.get(r) ?? r).join(', '),
      },
      {
        id: 'lastVerifiedAt',
        header: t('contacts.column.lastVerifiedAt'),
        size: 120,
        sortable: true,
        hiddenByDefault: true,
        cell: (c) => fmt.date(c.lastVerifiedAt),
      },
      {
        id: 'updatedAt',
        header: t('contacts.column.updatedAt'),
        size: 120,
        sortable: true,
        cell: (c) => fmt.date(c.updatedAt),
      },
    ];
  }, [t, fmt]);
}

const fetchContacts = (chips: DirectoryFilter, { page, sort, query, includeArchived, bestMatch }: ListRequest) =>
  call('contacts:list', {
    page,
    sort: bestMatch ? { column: 'relevance', direction: 'asc' } : sortFor(sort, contactSortColumns, 'name'),
    filter: toContactFilter(chips, query, includeArchived),
  });

const label = (c: { readonly displayName: string }) => c.displayName;

/**
 * The record form (phone parsing included) is a chunk of its own, loaded when the app is idle after the first rows:
 * opening the directory does not wait for what opening a contact needs.
 */
const contactForm = lazyPage(() => import('./contact-form').then((m) => m.ContactForm));

/**
 * Contacts: search, filter chips (kept across pages, see filter-store), the table and, on a selection, bulk actions.
 * Controls that act on what the table shows go in `aboveTable` beside the chips and the bulk bar.
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const columns = useContactColumns();
  const chips = useDirectoryFilter();
  const key = filterKey(chips);
  // A new function reloads the list, which is what a new set of chips must do; `key` keeps it stable otherwise.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for chips
  const fetchPage = useCallback((request: ListRequest) => fetchContacts(chips, request), [key]);
  useEffect(() => preloadWhenIdle([contactForm], PRELOAD_AFTER_MS), []);

  const bestMatch = useMemo(() => ({ countLabel: (count: number) => t('directory.bestMatchCount', { count }) }), [t]);

  const aboveTable = (view: ListView) => (
    <div className="directory-bar">
      <div className="directory-bar__row">
        <FilterChips filter={chips} onChange={setDirectoryFilter} />
        <ExportButton
          source={() => contactsExportSource(view.selection, toContactFilter(chips, view.query, view.includeArchived))}
          baseName="contacts"
        />
      </div>
      <BulkBar
        selection={view.selection}
        total={view.total}
        target={bulkTargetOf(view.selection, chips, view.query, view.includeArchived)}
      />
    </div>
  );

  return (
    <RecordListPage
      kind="contacts"
      columns={columns}
      fetchPage={fetchPage}
      filterKey={key}
      renderAboveTable={aboveTable}
      filteredEmptyState={
        <EmptyState
          icon="search"
          title={t('directory.noMatchTitle')}
          body={t('directory.noMatchBody')}
          action={
            <button type="button" className="button" onClick={() => setDirectoryFilter({})}>
              {t('directory.chips.clearAll')}
            </button>
          }
        />
      }
      emptyExtra={<LoadSampleData compact />}
      bestMatch={bestMatch}
      rowLabel={label}
      recordLabel={label}
      renderForm={(contact, props) => (
        <PageLoadBoundary>
          <Suspense fallback={<PageLoading />}>
            <contactForm.Page contact={contact} {...props} />
          </Suspense>
        </PageLoadBoundary>
      )}
    />
  );
}
