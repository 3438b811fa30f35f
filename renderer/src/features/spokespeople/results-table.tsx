import { useTranslation } from 'react-i18next';
import type { Spokesperson } from '../../../../electron/ipc/contract';
import { Icon } from '../../components/icon';
import { useFormat } from '../../i18n/format';
import { copyBlockLine } from './copy-line';
import { useMinuteClock } from '../shared/use-minute-clock';

interface ResultsTableProps {
  readonly rows: readonly Spokesperson[];
  /** The place asked about, as the proximity badges name it. */
  readonly placeName: string;
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  readonly firstCopyRef?: (button: HTMLButtonElement | null) => void;
}

/** The people found, nearest office first, each with the local time at their office and a copy button. */
export function ResultsTable({ rows, placeName, language, direction, firstCopyRef }: ResultsTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useMinuteClock();
  return (
    <table className="spokes-table">
      <thead>
        <tr>
          <th scope="col">{t('spokespeople.column.name')}</th>
          <th scope="col">{t('spokespeople.column.title')}</th>
          <th scope="col">{t('spokespeople.column.office')}</th>
          <th scope="col">{t('spokespeople.column.localTime')}</th>
          <th scope="col">{t('spokespeople.column.reach')}</th>
          <th scope="col">{t('spokespeople.column.copy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const zone = r.office?.timeZone ?? null;
          const where = [r.office?.city, fmt.country(r.office?.country)].filter(Boolean).join(', ');
          return (
            <tr key={r.contactId}>
              <td>
                <a className="spokes-table__name" href={`#/contacts/${r.contactId}`}>
                  {r.name}
                </a>
                <span className="spokes-table__muted">{t(`spokespeople.role.${r.role}`)}</span>
              </td>
              <td lang={r.titleLanguage ?? undefined} dir="auto">
                {r.title}
                {r.titleLanguage && r.titleLanguage !== language && (
                  <span
                    className="badge badge--warning spokes-table__lang"
                    title={t('spokespeople.fallbackTitle', {
                      language: fmt.language(language),
                      used: fmt.language(r.titleLanguage),
                    })}
                  >
                    {r.titleLanguage.toUpperCase()}
                  </span>
                )}
              </td>
              <td>
                <span dir="auto" lang={r.office?.nameLanguage ?? undefined}>
                  {r.office?.name}
                </span>
                <span className="spokes-table__muted">
                  <span className={`badge spokes-proximity spokes-proximity--${r.proximity}`}>
                    {t(`spokespeople.proximity.${r.proximity}`, { place: placeName })}
                  </span>{' '}
                  {where}
                </span>
              </td>
              <td className="spokes-table__time">
                {zone ? (
                  <time title={t('spokespeople.timeThere', { zone })}>{fmt.timeIn(zone, now)}</time>
                ) : (
                  <span className="spokes-table__muted">{t('spokespeople.noTimeZone')}</span>
                )}
              </td>
              <td>
                {r.phones[0] && <span className="spokes-table__reach">{r.phones[0].display}</span>}
                {r.emails[0] && (
                  <a className="spokes-table__reach" href={`mailto:${r.emails[0]}`}>
                    {r.emails[0]}
                  </a>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  ref={i === 0 ? firstCopyRef : undefined}
                  aria-label={t('spokespeople.copyLabel', { name: r.name })}
                  title={r.blockLine}
                  data-direction={direction}
                  onClick={() => void copyBlockLine(r.name, r.blockLine)}
                >
                  <Icon name="copy" />
                  {t('spokespeople.copy')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
