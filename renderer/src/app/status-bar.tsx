import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { describeError } from './error-messages';

/** Which database is open and at which schema: what support asks first. */
export function StatusBar() {
  const { t } = useTranslation();
  const { data, error } = useApiQuery('app:info', {});
  return (
    <footer className="status-bar">
      {data ? (
        <>
          {/* Right-to-left only to put the ellipsis at the start: the end of a path is what tells files apart. */}
          <span className="status-bar__item status-bar__path" title={data.dbPath}>
            <span dir="ltr">{data.dbPath}</span>
          </span>
          <span className="status-bar__item">{t('status.schema', { version: data.schemaVersion })}</span>
          <span className="status-bar__spacer" />
          <span className="status-bar__item">{t(`shell.${data.shell}`)}</span>
          <span className="status-bar__item">{t('status.version', { version: data.version })}</span>
        </>
      ) : error ? (
        <span className="status-bar__item status-bar__error" role="alert">
          {t(describeError(error).titleKey)}
        </span>
      ) : (
        <span className="status-bar__item">{t('common.loading')}</span>
      )}
    </footer>
  );
}
