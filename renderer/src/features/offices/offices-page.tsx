import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import type { DataTableColumn } from '../../components/data-table/data-table';
import { RecordListPage, type ListRequest } from '../../components/page/record-list-page';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { sortFor } from '../shared/list-query';
import { OfficeForm } from './office-form';

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

export function OfficesPage() {
  const fmt = useFormat();
  const columns = useOfficeColumns();
  const label = (o: Office) => pickLocalized(o.name, fmt.lang);
  return (
    <RecordListPage
      kind="offices"
      columns={columns}
      fetchPage={fetchOffices}
      rowLabel={label}
      recordLabel={label}
      renderForm={(office, props) => <OfficeForm office={office} {...props} />}
    />
  );
}
