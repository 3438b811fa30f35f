import type { BulkActionInput, BulkTarget } from '../../../../electron/ipc/contract';
import { isApiError } from '../../api/api-error';
import { mutate } from '../../api/hooks';
import { queryCache } from '../../api/query-cache';
import { showToast, toastError, toastSuccess } from '../../components/toast/toast-store';
import { i18n } from '../../i18n';

/** List membership shows on the Lists page too; `contacts:bulk` alone would only refresh contact reads. */
const refreshLists = (action: BulkActionInput) => {
  if (action.kind === 'addToList') queryCache.invalidate(['lists']);
};

async function undo(undoToken: string, action: BulkActionInput) {
  try {
    const { restored } = await mutate('contacts:bulk-undo', { undoToken });
    refreshLists(action);
    toastSuccess(i18n.t('directory.bulk.undone', { count: restored }));
  } catch (error) {
    if (isApiError(error) && error.kind === 'Conflict') {
      showToast({
        tone: 'error',
        title: i18n.t('directory.bulk.undoRefusedTitle'),
        body: i18n.t('directory.bulk.undoRefusedBody'),
      });
    } else toastError(error);
  }
}

/**
 * Runs one bulk action and reports it: "Tagged 2,314 contacts · Undo". `name` is the topic or list it used, for the
 * message. Errors become a toast saying what happened; nothing was changed then (one transaction).
 */
export async function runBulk(target: BulkTarget, action: BulkActionInput, name = ''): Promise<void> {
  try {
    const result = await mutate('contacts:bulk', { target, action });
    refreshLists(action);
    const token = result.undoToken;
    if (token === null) {
      showToast({
        tone: 'info',
        title: i18n.t(`directory.bulk.unchanged.${action.kind}`, { count: result.matched, name }),
      });
      return;
    }
    toastSuccess(i18n.t(`directory.bulk.done.${action.kind}`, { count: result.changed, name }), {
      label: i18n.t('common.undo'),
      run: () => undo(token, action),
    });
  } catch (error) {
    toastError(error);
  }
}

/** A new static list for "Add to list → Create list “…”"; null (after saying why) when it cannot be made. */
export async function createListNamed(name: string): Promise<{ id: number; name: string } | null> {
  try {
    const list = await mutate('lists:create', { name });
    return { id: list.id, name: list.name };
  } catch (error) {
    toastError(error);
    return null;
  }
}
