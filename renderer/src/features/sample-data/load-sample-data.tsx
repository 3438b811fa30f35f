import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleDataProgress } from '../../../../electron/ipc/contract/sample-data';
import { sampleSizes, type SampleSize } from '../../../../electron/ipc/contract/sample-sizes';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { queryCache } from '../../api/query-cache';
import { showToast, toastError, toastSuccess } from '../../components/toast/toast-store';
import './sample-data.css';

const POLL_MS = 250;
/** Every read a new directory changes. */
const refreshed = ['contacts', 'offices', 'organisations', 'regions', 'search', 'sample-data', 'lists'];

/**
 * "Load sample data": offered while the database is empty, runs the `pressdesk seed-demo` generator with a size
 * choice, shows its progress and can cancel it (then nothing is kept), and refreshes every list when done.
 * `compact` drops the heading, for an empty state that has its own.
 */
export function LoadSampleData({ compact = false }: { readonly compact?: boolean }) {
  const { t } = useTranslation();
  const ids = useId();
  const status = useApiQuery('sample-data:status', {});
  const [size, setSize] = useState<SampleSize>(1000);
  const [runId, setRunId] = useState<string | null>(null);
  const [progress, setProgress] = useState<SampleDataProgress | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (runId === null) return;
    cancelRef.current?.focus();
    // One poll in flight at a time: the server answers between chunks, and a pile of polls would hold every
    // connection the browser allows to it, leaving none for the Cancel request.
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      call('sample-data:progress', { runId })
        .then((p) => !stopped && setProgress(p))
        .catch(() => {})
        .finally(() => {
          if (!stopped) timer = setTimeout(poll, POLL_MS);
        });
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId]);

  const load = async () => {
    const id = `sample-${Date.now().toString(36)}`;
    setRunId(id);
    setProgress({ phase: 'planning', done: 0, total: size });
    try {
      const result = await call('sample-data:load', { runId: id, contacts: size });
      if (result.cancelled) showToast({ tone: 'info', title: t('sampleData.cancelled') });
      else toastSuccess(t('sampleData.loaded', { contacts: result.contacts, offices: result.offices }));
    } catch (error) {
      toastError(error);
    } finally {
      setRunId(null);
      setProgress(null);
      queryCache.invalidate(refreshed);
    }
  };

  if (!status.data) return null;
  if (!status.data.empty && runId === null) {
    return compact ? null : (
      <section className="settings-group" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`} className="settings-group__title">
          {t('sampleData.title')}
        </h2>
        <p className="settings-group__hint">{t('sampleData.notEmpty')}</p>
      </section>
    );
  }

  const fraction = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const body = (
    <>
      {!compact && <p className="settings-group__hint">{t('sampleData.hint')}</p>}
      {runId === null ? (
        <div className="sample-data__controls">
          <label className="field__label" htmlFor={`${ids}-size`}>
            {t('sampleData.size')}
          </label>
          <select
            id={`${ids}-size`}
            className="select"
            value={size}
            onChange={(e) => setSize(Number(e.target.value) as SampleSize)}
          >
            {sampleSizes.map((n) => (
              <option key={n} value={n}>
                {t('sampleData.sizeOption', { count: n })}
              </option>
            ))}
          </select>
          <button type="button" className="button button--primary" onClick={() => void load()}>
            {t('sampleData.load')}
          </button>
        </div>
      ) : (
        <div className="sample-data__progress">
          <progress
            aria-label={t('sampleData.progressLabel')}
            max={1}
            value={progress?.phase === 'writing' ? fraction : undefined}
          />
          <p role="status" className="sample-data__phase">
            {progress && t(`sampleData.phase.${progress.phase}`, { done: progress.done, total: progress.total })}
          </p>
          <button
            ref={cancelRef}
            type="button"
            className="button"
            onClick={() => void call('sample-data:cancel', { runId }).catch(toastError)}
          >
            {t('sampleData.cancel')}
          </button>
        </div>
      )}
    </>
  );
  if (compact) return <div className="sample-data sample-data--compact">{body}</div>;
  return (
    <section className="settings-group sample-data" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="settings-group__title">
        {t('sampleData.title')}
      </h2>
      {body}
    </section>
  );
}
