import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ImportProgress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

const phases = new Set(['uploading', 'reading', 'checking', 'writing']);

/** A running preview or import: what it is doing, how far it got, and Cancel. */
export function ProgressPanel({
  title,
  progress,
  onCancel,
}: {
  readonly title: string;
  readonly progress: ImportProgress | null;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const known = progress !== null && progress.total > 0;
  const phase = progress && phases.has(progress.phase) ? progress.phase : null;
  return (
    <section className="import-progress" aria-labelledby={labelId}>
      <h2 id={labelId} className="import-section__title">
        {title}
      </h2>
      <progress
        className="import-progress__bar"
        aria-label={t('importer.progressLabel')}
        data-testid="import-progress"
        {...(known ? { max: progress.total, value: Math.min(progress.done, progress.total) } : {})}
      />
      <p className="import-hint" aria-live="polite">
        {phase && t(`importer.phase.${phase as 'reading'}`)}
        {known && phase && ' · '}
        {known && t('importer.progressCount', { done: progress.done, total: progress.total })}
      </p>
      <div>
        <button type="button" className="button" onClick={onCancel}>
          {t('importer.cancel')}
        </button>
      </div>
    </section>
  );
}
