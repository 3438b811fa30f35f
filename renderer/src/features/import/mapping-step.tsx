import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importColumnFields, importPresets, type ImportColumnField } from '../../../../electron/ipc/contract/import';
import type { PreviewSummaryData } from './import-page';

type Table = NonNullable<PreviewSummaryData['table']>;
type Preset = (typeof importPresets)[number];

const IGNORE = '';
const SAMPLE_VALUES = 3;

interface MappingStepProps {
  readonly table: Table;
  readonly needsMapping: boolean;
  readonly preset: Preset;
  readonly disabled: boolean;
  readonly onPreset: (preset: Preset) => void;
  readonly onPreview: (mapping: Table['mapping']) => void;
}

/**
 * The columns of a sheet with their first values and what each is imported as. The detected layout (Outlook,
 * Google current or older, generic) or a remembered mapping fills the choices; the user can change any of them.
 */
export function MappingStep({ table, needsMapping, preset, disabled, onPreset, onPreview }: MappingStepProps) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<readonly (ImportColumnField | null)[]>(table.mapping);
  const [showEmpty, setShowEmpty] = useState(needsMapping);
  // Outlook writes some 90 columns, most of them empty: those are left out unless asked for.
  const filled = table.header.map((_, i) => table.mapping[i] != null || table.samples.some((r) => r[i]?.trim()));
  const emptyCount = filled.filter((f) => !f).length;
  const changed = mapping.some((f, i) => f !== table.mapping[i]);
  const detected = [
    t(`importer.mapping.presetChoice.${table.preset}`),
    table.layout === 'current' || table.layout === 'older' ? t(`importer.mapping.layout.${table.layout}`) : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <section className="import-mapping" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title" className="import-section__title">
        {t('importer.mapping.title')}
      </h2>
      {needsMapping ? (
        <p className="import-warning" role="status">
          {t('importer.mapping.needed')}
        </p>
      ) : (
        <p className="import-hint">
          {t('importer.mapping.hint')} {t(`importer.mapping.source.${table.mappingSource}`)}
        </p>
      )}
      <div className="import-mapping__preset">
        <label className="import-field">
          <span>{t('importer.mapping.preset')}</span>
          <select
            className="select"
            value={preset}
            disabled={disabled}
            onChange={(e) => onPreset(e.currentTarget.value as Preset)}
          >
            {importPresets.map((p) => (
              <option key={p} value={p}>
                {t(`importer.mapping.presetChoice.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="import-hint">{t('importer.mapping.detected', { preset: detected })}</span>
      </div>
      <div className="import-table-wrap import-table-wrap--mapping">
        <table className="import-table" data-testid="import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('importer.mapping.column')}</th>
              <th scope="col">{t('importer.mapping.samples')}</th>
              <th scope="col">{t('importer.mapping.target')}</th>
            </tr>
          </thead>
          <tbody>
            {table.header.map((column, i) => {
              if (!showEmpty && !filled[i]) return null;
              const samples = table.samples
                .map((row) => row[i]?.trim() ?? '')
                .filter((v) => v !== '')
                .slice(0, SAMPLE_VALUES);
              return (
                <tr key={`${i} ${column}`}>
                  <th scope="row">{column || `#${i + 1}`}</th>
                  <td className="import-table__samples">{samples.join(' · ')}</td>
                  <td>
                    <select
                      className="select"
                      aria-label={t('importer.mapping.targetFor', { column: column || `#${i + 1}` })}
                      value={mapping[i] ?? IGNORE}
                      disabled={disabled}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setMapping((prev) =>
                          prev.map((f, j) => (j === i ? (value === IGNORE ? null : (value as ImportColumnField)) : f)),
                        );
                      }}
                    >
                      <option value={IGNORE}>{t('importer.mapping.ignore')}</option>
                      {importColumnFields.map((f) => (
                        <option key={f} value={f}>
                          {t(`importer.field.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="import-actions">
        {emptyCount > 0 && (
          <button type="button" className="button button--ghost" onClick={() => setShowEmpty((v) => !v)}>
            {showEmpty
              ? t('importer.mapping.hideEmpty', { count: emptyCount })
              : t('importer.mapping.showEmpty', { count: emptyCount })}
          </button>
        )}
        <button
          type="button"
          className={changed || needsMapping ? 'button button--primary' : 'button'}
          disabled={disabled || (!changed && !needsMapping)}
          onClick={() => onPreview([...mapping])}
        >
          {t('importer.mapping.apply')}
        </button>
        {changed && (
          <span className="import-hint" role="status">
            {t('importer.mapping.changed')}
          </span>
        )}
      </div>
    </section>
  );
}
