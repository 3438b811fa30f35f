import { useTranslation } from 'react-i18next';
import type { SpokespeopleExplanation } from '../../../../electron/ipc/contract';
import { Icon } from '../../components/icon';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';

interface ExplanationProps {
  readonly explanation: SpokespeopleExplanation;
  readonly placeName: string;
  readonly language: string;
  readonly onRegion: (regionId: number) => void;
  readonly onLanguage: (language: string) => void;
}

/** Why nobody came, in words, and the nearby lookups that find someone, as buttons that run them. */
export function Explanation({ explanation: e, placeName, language, onRegion, onLanguage }: ExplanationProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const languageName = fmt.language(language);
  const facts = { place: placeName, language: languageName };
  const reasons = [
    e.coveringAnyLanguage === 0
      ? t('spokespeople.empty.nobodyCovers', facts)
      : t('spokespeople.empty.noneSpeak', { ...facts, count: e.coveringAnyLanguage }),
    e.doNotContact > 0 && t('spokespeople.empty.doNotContact', { ...facts, count: e.doNotContact }),
    e.archived > 0 && t('spokespeople.empty.archived', { ...facts, count: e.archived }),
    e.otherRoles > 0 && t('spokespeople.empty.otherRoles', { ...facts, count: e.otherRoles }),
  ].filter((r): r is string => typeof r === 'string');
  return (
    <section className="spokes-empty" aria-labelledby="spokes-empty-title">
      <Icon name="info" className="spokes-empty__icon" />
      <h2 id="spokes-empty-title" className="spokes-empty__title">
        {t('spokespeople.empty.title', facts)}
      </h2>
      <ul className="spokes-empty__reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {e.alternatives.length > 0 ? (
        <>
          <p className="spokes-empty__closest">{t('spokespeople.empty.closest')}</p>
          <ul className="spokes-empty__alternatives">
            {e.alternatives.map((a) => (
              <li key={a.kind === 'region' ? `r${a.regionId}` : `l${a.language}`}>
                {a.kind === 'region' ? (
                  <button type="button" className="button button--small" onClick={() => onRegion(a.regionId)}>
                    {t('spokespeople.empty.region', {
                      count: a.count,
                      language: languageName,
                      region: pickLocalized(a.regionName, fmt.lang),
                    })}
                  </button>
                ) : (
                  <button type="button" className="button button--small" onClick={() => onLanguage(a.language)}>
                    {t('spokespeople.empty.otherLanguage', {
                      count: a.count,
                      place: placeName,
                      language: fmt.language(a.language),
                    })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('spokespeople.empty.nothingClose')}</p>
      )}
    </section>
  );
}
