import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../electron/ipc/contract';
import { isApiError } from '../../api/api-error';
import { mutate, useApiQuery } from '../../api/hooks';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import './release-settings.css';

type Boilerplate = ChannelOutput<'releases:get-settings'>['boilerplates'][number];

const ALL = 'all';

const sameKey = (b: Boilerplate, organisationId: number | null, language: string) =>
  b.organisationId === organisationId && b.language === language;

/**
 * Settings › Releases: the reference pattern new releases are numbered with, and the notes to editors a new release
 * or translation starts with, per organisation (or for all) and language. The next reference comes from the backend,
 * which alone knows the references already given this year.
 */
export function ReleaseSettings() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const settings = useApiQuery('releases:get-settings', {});
  const organisations = useApiQuery('organisations:list', {});
  const [pattern, setPattern] = useState<string | null>(null);
  const [patternError, setPatternError] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState<string>(ALL);
  const [language, setLanguage] = useState('fr');
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);

  const organisationId = organisation === ALL ? null : Number(organisation);
  const saved = settings.data?.boilerplates;
  const own = saved?.find((b) => sameKey(b, organisationId, language));
  const languages = useMemo(() => {
    const set = new Set(settings.data?.languages ?? []);
    for (const b of saved ?? []) set.add(b.language);
    return [...set];
  }, [settings.data, saved]);

  // A new choice of organisation or language starts from its saved text, if any.
  useEffect(() => {
    if (saved) setText(own?.text ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the choice or the saved set changes
  }, [organisation, language, saved]);

  const organisationName = (orgId: number | null) =>
    orgId === null
      ? t('releases.settings.allOrganisations')
      : pickLocalized(organisations.data?.rows.find((o) => o.id === orgId)?.name, fmt.lang);

  const savePattern = async () => {
    if (pattern === null) return;
    setSaving(true);
    setPatternError(null);
    try {
      const next = await mutate('releases:update-settings', { referencePattern: pattern });
      setPattern(null);
      toastSuccess(t('releases.settings.patternSaved', { reference: next.nextReference }));
    } catch (error) {
      const issue = isApiError(error) ? error.issues.find((i) => i.path === 'referencePattern') : undefined;
      if (issue) setPatternError(issue.message);
      else toastError(error);
    } finally {
      setSaving(false);
    }
  };

  const writeBoilerplates = async (next: Boilerplate[], done: string) => {
    setSaving(true);
    try {
      await mutate('releases:update-settings', { boilerplates: next });
      toastSuccess(done);
    } catch (error) {
      toastError(error);
    } finally {
      setSaving(false);
    }
  };

  const scopeOf = (b: { organisationId: number | null; language: string }) => ({
    organisation: organisationName(b.organisationId),
    language: fmt.language(b.language),
  });
  const scope = scopeOf({ organisationId, language });
  const others = (saved ?? []).filter((b) => !sameKey(b, organisationId, language));
  const shownPattern = pattern ?? settings.data?.referencePattern ?? '';

  return (
    <section className="settings-group release-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="settings-group__title">
        {t('releases.settings.title')}
      </h2>

      <form
        className="release-settings__pattern"
        onSubmit={(e) => {
          e.preventDefault();
          void savePattern();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-pattern`}>
            {t('releases.settings.pattern')}
          </label>
          <input
            id={`${id}-pattern`}
            className="input mono"
            value={shownPattern}
            onChange={(e) => {
              setPattern(e.target.value);
              setPatternError(null);
            }}
            aria-invalid={patternError ? true : undefined}
            aria-describedby={`${id}-pattern-hint ${id}-pattern-next${patternError ? ` ${id}-pattern-error` : ''}`}
          />
          <span id={`${id}-pattern-hint`} className="field__hint">
            {t('releases.settings.patternHint')}
          </span>
          {patternError && (
            <span id={`${id}-pattern-error`} className="field__error" role="alert">
              {patternError}
            </span>
          )}
        </div>
        <p id={`${id}-pattern-next`} className="muted" role="status">
          {settings.data &&
            t(pattern === null ? 'releases.settings.next' : 'releases.settings.nextAfterSave', {
              reference: settings.data.nextReference,
            })}
        </p>
        <div className="release-settings__actions">
          <button type="submit" className="button button--primary" disabled={saving || pattern === null}>
            {t('releases.settings.savePattern')}
          </button>
        </div>
      </form>

      <h3 className="release-settings__subtitle">{t('releases.settings.boilerplates')}</h3>
      <p className="settings-group__hint">{t('releases.settings.boilerplatesHint')}</p>
      <div className="release-settings__pick">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-organisation`}>
            {t('releases.settings.organisation')}
          </label>
          <select
            id={`${id}-organisation`}
            className="select"
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          >
            <option value={ALL}>{t('releases.settings.allOrganisations')}</option>
            {organisations.data?.rows.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {pickLocalized(o.name, fmt.lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-language`}>
            {t('releases.settings.language')}
          </label>
          <select
            id={`${id}-language`}
            className="select"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {fmt.language(l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="field">
        <span className="field__label">{t('releases.settings.text', scope)}</span>
        <textarea
          className="textarea release-settings__text"
          rows={6}
          lang={language}
          dir="auto"
          maxLength={20_000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="release-settings__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={saving || text.trim() === '' || text === own?.text}
          onClick={() =>
            void writeBoilerplates(
              [...others, { organisationId, language, text }],
              t('releases.settings.boilerplateSaved', scope),
            )
          }
        >
          {t('releases.settings.saveBoilerplate')}
        </button>
      </div>

      {saved && saved.length > 0 ? (
        <ul className="release-settings__list" aria-label={t('releases.settings.savedList')}>
          {saved.map((b) => {
            const s = scopeOf(b);
            return (
              <li key={`${b.organisationId ?? ALL}-${b.language}`} className="release-settings__item">
                <span>
                  <strong>{s.organisation}</strong> · {s.language}
                  <span className="muted release-settings__excerpt" lang={b.language} dir="auto">
                    {b.text}
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={saving}
                  aria-label={t('releases.settings.removeNamed', s)}
                  onClick={() =>
                    void writeBoilerplates(
                      saved.filter((x) => x !== b),
                      t('releases.settings.boilerplateRemoved', s),
                    )
                  }
                >
                  {t('releases.settings.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('releases.settings.noBoilerplates')}</p>
      )}
    </section>
  );
}
