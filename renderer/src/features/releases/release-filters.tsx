import { useTranslation } from 'react-i18next';
import { releaseStatuses, type ReleaseListInput } from '../../../../electron/ipc/contract/releases';
import { useFormat } from '../../i18n/format';

export interface ReleaseFilterState {
  readonly status: string;
  readonly language: string;
  readonly tag: string;
  readonly dateField: 'dateline' | 'embargo' | 'updated';
  readonly from: string;
  readonly to: string;
}

export const noFilters: ReleaseFilterState = {
  status: '',
  language: '',
  tag: '',
  dateField: 'dateline',
  from: '',
  to: '',
};

type Filter = NonNullable<ReleaseListInput['filter']>;

/** The toolbar's choices as the API's filter; an empty choice leaves that criterion out. */
export function filterFor(state: ReleaseFilterState, query: string): Filter {
  const status = releaseStatuses.find((s) => s === state.status);
  return {
    query,
    dateField: state.dateField,
    ...(status ? { statuses: [status] } : {}),
    ...(state.language ? { language: state.language } : {}),
    ...(state.tag.trim() ? { tag: state.tag.trim() } : {}),
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
  };
}

interface ReleaseFiltersProps {
  readonly value: ReleaseFilterState;
  readonly onChange: (value: ReleaseFilterState) => void;
  readonly languages: readonly string[];
}

/** Status, language, tag and a date range, in a row above the table. */
export function ReleaseFilters({ value, onChange, languages }: ReleaseFiltersProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const set = <K extends keyof ReleaseFilterState>(key: K, v: ReleaseFilterState[K]) =>
    onChange({ ...value, [key]: v });
  const active = JSON.stringify(value) !== JSON.stringify(noFilters);
  return (
    <div className="release-filters" role="group" aria-label={t('releases.filter.label')}>
      <label className="release-filters__item">
        <span>{t('releases.filter.status')}</span>
        <select className="select" value={value.status} onChange={(e) => set('status', e.target.value)}>
          <option value="">{t('releases.filter.anyStatus')}</option>
          {releaseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`releases.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="release-filters__item">
        <span>{t('releases.filter.language')}</span>
        <select className="select" value={value.language} onChange={(e) => set('language', e.target.value)}>
          <option value="">{t('releases.filter.anyLanguage')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {fmt.language(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="release-filters__item">
        <span>{t('releases.filter.tag')}</span>
        <input
          className="input release-filters__tag"
          value={value.tag}
          onChange={(e) => set('tag', e.target.value)}
          placeholder={t('releases.filter.anyTag')}
        />
      </label>
      <label className="release-filters__item">
        <span>{t('releases.filter.dateField')}</span>
        <select
          className="select"
          value={value.dateField}
          onChange={(e) => set('dateField', e.target.value as ReleaseFilterState['dateField'])}
        >
          <option value="dateline">{t('releases.filter.date.dateline')}</option>
          <option value="embargo">{t('releases.filter.date.embargo')}</option>
          <option value="updated">{t('releases.filter.date.updated')}</option>
        </select>
      </label>
      <label className="release-filters__item">
        <span>{t('releases.filter.from')}</span>
        <input className="input" type="date" value={value.from} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="release-filters__item">
        <span>{t('releases.filter.to')}</span>
        <input className="input" type="date" value={value.to} onChange={(e) => set('to', e.target.value)} />
      </label>
      {active && (
        <button type="button" className="button button--ghost button--small" onClick={() => onChange(noFilters)}>
          {t('releases.filter.clear')}
        </button>
      )}
    </div>
  );
}
