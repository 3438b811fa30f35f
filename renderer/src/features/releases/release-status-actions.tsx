import { useTranslation } from 'react-i18next';
import type { Release } from '../../../../electron/ipc/contract';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { invalidatedBy } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { confirmDialog } from '../../components/dialog/confirm-store';
import { showToast, toastError, toastSuccess } from '../../components/toast/toast-store';
import { confirmedMoves, orderedTransitions, type ReleaseStatus } from './release-status';

interface StatusActionsProps {
  readonly release: Release;
  /** Saves pending edits first and returns the `updatedAt` to guard the move with. */
  readonly beforeWrite: () => Promise<string>;
  readonly busy: boolean;
  readonly onBusy: (busy: boolean) => void;
}

/** Buttons for the statuses the server allows from here; approval and publication run the release check. */
export function StatusActions({ release, beforeWrite, busy, onBusy }: StatusActionsProps) {
  const { t } = useTranslation();

  const move = async (status: ReleaseStatus) => {
    if (confirmedMoves.has(status)) {
      const ok = await confirmDialog({
        title: t(`releases.move.confirm.${status === 'published' ? 'published' : 'archived'}.title`),
        body: t(`releases.move.confirm.${status === 'published' ? 'published' : 'archived'}.body`),
        confirmLabel: t(`releases.move.to.${status}`),
        cancelLabel: t('common.cancel'),
        initialFocus: 'confirm',
      });
      if (!ok) return;
    }
    onBusy(true);
    try {
      const ifUpdatedAt = await beforeWrite();
      await call('releases:set-status', { id: release.id, status, ifUpdatedAt });
      toastSuccess(t('releases.move.done', { status: t(`releases.status.${status}`) }));
    } catch (error) {
      if (isApiError(error) && error.kind === 'Conflict' && error.issues.length > 0) {
        showToast({ tone: 'error', title: t('releases.move.checkTitle'), body: t('releases.move.checkBody') });
      } else toastError(error);
    } finally {
      queryCache.invalidate(invalidatedBy('releases:set-status'));
      onBusy(false);
    }
  };

  const moves = orderedTransitions(release);
  return (
    <div className="release-status" role="group" aria-label={t('releases.move.group')}>
      {moves.map((status, i) => (
        <button
          key={status}
          type="button"
          className={`button button--small${i === 0 && status !== 'draft' && status !== 'archived' ? ' button--primary' : ''}`}
          disabled={busy}
          onClick={() => void move(status)}
        >
          {t(
            release.status === 'published' && status === 'draft'
              ? 'releases.move.reopen'
              : `releases.move.to.${status}`,
          )}
        </button>
      ))}
    </div>
  );
}
