import type { Channel } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';
import { invalidatedBy } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { confirmDialog } from '../../components/dialog/confirm-store';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { i18n } from '../../i18n';

type ArchiveChannel = Extract<Channel, `${string}:archive`>;
export type ArchiveKind = 'contacts' | 'offices' | 'organisations';

/** One request per record, then one refresh of everything they touch. */
async function setArchived(channel: ArchiveChannel, ids: readonly number[], archived: boolean) {
  try {
    for (const id of ids) await call(channel, { id, archived });
  } finally {
    queryCache.invalidate(invalidatedBy(channel));
  }
}

/**
 * Archives records after asking, then offers Undo. Archive is the reversible default: the records leave lists and
 * searches but stay in the database.
 */
export async function archiveWithUndo(kind: ArchiveKind, records: readonly { id: number; label: string }[]) {
  const channel: ArchiveChannel = `${kind}:archive`;
  const count = records.length;
  const name = records[0]?.label ?? '';
  if (count === 0) return false;
  const confirmed = await confirmDialog({
    title: i18n.t(`${kind}.archiveTitle`, { count, name }),
    body: i18n.t(`${kind}.archiveBody`, { count }),
    confirmLabel: i18n.t('form.archive'),
    cancelLabel: i18n.t('common.cancel'),
    tone: 'danger',
    initialFocus: 'confirm',
  });
  if (!confirmed) return false;
  const ids = records.map((r) => r.id);
  try {
    await setArchived(channel, ids, true);
  } catch (error) {
    toastError(error);
    return false;
  }
  toastSuccess(i18n.t(`${kind}.archived`, { count, name }), {
    label: i18n.t('common.undo'),
    run: async () => {
      try {
        await setArchived(channel, ids, false);
        toastSuccess(i18n.t(`${kind}.restored`, { count, name }));
      } catch (error) {
        toastError(error);
      }
    },
  });
  return true;
}

export async function restore(kind: ArchiveKind, record: { id: number; label: string }) {
  try {
    await setArchived(`${kind}:archive`, [record.id], false);
    toastSuccess(i18n.t(`${kind}.restored`, { count: 1, name: record.label }));
  } catch (error) {
    toastError(error);
  }
}
