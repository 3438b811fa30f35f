import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactRoles, contactSortColumns, type ContactRow } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import type { DataTableColumn } from '../../components/data-table/data-table';
import { RecordListPage, type ListRequest } from '../../components/page/record-list-page';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { sortFor } from '../shared/list-query';
import { ContactForm } from './contact-form';

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

const fetchContacts = ({ page, sort, query, includeArchived }: ListRequest) =>
  call('contacts:list', { page, sort: sortFor(sort, contactSortColumns, 'name'), filter: { query, includeArchived } });

const label = (c: { readonly displayName: string }) => c.displayName;

export function ContactsPage() {
  const columns = useContactColumns();
  return (
    <RecordListPage
      kind="contacts"
      columns={columns}
      fetchPage={fetchContacts}
      rowLabel={label}
      recordLabel={label}
      renderForm={(contact, props) => <ContactForm contact={contact} {...props} />}
    />
  );
}
