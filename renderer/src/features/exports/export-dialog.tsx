import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { exportFormats } from '../../../../electron/ipc/contract';
import { useApiQuery } from '../../api/hooks';
import { describeError } from '../../app/error-messages';
import { Icon } from '../../components/icon';
import { useFormat } from '../../i18n/format';
import { ColumnPicker, type PickedColumn } from './column-picker';
import { safeFileName, saveBlob, type ExportSource } from './download';
import { Modal } from './modal';
import { useExportRun } from './use-export-run';
import './export-dialog.css';

type Format = (typeof exportFormats)[number];
type PageSize = 'A4' | 'Letter';
type Grouping = 'region' | 'office' | 'none';

/** What the user picks: one choice per line, the PDF's paper size folded in since press offices think "PDF A4". */
const choices = ['csv', 'csv-semicolon', 'xlsx', 'vcf', 'vcf3', 'pdf-A4', 'pdf-Letter'] as const;
type Choice = (typeof choices)[number];

const formatOf = (c: Choice): Format => (c.startsWith('pdf') ? 'pdf' : (c as Format));
const hasColumns = (f: Format) => f === 'csv' || f === 'csv-semicolon' || f === 'xlsx';
const extensionOf: Readonly<Record<Format, string>> = {
  csv: '.csv',
  'csv-semicolon': '.csv',
  xlsx: '.xlsx',
  vcf: '.vcf',
  vcf3: '.vcf',
  pdf: '.pdf',
};

interface ExportDialogProps {
  readonly source: ExportSource;
  /** The file name offered, without extension ("migration-journalists"). */
  readonly baseName: string;
  readonly onClose: () => void;
}

/**
 * Contact sheets from a selection, a filter, a list or offices: format, columns in order, then a progress bar
 * with Cancel, and the finished file in the downloads. A cancelled export leaves no file anywhere.
 */
export function ExportDialog({ source, baseName, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entity = source.kind === 'offices' ? 'offices' : 'contacts';
  const isList = source.kind === 'list';
  const [choice, setChoice] = useState<Choice>(fmt.lang === 'fr' ? 'csv-semicolon' : 'csv');
  const format = formatOf(choice);
  const pageSize: PageSize = choice === 'pdf-Letter' ? 'Letter' : 'A4';
  const [grouping, setGrouping] = useState<Grouping>(isList ? 'none' : 'region');
  const [fileName, setFileName] = useState(baseName);
  const [groupCard, setGroupCard] = useState(true);
  const [includeDoNotContact, setIncludeDoNotContact] = useState(false);
  const { state, start, cancel } = useExportRun();
  const ids = useId();

  const { data: catalogue } = useApiQuery('exports:columns', { entity, lang: fmt.lang });
  const [columns, setColumns] = useState<PickedColumn[] | null>(null);
  useEffect(() => {
    if (catalogue && columns === null)
      setColumns(catalogue.columns.map((c) => ({ id: c.id, label: c.label, checked: c.byDefault })));
  }, [catalogue, columns]);

  const busy = state.step === 'running' || state.step === 'downloading';
  const chosenColumns = useMemo(() => (columns ?? []).filter((c) => c.checked).map((c) => c.id), [columns]);
  const fullName = `${safeFileName(fileName, entity)}${extensionOf[format]}`;
  const noColumns = hasColumns(format) && columns !== null && chosenColumns.length === 0;

  const run = () => {
    const runSource: ExportSource =
      source.kind === 'list' ? { ...source, includeDoNotContact: includeDoNotContact } : source;
    void start(
      {
        source: runSource,
        format,
        columns: hasColumns(format) && columns !== null ? chosenColumns : null,
        lang: fmt.lang,
        pdf: { pageSize, grouping, title: null },
        groupCard: isList && groupCard,
      },
      fullName,
    );
  };

  const formatLabel = (c: Choice) => t(`exports.format.${c}`);

  return (
    <Modal title={t('exports.title')} onClose={onClose} busy={busy} className="export-dialog">
      <form
        className="export-dialog__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy && !noColumns) run();
        }}
      >
        <fieldset className="form-section" disabled={busy}>
          <legend className="form-section__title">{t('exports.formatLegend')}</legend>
          <div className="export-formats" role="radiogroup" aria-label={t('exports.formatLegend')}>
            {choices.map((c) => (
              <div key={c} className="export-formats__choice">
                <label className="checkbox">
                  <input
                    type="radio"
                    name={`${ids}-format`}
                    value={c}
                    checked={choice === c}
                    aria-describedby={`${ids}-${c}-hint`}
                    onChange={() => setChoice(c)}
                  />
                  {formatLabel(c)}
                </label>
                <p id={`${ids}-${c}-hint`} className="export-formats__hint">
                  {t(`exports.formatHint.${c}`)}
                </p>
              </div>
            ))}
          </div>
        </fieldset>

        {(format === 'csv' || format === 'csv-semicolon') && (
          <p className="export-dialog__note" role="note">
            <Icon name="info" />
            <span>{t('exports.formulaNote')}</span>
          </p>
        )}

        <fieldset className="form-section" disabled={busy}>
          <legend className="form-section__title">{t('exports.optionsLegend')}</legend>
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-name`}>
              {t('exports.fileName')}
            </label>
            <input
              id={`${ids}-name`}
              className="input"
              value={fileName}
              spellCheck={false}
              aria-describedby={`${ids}-name-hint`}
              onChange={(e) => setFileName(e.target.value)}
            />
            <p id={`${ids}-name-hint`} className="field__hint">
              {t('exports.savedAs', { name: fullName })}
            </p>
          </div>
          {format === 'pdf' && (
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-grouping`}>
                {t('exports.grouping')}
              </label>
              <select
                id={`${ids}-grouping`}
                className="select"
                value={grouping}
                onChange={(e) => setGrouping(e.target.value as Grouping)}
              >
                {(['region', 'office', 'none'] as const).map((g) => (
                  <option key={g} value={g}>
                    {t(`exports.groupBy.${g}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {isList && (format === 'vcf' || format === 'vcf3') && (
            <label className="checkbox">
              <input type="checkbox" checked={groupCard} onChange={(e) => setGroupCard(e.target.checked)} />
              {t('exports.groupCard')}
            </label>
          )}
          {isList && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={includeDoNotContact}
                onChange={(e) => setIncludeDoNotContact(e.target.checked)}
              />
              {t('exports.includeDoNotContact')}
            </label>
          )}
        </fieldset>

        {hasColumns(format) && columns !== null && (
          <fieldset className="export-dialog__columns" disabled={busy}>
            <ColumnPicker columns={columns} onChange={setColumns} />
          </fieldset>
        )}

        <ExportStatus state={state} onDownloadAgain={(file) => saveBlob(file.blob, file.fileName)} />

        <div className="dialog__actions">
          {busy ? (
            <button
              type="button"
              className="button"
              // The Export button is disabled while it runs: focus goes here rather than to nowhere.
              autoFocus
              disabled={state.step === 'downloading'}
              onClick={() => void cancel()}
            >
              {t('common.cancel')}
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              {state.step === 'done' ? t('form.close') : t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy || noColumns}>
            {t('exports.run')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function ExportStatus({
  state,
  onDownloadAgain,
}: {
  readonly state: ReturnType<typeof useExportRun>['state'];
  readonly onDownloadAgain: (file: { blob: Blob; fileName: string }) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (state.step === 'idle') return null;
  if (state.step === 'running' || state.step === 'downloading') {
    const running = state.step === 'running';
    const max = running && state.total > 0 ? state.total : undefined;
    return (
      <div className="export-progress">
        <progress
          className="export-progress__bar"
          aria-label={t('exports.progressLabel')}
          max={max}
          value={max === undefined ? undefined : running ? state.done : undefined}
        />
        <p role="status" className="export-progress__text">
          {running
            ? state.total > 0
              ? t('exports.progress', { done: state.done, total: state.total })
              : t('exports.preparing')
            : t('exports.downloading')}
        </p>
      </div>
    );
  }
  if (state.step === 'cancelled') {
    return (
      <p role="status" className="export-progress__text">
        {t('exports.cancelled')}
      </p>
    );
  }
  if (state.step === 'failed') {
    const { titleKey, actionKey } = describeError(state.error);
    const message = state.error instanceof Error ? state.error.message : '';
    return (
      <div role="alert" className="export-progress__error">
        <p>{t(titleKey)}</p>
        {message && <p>{message}</p>}
        <p>{t(actionKey)}</p>
      </div>
    );
  }
  const { result, file } = state;
  const skipped = result.skipped.doNotContact + result.skipped.archived + result.skipped.missing;
  return (
    <div className="export-progress__done">
      <p role="status">
        <Icon name="check" />
        {t('exports.done', {
          name: file.fileName,
          count: result.rows,
          size: fmt.number(Math.ceil(result.bytes / 1024)),
        })}
      </p>
      {skipped > 0 && (
        <p className="muted">
          {t('exports.skipped', {
            count: skipped,
            doNotContact: result.skipped.doNotContact,
            archived: result.skipped.archived,
            missing: result.skipped.missing,
          })}
        </p>
      )}
      <button type="button" className="button button--small" onClick={() => onDownloadAgain(file)}>
        {t('exports.downloadAgain')}
      </button>
    </div>
  );
}
