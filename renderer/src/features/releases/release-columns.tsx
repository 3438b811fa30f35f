import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseRow } from '../../../../electron/ipc/contract';
import type { DataTableColumn } from '../../components/data-table/data-table';
import { useFormat } from '../../i18n/format';

export const releaseSortColumns = [
  'reference',
  'title',
  'language',
  'status',
  'dateline',
  'embargo',
  'updatedAt',
] as const;

/** The embargo on the clock it was set in ("12 Apr 2030, 10:00 CEST"), as the press officer announced it. */
function embargoTime(embargo: { until: string; timeZone: string }, lang: string): string {
  try {
    return (
      new Intl.DateTimeFormat(lang, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: embargo.timeZone,
      }).format(new Date(embargo.until)) + ` ${shortZone(embargo, lang)}`
    );
  } catch {
    return embargo.until;
  }
}

const shortZone = (embargo: { until: string; timeZone: string }, lang: string) =>
  new Intl.DateTimeFormat(lang, { timeZone: embargo.timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(embargo.until))
    .find((p) => p.type === 'timeZoneName')?.value ?? embargo.timeZone;

export function useReleaseColumns(): DataTableColumn<ReleaseRow>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => [
      {
        id: 'reference',
        header: t('releases.column.reference'),
        size: 120,
        sortable: true,
        cell: (r) => <span className="cell-text release-reference">{r.reference}</span>,
      },
      {
        id: 'title',
        header: t('releases.column.title'),
        size: 340,
        sortable: true,
        cell: (r) => (
          <span className="cell-text cell-strong" lang={r.language}>
            {r.title || t('releases.untitled')}
          </span>
        ),
      },
      {
        id: 'language',
        header: t('releases.column.language'),
        size: 170,
        sortable: true,
        cell: (r) => (
          <span className="cell-text" title={r.groupLanguages.map((l) => fmt.language(l)).join(', ')}>
            {fmt.language(r.language)}
            {r.groupLanguages.length > 1 && (
              <span className="release-list__versions">
                {' '}
                {t('releases.column.versions', { count: r.groupLanguages.length })}
              </span>
            )}
          </span>
        ),
      },
      {
        id: 'status',
        header: t('releases.column.status'),
        size: 120,
        sortable: true,
        cell: (r) => (
          <span className={`badge release-status-badge is-${r.status}`}>{t(`releases.status.${r.status}`)}</span>
        ),
      },
      {
        id: 'dateline',
        header: t('releases.column.dateline'),
        size: 260,
        sortable: true,
        cell: (r) => (
          <span className="cell-text" lang={r.language}>
            {r.dateline}
          </span>
        ),
      },
      {
        id: 'embargo',
        header: t('releases.column.embargo'),
        size: 200,
        sortable: true,
        cell: (r) =>
          r.embargo ? (
            <span className="cell-text" title={r.embargoLine ?? undefined}>
              {embargoTime(r.embargo, fmt.lang)}
            </span>
          ) : null,
      },
      {
        id: 'tags',
        header: t('releases.column.tags'),
        size: 180,
        cell: (r) => <span className="cell-text">{r.tags.join(', ')}</span>,
      },
      {
        id: 'updatedAt',
        header: t('releases.column.updatedAt'),
        size: 150,
        sortable: true,
        cell: (r) => <span className="cell-text">{fmt.dateTime(r.updatedAt)}</span>,
      },
    ],
    [t, fmt],
  );
}
