import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import {
  applyBulkChange,
  bulkUndoConflicts,
  contactTopics,
  undoBulkChange,
  type BulkUndoRecord,
} from '../../db/queries/contacts-bulk';
import { getList } from '../../db/queries/lists';
import type { ChannelOutput, ChannelParsedInput } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import type { ServiceContext } from './context';

/**
 * Only the last bulk action can be undone, so one record per open database is enough. It lives in memory: undo is
 * offered by the toast right after the action, not across restarts.
 */
const lastAction = new WeakMap<Db, { readonly token: string; readonly undo: BulkUndoRecord }>();

export const contactBulkService = {
  run: (
    ctx: ServiceContext,
    { target, action }: ChannelParsedInput<'contacts:bulk'>,
  ): ChannelOutput<'contacts:bulk'> => {
    if (action.kind === 'addToList') {
      const list = getList(ctx.db, action.listId);
      if (!list) throw new AppError('NotFound', `List ${action.listId} does not exist; choose another list`);
      if (list.archivedAt) throw new AppError('Conflict', `The list “${list.name}” is archived; restore it first`);
    }
    const result = applyBulkChange(ctx.db, target, action);
    if (!result.undo) return { kind: action.kind, matched: result.matched, changed: 0, undoToken: null };
    const token = randomUUID();
    lastAction.set(ctx.db, { token, undo: result.undo });
    return { kind: action.kind, matched: result.matched, changed: result.changed, undoToken: token };
  },

  undo: (ctx: ServiceContext, { undoToken }: ChannelParsedInput<'contacts:bulk-undo'>) => {
    const last = lastAction.get(ctx.db);
    if (!last || last.token !== undoToken) {
      throw new AppError('Conflict', 'Only the last bulk action can be undone, and only once; nothing was changed');
    }
    const conflicts = bulkUndoConflicts(ctx.db, last.undo);
    if (conflicts > 0) {
      throw new AppError(
        'Conflict',
        `${conflicts} of the ${last.undo.contacts.length + (last.undo.members?.length ?? 0)} records were changed after the bulk action, so undoing it would lose those edits; nothing was undone`,
      );
    }
    const restored = undoBulkChange(ctx.db, last.undo);
    lastAction.delete(ctx.db);
    return { kind: last.undo.kind, restored };
  },

  topics: (ctx: ServiceContext) => ({ rows: contactTopics(ctx.db) }),
};

export const contactBulkHandlers = {
  'contacts:bulk': contactBulkService.run,
  'contacts:bulk-undo': contactBulkService.undo,
  'contacts:topics': contactBulkService.topics,
} as const;
