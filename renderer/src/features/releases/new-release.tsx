import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { invalidatedBy } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { navigate } from '../../app/navigation';
import { toastError } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { languageCodes } from '../reference/codes';
import './releases.css';

interface NewReleaseProps {
  /** The release was made: open it with the caret in its body. */
  readonly onCreated: (id: number) => void;
}

/**
 * `#/releases/new`: a title and a language, then the editor. Asking first (rather than making an empty release on
 * "New") keeps abandoned, nameless drafts out of the list and the reference sequence.
 */
export function NewRelease({ onCreated }: NewReleaseProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data: settings } = useApiQuery('releases:get-settings', {});
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preferred = settings?.languages ?? [];
  const uiLanguage = fmt.lang.slice(0, 2);
  const language = chosen ?? (preferred.includes(uiLanguage) ? uiLanguage : (preferred[0] ?? uiLanguage));
  const others = languageCodes.filter((c) => !preferred.includes(c));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const release = await call('releases:create', { language, title: title.trim() });
      queryCache.invalidate(invalidatedBy('releases:create'));
      onCreated(release.id);
      await navigate({ page: 'releases', record: release.id }, { replace: true, force: true });
    } catch (error) {
      toastError(error);
      setBusy(false);
    }
  };

  return (
    <div className="new-release">
      <form className="new-release__card" onSubmit={(e) => void submit(e)} aria-labelledby="new-release-title">
        <h1 id="new-release-title" className="new-release__heading">
          {t('releases.new')}
        </h1>
        <div className="field">
          <label className="field__label" htmlFor="new-release-name">
            {t('releases.field.title')}
          </label>
          <input
            id="new-release-name"
            className="input"
            value={title}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') void navigate({ page: 'releases' });
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="new-release-language">
            {t('releases.field.language')}
          </label>
          <select
            id="new-release-language"
            className="select"
            value={language}
            onChange={(e) => setChosen(e.target.value)}
          >
            <optgroup label={t('releases.field.usualLanguages')}>
              {preferred.map((c) => (
                <option key={c} value={c}>
                  {fmt.language(c)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('releases.field.otherLanguages')}>
              {others.map((c) => (
                <option key={c} value={c}>
                  {fmt.language(c)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <p className="field__hint">{t('releases.newHint', { reference: settings?.nextReference ?? '…' })}</p>
        <div className="new-release__actions">
          <button type="button" className="button" onClick={() => void navigate({ page: 'releases' })}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('releases.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
