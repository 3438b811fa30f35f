import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/page/empty-state';
import { describeError } from '../../app/error-messages';
import { useFormat } from '../../i18n/format';
import { Explanation } from './explanation';
import { placeInput, setLastQuery, useLastQuery, type SpokespeopleQuery } from './last-query';
import { useLanguageOptions, usePlaceOptions } from './options';
import { Picker } from './picker';
import { ResultsTable } from './results-table';
import { useSpokespeopleLookup } from './use-lookup';
import './spokespeople.css';

const LIMIT = 50;

/**
 * "Who speaks for us on this, here, in this language?": a place and a language, then the people, nearest office
 * first. The whole flow runs from the keyboard: type a place, Enter, type a language, Enter, and the focus lands on
 * the first person's copy button.
 */
export function SpokespeoplePage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const last = useLastQuery();
  const query: SpokespeopleQuery = { place: last.place, language: last.language ?? i18n.resolvedLanguage ?? 'en' };
  const placeOptions = usePlaceOptions();
  const languageOptions = useLanguageOptions();
  const languageRef = useRef<HTMLInputElement>(null);
  const focusFirstCopy = useRef(false);

  const update = (patch: Partial<SpokespeopleQuery>) => setLastQuery({ ...query, ...patch });

  const place = placeInput(query.place);
  const input = place && query.language ? { ...place, language: query.language, limit: LIMIT } : null;
  const { data, error, loading } = useSpokespeopleLookup(input);
  const placeName = placeOptions.find((o) => o.value === query.place)?.label ?? '';
  const languageName = query.language ? fmt.language(query.language) : '';

  const [firstCopy, setFirstCopy] = useState<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (firstCopy && focusFirstCopy.current && !loading) {
      focusFirstCopy.current = false;
      firstCopy.focus();
    }
  }, [firstCopy, loading, data]);

  const current = data && (data.language === query.language ? data : undefined);

  return (
    <div className="spokes-page">
      <div className="spokes-page__toolbar">
        <h1 className="spokes-page__title">{t('spokespeople.title')}</h1>
        <Picker
          label={t('spokespeople.place')}
          placeholder={t('spokespeople.placePlaceholder')}
          options={placeOptions}
          value={query.place}
          autoFocus
          onChange={(value) => update({ place: value })}
          onCommit={() => languageRef.current?.focus()}
        />
        <Picker
          label={t('spokespeople.language')}
          placeholder={t('spokespeople.languagePlaceholder')}
          options={languageOptions}
          value={query.language}
          inputRef={languageRef}
          onChange={(value) => update({ language: value })}
          onCommit={() => (focusFirstCopy.current = true)}
        />
      </div>
      <div className="spokes-page__body" aria-busy={loading}>
        {!input && (
          <div className="panel-message">
            <EmptyState icon="spokespeople" title={t('spokespeople.chooseTitle')} body={t('spokespeople.chooseBody')} />
          </div>
        )}
        {input && error && (
          <div className="panel-message" role="alert">
            <EmptyState icon="alert" title={t('spokespeople.loadFailed')} body={t(describeError(error).actionKey)} />
          </div>
        )}
        {input && current && !error && (
          <>
            <p className="spokes-page__summary" role="status">
              {t('spokespeople.found', { count: current.total, place: placeName, language: languageName })}
              {current.total > current.rows.length && ` · ${t('spokespeople.shown', { count: current.rows.length })}`}
            </p>
            {current.rows.length > 0 ? (
              <ResultsTable
                rows={current.rows}
                placeName={placeName}
                language={current.language}
                direction={current.direction}
                firstCopyRef={setFirstCopy}
              />
            ) : (
              current.explanation && (
                <Explanation
                  explanation={current.explanation}
                  placeName={placeName}
                  language={current.language}
                  onRegion={(regionId) => update({ place: `r:${regionId}` })}
                  onLanguage={(language) => update({ language })}
                />
              )
            )}
          </>
        )}
      </div>
    </div>
  );
}
