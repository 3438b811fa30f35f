import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput } from '../../../../electron/ipc/contract';
import type { duplicateActions, importPresets } from '../../../../electron/ipc/contract/import';
import { ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { queryCache } from '../../api/query-cache';
import { describeError } from '../../app/error-messages';
import { ChooseSource } from './choose-source';
import { newImportId, sendFile, type ImportSource } from './import-source';
import { MappingStep } from './mapping-step';
import { PreviewSummary } from './preview-summary';
import { PreviewRows } from './preview-rows';
import { ProgressPanel, type ImportProgress } from './progress-panel';
import { ImportResultPanel } from './result-panel';
import './import.css';

export type PreviewSummaryData = ChannelOutput<'import:preview'>;
export type ApplyResult = ChannelOutput<'import:apply'>;
export type DuplicateAction = (typeof duplicateActions)[number];
export type EditedPerson = ChannelInput<'import:edit-row'>['person'];
type Preset = (typeof importPresets)[number];
type Mapping = NonNullable<PreviewSummaryData['table']>['mapping'];

type Stage =
  | { readonly kind: 'choose' }
  | { readonly kind: 'busy'; readonly task: 'reading' | 'writing'; readonly summary: PreviewSummaryData | null }
  | { readonly kind: 'preview'; readonly summary: PreviewSummaryData }
  | { readonly kind: 'done'; readonly summary: PreviewSummaryData; readonly result: ApplyResult };

interface Session {
  readonly importId: string;
  readonly fileName: string;
  source: ImportSource | null;
  preset: Preset;
}

/** The app's own limit (the server refuses more); checked here so a huge file is not read into memory first. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;
const POLL_MS = 250;

/** Everything a write here can change: imports create contacts and organisations. */
const IMPORT_WRITES = ['contacts', 'organisations', 'offices', 'search'];

/**
 * The import page: choose a file or paste a release, check the columns, read the preview (new rows, duplicates
 * with what a merge would change, invalid rows with their reasons), decide per duplicate, then import all or
 * nothing with a progress bar and Cancel. Nothing is written before "Import".
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<number, DuplicateAction>>(new Map());
  const [onDuplicate, setOnDuplicate] = useState<DuplicateAction>('merge');
  const [skipInvalid, setSkipInvalid] = useState(false);
  // Bumped when the preview's rows change in place (a corrected person), so the rows are read again.
  const [version, setVersion] = useState(0);
  const session = useRef<Session | null>(null);
  const cancelling = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving the page mid-import stops it rather than letting it finish unseen.
      const s = session.current;
      if (s) void call('import:cancel', { importId: s.importId }).catch(() => undefined);
    };
  }, []);

  const explain = useCallback(
    (e: unknown) => {
      const { titleKey, actionKey } = describeError(e);
      // The import's own refusals (a bad file, invalid rows) are sentences meant for the user.
      if (e instanceof ApiError && e.kind !== 'Internal' && e.kind !== 'Network') return e.message;
      return `${t(titleKey)} ${t(actionKey)}`;
    },
    [t],
  );

  /** Polls import:progress while `work` runs, so the bar moves; the poll stops with the work. */
  const withProgress = useCallback(async <T,>(importId: string, work: Promise<T>): Promise<T> => {
    setProgress(null);
    const timer = setInterval(() => {
      call('import:progress', { importId })
        .then((p) => mounted.current && setProgress(p))
        .catch(() => undefined);
    }, POLL_MS);
    try {
      return await work;
    } finally {
      clearInterval(timer);
    }
  }, []);

  const preview = useCallback(
    async (mapping: Mapping | null) => {
      const s = session.current;
      if (!s?.source) return;
      setError(null);
      setNotice(null);
      setStage((prev) => ({ kind: 'busy', task: 'reading', summary: prev.kind === 'preview' ? prev.summary : null }));
      cancelling.current = false;
      try {
        const summary = await withProgress(
          s.importId,
          call('import:preview', {
            importId: s.importId,
            fileName: s.fileName,
            source: s.source,
            preset: s.preset,
            mapping,
            lang: i18n.language === 'fr' ? 'fr' : 'en',
          }),
        );
        if (!mounted.current) return;
        setDecisions(new Map());
        setSkipInvalid(false);
        setStage({ kind: 'preview', summary });
      } catch (e) {
        if (!mounted.current) return;
        if (cancelling.current) {
          session.current = null;
          setNotice(t('importer.cancelled'));
        } else {
          setError(explain(e));
        }
        setStage({ kind: 'choose' });
      }
    },
    [explain, i18n.language, t, withProgress],
  );

  const startFile = useCallback(
    async (file: File) => {
      setError(null);
      setNotice(null);
      if (file.size > MAX_FILE_BYTES) {
        setError(t('importer.error.tooLarge'));
        return;
      }
      const s: Session = { importId: newImportId(), fileName: file.name, source: null, preset: 'auto' };
      session.current = s;
      setStage({ kind: 'busy', task: 'reading', summary: null });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        s.source = await sendFile(s.importId, bytes, (done, total) => setProgress({ phase: 'uploading', done, total }));
      } catch (e) {
        setError(e instanceof DOMException ? t('importer.error.unreadable') : explain(e));
        setStage({ kind: 'choose' });
        return;
      }
      await preview(null);
    },
    [explain, preview, t],
  );

  const startText = useCallback(
    async (text: string) => {
      session.current = {
        importId: newImportId(),
        fileName: t('importer.pastedName'),
        source: { kind: 'text', text },
        preset: 'auto',
      };
      await preview(null);
    },
    [preview, t],
  );

  const choosePreset = useCallback(
    async (preset: Preset) => {
      if (!session.current) return;
      session.current.preset = preset;
      await preview(null);
    },
    [preview],
  );

  const apply = useCallback(
    async (summary: PreviewSummaryData) => {
      const s = session.current;
      if (!s) return;
      setError(null);
      setNotice(null);
      cancelling.current = false;
      setStage({ kind: 'busy', task: 'writing', summary });
      try {
        const result = await withProgress(
          s.importId,
          call('import:apply', {
            importId: s.importId,
            onDuplicate,
            decisions: [...decisions].map(([row, action]) => ({ row, action })),
            skipInvalid,
          }),
        );
        queryCache.invalidate(IMPORT_WRITES);
        session.current = null;
        if (mounted.current) setStage({ kind: 'done', summary, result });
      } catch (e) {
        if (!mounted.current) return;
        if (cancelling.current) setNotice(t('importer.cancelled'));
        else setError(explain(e));
        setStage({ kind: 'preview', summary });
      }
    },
    [decisions, explain, onDuplicate, skipInvalid, t, withProgress],
  );

  const cancel = useCallback(async () => {
    const s = session.current;
    if (!s) return;
    cancelling.current = true;
    await call('import:cancel', { importId: s.importId }).catch(() => undefined);
  }, []);

  const reset = useCallback(() => {
    const s = session.current;
    if (s) void call('import:cancel', { importId: s.importId }).catch(() => undefined);
    session.current = null;
    setError(null);
    setNotice(null);
    setStage({ kind: 'choose' });
  }, []);

  /** Corrects an extracted person; the server plans the rows again and the preview shows the result. */
  const editPerson = useCallback(
    async (row: number, person: EditedPerson): Promise<boolean> => {
      const s = session.current;
      if (!s) return false;
      setError(null);
      try {
        const summary = await call('import:edit-row', { importId: s.importId, row, person });
        setVersion((v) => v + 1);
        setStage({ kind: 'preview', summary });
        return true;
      } catch (e) {
        setError(explain(e));
        return false;
      }
    },
    [explain],
  );

  const setDecision = useCallback((row: number, action: DuplicateAction) => {
    setDecisions((prev) => new Map(prev).set(row, action));
  }, []);

  const summary = stage.kind === 'choose' ? null : stage.summary;
  const busy = stage.kind === 'busy';

  return (
    <div className="import-page">
      <div className="list-page__toolbar">
        <h1 className="list-page__title">{t('nav.import')}</h1>
        {stage.kind !== 'choose' && !busy && (
          <button type="button" className="button" onClick={reset}>
            {t('importer.startOver')}
          </button>
        )}
      </div>
      <div className="import-page__body">
        <div aria-live="polite" className="import-page__messages">
          {notice && <p className="import-notice">{notice}</p>}
        </div>
        {error && (
          <div role="alert" className="import-error">
            <p className="import-error__title">{t('importer.error.title')}</p>
            <p>{error}</p>
          </div>
        )}
        {stage.kind === 'choose' && (
          <ChooseSource onFile={(f) => void startFile(f)} onText={(text) => void startText(text)} />
        )}
        {busy && (
          <ProgressPanel
            title={t(stage.task === 'writing' ? 'importer.writing' : 'importer.reading', {
              fileName: session.current?.fileName ?? '',
            })}
            progress={progress}
            onCancel={() => void cancel()}
          />
        )}
        {summary && stage.kind !== 'done' && (
          <>
            <PreviewSummary summary={summary} />
            {summary.table && (
              <MappingStep
                key={`${summary.table.signature} ${summary.table.mapping.join(',')}`}
                table={summary.table}
                needsMapping={summary.needsMapping}
                preset={session.current?.preset ?? 'auto'}
                disabled={busy}
                onPreset={(p) => void choosePreset(p)}
                onPreview={(mapping) => void preview(mapping)}
              />
            )}
            {!summary.needsMapping && (
              <PreviewRows
                key={`${summary.importId} ${version} ${JSON.stringify(summary.counts)} ${summary.table?.mapping.join(',') ?? ''}`}
                summary={summary}
                decisions={decisions}
                onDecision={setDecision}
                onDuplicate={onDuplicate}
                onAllDuplicates={setOnDuplicate}
                skipInvalid={skipInvalid}
                onSkipInvalid={setSkipInvalid}
                disabled={busy}
                onApply={() => void apply(summary)}
                {...(summary.format === 'release' ? { onEdit: editPerson } : {})}
              />
            )}
          </>
        )}
        {stage.kind === 'done' && <ImportResultPanel result={stage.result} onAnother={reset} />}
      </div>
    </div>
  );
}
