import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import type { DataTableColumn } from '../../components/data-table/data-table';
import { RecordListPage, type ListRequest } from '../../components/page/record-list-page';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { sortFor } from '../shared/list-query';
import { OrganisationForm } from './organisation-form';

const sortColumns = ['name', 'kind', 'updatedAt'] as const;

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

const fetchOrganisations = ({ page, sort, query, includeArchived }: ListRequest) =>
  call('organisations:list', { page, sort: sortFor(sort, sortColumns, 'name'), query, includeArchived });

export function OrganisationsPage() {
  const fmt = useFormat();
  const columns = useOrganisationColumns();
  const label = (o: Organisation) => pickLocalized(o.name, fmt.lang);
  return (
    <RecordListPage
      kind="organisations"
      columns={columns}
      fetchPage={fetchOrganisations}
      rowLabel={label}
      recordLabel={label}
      renderForm={(organisation, props) => <OrganisationForm organisation={organisation} {...props} />}
    />
  );
}
