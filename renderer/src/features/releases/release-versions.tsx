import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { invalidatedBy } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { navigate } from '../../app/navigation';
import { toastError } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { languageCodes } from '../reference/codes';

interface VersionsProps {
  readonly release: Release;
  /** Saves pending edits first, so the translation starts from the words on screen. */
  readonly beforeWrite: () => Promise<string>;
}

/**
 * Every language version of this release in one strip: the one open, the others (stale ones marked), the
 * organisation's languages still missing, and "Translate to…" for any other language.
 */
export function ReleaseVersions({ release, beforeWrite }: VersionsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data } = useApiQuery('releases:versions', { id: release.id });
  const [other, setOther] = useState('');
  const [busy, setBusy] = useState(false);
  const versions = data?.versions ?? [];
  const present = new Set(versions.map((v) => v.language));
  const others = languageCodes.filter((c) => !present.has(c));

  const translate = async (language: string) => {
    setBusy(true);
    try {
      await beforeWrite();
      const copy = await call('releases:translate', { id: release.id, language });
      queryCache.invalidate(invalidatedBy('releases:translate'));
      await navigate({ page: 'releases', record: copy.id }, { force: true });
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="release-versions" aria-labelledby={`release-${release.id}-versions`}>
      <h2 id={`release-${release.id}-versions`} className="release-side__title">
        {t('releases.versions.title')}
      </h2>
      <ul className="release-versions__strip">
        {versions.map((v) => (
          <li key={v.id}>
            {v.id === release.id ? (
              <span className="release-version is-current" aria-current="page">
                <span className="release-version__lang">{fmt.language(v.language)}</span>
                <span className="release-version__meta">{t(`releases.status.${v.status}`)}</span>
                {v.stale && <span className="badge badge--warning">{t('releases.versions.stale')}</span>}
              </span>
            ) : (
              <a className="release-version" href={`#/releases/${v.id}`}>
                <span className="release-version__lang">{fmt.language(v.language)}</span>
                <span className="release-version__meta">{t(`releases.status.${v.status}`)}</span>
                {v.stale && <span className="badge badge--warning">{t('releases.versions.stale')}</span>}
              </a>
            )}
          </li>
        ))}
        {data?.missing.map((lang) => (
          <li key={lang}>
            <button
              type="button"
              className="release-version is-missing"
              disabled={busy}
              onClick={() => void translate(lang)}
            >
              <span className="release-version__lang">{fmt.language(lang)}</span>
              <span className="release-version__meta">{t('releases.versions.missing')}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="release-versions__translate">
        <label className="field__label" htmlFor={`release-${release.id}-translate`}>
          {t('releases.versions.translateTo')}
        </label>
        <select
          id={`release-${release.id}-translate`}
          className="select"
          value={other}
          disabled={busy}
          onChange={(e) => setOther(e.target.value)}
        >
          <option value="">{t('releases.versions.chooseLanguage')}</option>
          {others.map((c) => (
            <option key={c} value={c}>
              {fmt.language(c)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={busy || other === ''}
          onClick={() => void translate(other)}
        >
          {t('releases.versions.translate')}
        </button>
      </div>
    </section>
  );
}
