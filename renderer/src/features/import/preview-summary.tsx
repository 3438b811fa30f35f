import { useTranslation } from 'react-i18next';
import type { PreviewSummaryData } from './import-page';

const delimiterNames = new Set([',', ';', '\t', '|']);

/** What was read: the kind of file, how it was decoded, and the counts of the preview. */
export function PreviewSummary({ summary }: { readonly summary: PreviewSummaryData }) {
  const { t } = useTranslation();
  const { counts, table } = summary;
  const facts = [
    t(`importer.format.${summary.format}`),
    summary.encoding && t('importer.encoding', { encoding: summary.encoding }),
    table?.delimiter &&
      delimiterNames.has(table.delimiter) &&
      t('importer.delimiter.label', { name: t(`importer.delimiter.${table.delimiter as ','}`) }),
  ].filter((f): f is string => typeof f === 'string' && f !== '');
  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <h2 id="import-summary-title" className="import-section__title">
        {summary.fileName}
      </h2>
      <p className="import-hint">{facts.join(' · ')}</p>
      {!summary.needsMapping && (
        <ul className="import-counts" aria-label={t('importer.counts.title')} data-testid="import-counts">
          <li>{t('importer.counts.rows', { count: counts.rows })}</li>
          <li className="import-counts__new">{t('importer.counts.new', { count: counts.new })}</li>
          {counts.duplicates > 0 && (
            <li className="import-counts__duplicate">
              {t('importer.counts.duplicates', { count: counts.duplicates })}
            </li>
          )}
          {counts.updates > 0 && <li>{t('importer.counts.updates', { count: counts.updates })}</li>}
          {counts.inFile > 0 && <li>{t('importer.counts.inFile', { count: counts.inFile })}</li>}
          {counts.rejected > 0 && (
            <li className="import-counts__rejected">{t('importer.counts.rejected', { count: counts.rejected })}</li>
          )}
        </ul>
      )}
      {summary.organisationsToCreate.length > 0 && (
        <p className="import-hint">
          {t('importer.counts.organisations', { names: summary.organisationsToCreate.join(', ') })}
        </p>
      )}
    </section>
  );
}
