import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// Settings is a chunk of its own, and a restored backup refreshes what every channel cached.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { channels, type BackupProgress } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { domainOf } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { confirmDialog } from '../../components/dialog/confirm-store';
import { showToast, toastError, toastSuccess } from '../../components/toast/toast-store';
import './backups.css';

const POLL_MS = 200;

/**
 * Settings › Backups: the daily automatic backups and how many are kept, "Back up now" with progress and cancel, and
 * restoring one of them after a confirmation. A restore swaps the file under the running app, so every read is
 * refreshed afterwards.
 */
export function BackupsSettings() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const list = useApiQuery('backups:list', {});
  const [keep, setKeep] = useState<string>('');
  const [running, setRunning] = useState<'backup' | 'restore' | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    if (list.data && keep === '') setKeep(String(list.data.keep));
  }, [list.data, keep]);

  useEffect(() => {
    if (running !== 'backup') return;
    cancelRef.current?.focus();
    const timer = setInterval(() => {
      call('backups:progress', {})
        .then(setProgress)
        .catch(() => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  const dateOf = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  const sizeOf = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: bytes >= 1_048_576 ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: 1,
    }).format(bytes / (bytes >= 1_048_576 ? 1_048_576 : 1024));

  const refreshList = () => queryCache.invalidate(['backups']);

  const backUpNow = async () => {
    setRunning('backup');
    setProgress(null);
    cancelled.current = false;
    try {
      const made = await call('backups:create', {});
      toastSuccess(t('backups.done', { name: made.name }));
    } catch (error) {
      if (cancelled.current) showToast({ tone: 'info', title: t('backups.cancelled') });
      else toastError(error);
    } finally {
      setRunning(null);
      setProgress(null);
      refreshList();
    }
  };

  const restore = async (name: string, createdAt: string) => {
    const date = dateOf(createdAt);
    const confirmed = await confirmDialog({
      title: t('backups.confirmTitle', { date }),
      body: t('backups.confirmBody'),
      confirmLabel: t('backups.confirmRestore'),
      cancelLabel: t('backups.confirmCancel'),
      tone: 'danger',
      initialFocus: 'cancel',
    });
    if (!confirmed) return;
    setRunning('restore');
    try {
      const result = await call('backups:restore', { name });
      toastSuccess(t('backups.restored', { date, previous: result.previousBackup }));
    } catch (error) {
      toastError(error);
    } finally {
      setRunning(null);
      // Every record may have changed: refresh every read.
      queryCache.invalidate([...new Set(channels.map(domainOf))]);
    }
  };

  const saveKeep = async () => {
    try {
      const saved = await call('backups:update-settings', { keep: Number(keep) });
      toastSuccess(t('backups.keepSaved', { count: saved.keep }));
    } catch (error) {
      toastError(error);
    } finally {
      refreshList();
    }
  };

  if (!list.data) return null;
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <section className="settings-group backups" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="settings-group__title">
        {t('backups.title')}
      </h2>
      <p className="settings-group__hint">{t('backups.hint')}</p>
      {list.data.folder !== '' && (
        <p className="backups__folder">
          {t('backups.folder')} <span className="mono">{list.data.folder}</span>
        </p>
      )}
      <form
        className="backups__keep"
        onSubmit={(e) => {
          e.preventDefault();
          void saveKeep();
        }}
      >
        <label className="field__label" htmlFor={`${ids}-keep`}>
          {t('backups.keep')}
        </label>
        <input
          id={`${ids}-keep`}
          className="input backups__keep-input"
          type="number"
          min={1}
          max={365}
          required
          value={keep}
          onChange={(e) => setKeep(e.target.value)}
        />
        <button type="submit" className="button">
          {t('backups.saveKeep')}
        </button>
      </form>

      {running === 'backup' ? (
        <div className="backups__progress">
          <progress aria-label={t('backups.progressLabel')} max={100} value={progress?.total ? percent : undefined} />
          <p role="status">{t('backups.progress', { percent })}</p>
          <button
            ref={cancelRef}
            type="button"
            className="button"
            onClick={() => {
              cancelled.current = true;
              void call('backups:cancel', {}).catch(toastError);
            }}
          >
            {t('backups.cancel')}
          </button>
        </div>
      ) : (
        <div>
          <button
            type="button"
            className="button button--primary"
            disabled={running !== null}
            onClick={() => void backUpNow()}
          >
            {t('backups.backUpNow')}
          </button>
          {running === 'restore' && (
            <p role="status" className="backups__status">
              {t('backups.restoring')}
            </p>
          )}
        </div>
      )}

      {list.data.backups.length === 0 ? (
        <p className="settings-group__hint">{t('backups.none')}</p>
      ) : (
        <table className="backups__table" aria-label={t('backups.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('backups.date')}</th>
              <th scope="col">{t('backups.kind')}</th>
              <th scope="col" className="backups__size">
                {t('backups.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.backups.map((b) => (
              <tr key={b.name}>
                <td title={b.name}>{dateOf(b.createdAt)}</td>
                <td>{t(`backups.kinds.${b.kind}`)}</td>
                <td className="backups__size">{sizeOf(b.size)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={running !== null}
                    aria-label={t('backups.restoreLabel', { date: dateOf(b.createdAt) })}
                    onClick={() => void restore(b.name, b.createdAt)}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
