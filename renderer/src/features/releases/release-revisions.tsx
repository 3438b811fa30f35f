import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release, ReleaseRevision } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { invalidatedBy } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { confirmDialog } from '../../components/dialog/confirm-store';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import '../../components/dialog/dialog.css';

interface RevisionsProps {
  readonly release: Release;
  /** Saves pending edits first: a restore replaces them, and the current words become a revision of their own. */
  readonly beforeWrite: () => Promise<string>;
  /** The release as restored, for the editor to start again from. */
  readonly onRestored: (release: Release) => void;
}

function RevisionDialog(props: {
  readonly revision: ReleaseRevision;
  readonly canRestore: boolean;
  readonly onRestore: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ref = useRef<HTMLDialogElement>(null);
  const { revision, onClose } = props;
  const s = revision.snapshot;
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  const titleId = `revision-${revision.id}-title`;
  return (
    <dialog
      ref={ref}
      className="dialog release-revision-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('releases.revisions.viewTitle', { when: fmt.dateTime(revision.savedAt) })}
      </h2>
      <div className="release-revision" lang={s.language}>
        <p className="release-revision__title">{s.title || t('releases.untitled')}</p>
        {s.subtitle && <p className="release-revision__subtitle">{s.subtitle}</p>}
        {(s.datelineCity || s.datelineDate) && (
          <p className="release-revision__dateline">
            {[s.datelineCity, s.datelineDate ? fmt.date(s.datelineDate) : null].filter(Boolean).join(' – ')}
          </p>
        )}
        <div className="release-revision__body">{s.body.text}</div>
        {s.notesToEditors && <div className="release-revision__notes">{s.notesToEditors}</div>}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('form.close')}
        </button>
        <button type="button" className="button button--primary" disabled={!props.canRestore} onClick={props.onRestore}>
          {t('releases.revisions.restore')}
        </button>
      </div>
    </dialog>
  );
}

/** The release's saved states, newest first; any one can be read in full and brought back. */
export function ReleaseRevisions({ release, beforeWrite, onRestored }: RevisionsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data } = useApiQuery('releases:list-revisions', { id: release.id });
  const [viewing, setViewing] = useState<ReleaseRevision | null>(null);
  const canRestore = release.editable === 'all';
  const rows = data?.rows ?? [];

  const view = async (id: number) => {
    try {
      setViewing(await call('releases:get-revision', { id }));
    } catch (error) {
      toastError(error);
    }
  };

  const restore = async (id: number, savedAt: string) => {
    const ok = await confirmDialog({
      title: t('releases.revisions.confirmTitle', { when: fmt.dateTime(savedAt) }),
      body: t('releases.revisions.confirmBody'),
      confirmLabel: t('releases.revisions.restore'),
      cancelLabel: t('common.cancel'),
      initialFocus: 'confirm',
    });
    if (!ok) return;
    try {
      await beforeWrite();
      const restored = await call('releases:restore-revision', { id });
      queryCache.invalidate(invalidatedBy('releases:restore-revision'));
      setViewing(null);
      onRestored(restored);
      toastSuccess(t('releases.revisions.restored', { when: fmt.dateTime(savedAt) }));
    } catch (error) {
      toastError(error);
    }
  };

  return (
    <section className="release-revisions" aria-labelledby={`release-${release.id}-revisions`}>
      <h2 id={`release-${release.id}-revisions`} className="release-side__title">
        {t('releases.revisions.title')}
      </h2>
      {!canRestore && <p className="release-side__hint">{t('releases.revisions.locked')}</p>}
      <ol className="release-revisions__list">
        {rows.map((r, i) => (
          <li key={r.id} className="release-revisions__item">
            <span className="release-revisions__when">
              <time dateTime={r.savedAt}>{fmt.dateTime(r.savedAt)}</time>
              <span className="release-revisions__reason">
                {i === 0 ? t('releases.revisions.current') : t(`releases.revisions.reason.${r.reason}`)}
              </span>
            </span>
            <span className="release-revisions__actions">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('releases.revisions.viewNamed', { when: fmt.dateTime(r.savedAt) })}
                onClick={() => void view(r.id)}
              >
                {t('releases.revisions.view')}
              </button>
              {i > 0 && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={!canRestore}
                  aria-label={t('releases.revisions.restoreNamed', { when: fmt.dateTime(r.savedAt) })}
                  onClick={() => void restore(r.id, r.savedAt)}
                >
                  {t('releases.revisions.restore')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      {viewing && (
        <RevisionDialog
          revision={viewing}
          canRestore={canRestore && viewing.id !== rows[0]?.id}
          onRestore={() => void restore(viewing.id, viewing.savedAt)}
          onClose={() => setViewing(null)}
        />
      )}
    </section>
  );
}
