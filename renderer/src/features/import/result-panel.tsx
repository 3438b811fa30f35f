import { useTranslation } from 'react-i18next';
import { formatRoute } from '../../app/route';
import type { ApplyResult } from './import-page';

/** What the import did, with the way to the contacts. */
export function ImportResultPanel({
  result,
  onAnother,
}: {
  readonly result: ApplyResult;
  readonly onAnother: () => void;
}) {
  const { t } = useTranslation();
  const lines = [
    t('importer.done.created', { count: result.created }),
    result.updated > 0 && t('importer.done.updated', { count: result.updated }),
    result.merged > 0 && t('importer.done.merged', { count: result.merged }),
    result.skipped > 0 && t('importer.done.skipped', { count: result.skipped }),
    result.rejectedTotal > 0 && t('importer.done.rejected', { count: result.rejectedTotal }),
  ].filter((l): l is string => typeof l === 'string');
  return (
    <section className="import-result" aria-labelledby="import-result-title">
      <h2 id="import-result-title" className="import-section__title">
        {t('importer.done.title')}
      </h2>
      <ul className="import-result__list" data-testid="import-result">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="import-actions">
        <a className="button button--primary" href={formatRoute({ page: 'contacts' })}>
          {t('importer.done.openContacts')}
        </a>
        <button type="button" className="button" onClick={onAnother}>
          {t('importer.done.another')}
        </button>
      </div>
    </section>
  );
}
