import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { memberSortColumns, type MemberRow } from '../../../../electron/ipc/contract/lists';
import { call } from '../../api/client';
import type { SortState } from '../../components/data-table/column-state';
import { DataTable, type DataTableColumn } from '../../components/data-table/data-table';
import { EmptyState } from '../../components/page/empty-state';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { sortFor } from '../shared/list-query';

export type MemberStatus = 'all' | 'sendable' | 'warnings' | 'excluded';

const defaultSort: SortState = { columnId: 'name', desc: false };

function useMemberColumns(): DataTableColumn<MemberRow>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('lists.column.name'),
        size: 220,
        sortable: true,
        cell: (m) => (
          <>
            <span className="cell-text cell-strong">{m.displayName}</span>
            {m.warnings.includes('do-not-contact') && (
              <span className="badge badge--danger">{t('contacts.doNotContactBadge')}</span>
            )}
            {m.warnings.includes('archived') && <span className="badge">{t('common.archived')}</span>}
          </>
        ),
      },
      {
        id: 'why',
        header: t('lists.column.why'),
        size: 150,
        cell: (m) => (
          <span className="cell-text">
            {m.excludedByHand
              ? t('lists.how.excluded')
              : m.addedByHand
                ? t('lists.how.byHand')
                : m.byFilter
                  ? t('lists.how.byFilter')
                  : ''}
          </span>
        ),
      },
      {
        id: 'warnings',
        header: t('lists.column.warnings'),
        size: 260,
        cell: (m) => (
          <span className="cell-text member-warning">
            {m.warnings
              .map((w) =>
                w === 'do-not-contact' && m.doNotContactReason
                  ? t('lists.warning.doNotContactBecause', { reason: m.doNotContactReason })
                  : t(`lists.warning.${w}`),
              )
              .join(' · ')}
          </span>
        ),
      },
      {
        id: 'email',
        header: t('contacts.column.email'),
        size: 220,
        cell: (m) => <span className="cell-text">{m.email}</span>,
      },
      {
        id: 'phone',
        header: t('contacts.column.phone'),
        size: 150,
        cell: (m) => <span className="cell-text">{m.phone}</span>,
      },
      {
        id: 'organisation',
        header: t('contacts.column.organisation'),
        size: 170,
        sortable: true,
        cell: (m) => <span className="cell-text">{pickLocalized(m.organisationName, fmt.lang)}</span>,
      },
      {
        id: 'office',
        header: t('contacts.column.office'),
        size: 200,
        sortable: true,
        cell: (m) => <span className="cell-text">{pickLocalized(m.officeName, fmt.lang)}</span>,
      },
      {
        id: 'country',
        header: t('contacts.column.country'),
        size: 120,
        sortable: true,
        cell: (m) => <span className="cell-text">{fmt.country(m.country)}</span>,
      },
    ],
    [t, fmt],
  );
}

interface MembersTableProps {
  readonly listId: number;
  readonly status: MemberStatus;
  readonly label: string;
  readonly onCursor: (member: MemberRow) => void;
  /** Delete on the selection: take these people off the list. */
  readonly onRemove: (members: readonly MemberRow[]) => void;
}

/** The list's members in the shared table, page by page from the server, each with how they got there and why a send would leave them out. */
export function MembersTable({ listId, status, label, onCursor, onRemove }: MembersTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const columns = useMemberColumns();
  const fetchPage = useCallback(
    async ({ offset, limit, sort }: { offset: number; limit: number; sort: SortState | null }) => {
      const { rows, total } = await call('lists:members', {
        id: listId,
        page: { offset, limit },
        sort: sortFor(sort, memberSortColumns, 'name'),
        status,
        lang: fmt.lang === 'fr' ? 'fr' : 'en',
      });
      return { rows, total };
    },
    [listId, status, fmt.lang],
  );
  return (
    <DataTable<MemberRow>
      tableId="list-members"
      label={label}
      columns={columns}
      defaultSort={defaultSort}
      queryKey={JSON.stringify({ listId, status, lang: fmt.lang })}
      fetchPage={fetchPage}
      tags={['lists', 'contacts']}
      onCursorChange={onCursor}
      onOpen={onCursor}
      onArchive={onRemove}
      isMuted={(m) => m.warnings.length > 0 || m.excludedByHand}
      countLabel={(n) => t('lists.memberCount', { count: n })}
      emptyState={
        <EmptyState icon="contacts" title={t(`lists.emptyMembers.${status}`)} body={t('lists.emptyMembersBody')} />
      }
    />
  );
}
