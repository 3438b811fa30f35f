import type { z } from 'zod';
import { contactActivity, recordActivity, recordContactActivity } from '../../../db/queries/activity';
import {
  existingContactIds,
  getList,
  handoffRecipients,
  insertList,
  listCounts,
  listLists,
  listMembers,
  releaseExists,
  releaseMessage,
  releasesOfList,
  removeMembers,
  resetMembers,
  setListArchived,
  setMembers,
  setReleaseList,
  updateList,
  type ListRecord,
  type Unreachable,
} from '../../../db/queries/lists';
import { AppError } from '../../ipc/contract/errors';
import {
  listFilter,
  type contactActivityInput,
  type contactActivityOutput,
  type handoffEmlInput,
  type handoffEmlOutput,
  type handoffInput,
  type handoffOutput,
  type handoffRecordInput,
  type handoffRecordOutput,
  type List,
  type listAttachInput,
  type listAttachOutput,
  type listInput,
  type listMembersInput,
  type listMembersOutput,
  type listMembershipInput,
  type listMembershipOutput,
  type listQueryInput,
  type listUpdateInput,
} from '../../ipc/contract/lists';
import { displayName } from '../contacts';
import type { ServiceContext } from '../context';
import { displayPhone } from '../phones';
import { sanitizeBodyHtml } from '../releases/sanitize';
import { buildEml, mailtoUrl } from './eml';
import { localToday } from './today';

type Of<T extends z.ZodType> = z.infer<T>;

/**
 * A stored list with its filter checked against today's filter shape: one saved by another version that no longer
 * fits is set aside (the list keeps its hand-picked people) and flagged, never half-applied.
 */
function checked(record: ListRecord): { list: ListRecord; filterInvalid: boolean } {
  if (record.filter === null) return { list: record, filterInvalid: false };
  const parsed = listFilter.safeParse(record.filter);
  return parsed.success
    ? { list: { ...record, filter: parsed.data }, filterInvalid: false }
    : { list: { ...record, filter: null }, filterInvalid: true };
}

function found(ctx: ServiceContext, id: number) {
  const record = getList(ctx.db, id);
  if (!record) throw new AppError('NotFound', `List ${id} does not exist`);
  return checked(record);
}

function toList(ctx: ServiceContext, id: number): List {
  const { list, filterInvalid } = found(ctx, id);
  return {
    id: list.id,
    name: list.name,
    description: list.description,
    owner: list.owner,
    filter: list.filter === null ? null : listFilter.parse(list.filter),
    filterInvalid,
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
    archivedAt: list.archivedAt,
    counts: listCounts(ctx.db, list, localToday()),
    releases: releasesOfList(ctx.db, list.id),
  };
}

const toUnreachable = (u: Unreachable) => ({ id: u.id, displayName: displayName(u), reason: u.reason });

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'list';

/** Bulk membership changes: the ids are checked, the change is one transaction, and the new counts come back. */
function membership(
  ctx: ServiceContext,
  input: Of<typeof listMembershipInput>,
  change: (list: ListRecord, ids: number[]) => number,
): Of<typeof listMembershipOutput> {
  const { list } = found(ctx, input.id);
  const ids = existingContactIds(ctx.db, input.contactIds);
  const changed = change(list, ids);
  return {
    changed,
    unknown: new Set(input.contactIds).size - ids.length,
    counts: listCounts(ctx.db, list, localToday()),
  };
}

export const listService = {
  list: (ctx: ServiceContext, input: Of<typeof listQueryInput>) => ({
    rows: listLists(ctx.db, input).map((l) => toList(ctx, l.id)),
  }),

  get: (ctx: ServiceContext, { id }: { id: number }) => toList(ctx, id),

  create: (ctx: ServiceContext, input: Of<typeof listInput>) => {
    const id = ctx.db.transaction(() => {
      const created = insertList(ctx.db, input);
      recordActivity(ctx.db, { kind: 'created', subject: 'list', listId: created, detail: { name: input.name } });
      return created;
    });
    return toList(ctx, id);
  },

  update: (ctx: ServiceContext, { id, patch }: Of<typeof listUpdateInput>) => {
    found(ctx, id);
    ctx.db.transaction(() => {
      updateList(ctx.db, id, patch);
      recordActivity(ctx.db, { kind: 'updated', subject: 'list', listId: id, detail: { fields: Object.keys(patch) } });
    });
    return toList(ctx, id);
  },

  archive: (ctx: ServiceContext, { id, archived }: { id: number; archived: boolean }) => {
    found(ctx, id);
    ctx.db.transaction(() => {
      setListArchived(ctx.db, id, archived);
      recordActivity(ctx.db, { kind: archived ? 'archived' : 'restored', subject: 'list', listId: id, detail: {} });
    });
    return toList(ctx, id);
  },

  members: (ctx: ServiceContext, input: Of<typeof listMembersInput>): Of<typeof listMembersOutput> => {
    const { list } = found(ctx, input.id);
    const today = localToday();
    const { rows, total } = listMembers(ctx.db, list, {
      ...input.page,
      sort: input.sort.column,
      direction: input.sort.direction,
      status: input.status,
      today,
      lang: input.lang,
    });
    return {
      total,
      counts: listCounts(ctx.db, list, today),
      rows: rows.map((r) => ({
        id: r.id,
        displayName: displayName(r),
        givenName: r.givenName,
        familyName: r.familyName,
        title: r.title,
        organisationName: r.organisationName,
        officeName: r.officeName,
        city: r.city,
        country: r.country,
        email: r.email,
        phone: r.phoneRaw === null ? null : displayPhone(r.phoneRaw, r.phoneE164),
        byFilter: r.byFilter,
        addedByHand: r.mode === 'include',
        excludedByHand: r.mode === 'exclude',
        warnings: r.warnings,
        doNotContactReason: r.doNotContactReason,
        doNotContactUntil: r.doNotContactUntil,
      })),
    };
  },

  addMembers: (ctx: ServiceContext, input: Of<typeof listMembershipInput>) =>
    membership(ctx, input, (list, ids) => setMembers(ctx.db, list.id, ids, 'include')),

  excludeMembers: (ctx: ServiceContext, input: Of<typeof listMembershipInput>) =>
    membership(ctx, input, (list, ids) => setMembers(ctx.db, list.id, ids, 'exclude')),

  removeMembers: (ctx: ServiceContext, input: Of<typeof listMembershipInput>) =>
    membership(ctx, input, (list, ids) => removeMembers(ctx.db, list, ids)),

  resetMembers: (ctx: ServiceContext, input: Of<typeof listMembershipInput>) =>
    membership(ctx, input, (list, ids) => resetMembers(ctx.db, list.id, ids)),

  attach: (ctx: ServiceContext, input: Of<typeof listAttachInput>): Of<typeof listAttachOutput> => {
    found(ctx, input.id);
    if (!releaseExists(ctx.db, input.releaseId))
      throw new AppError('NotFound', `Release ${input.releaseId} does not exist`);
    setReleaseList(ctx.db, input.releaseId, input.id, input.attached);
    return { releases: releasesOfList(ctx.db, input.id) };
  },

  /**
   * The list cut into Bcc batches for the user's own mail client: each with its addresses (to copy), a mailto: link
   * when it is short enough, and the ids to ask for its .eml draft. Do-not-contact, archived and address-less members
   * are in no batch; they come back in `unreachable` with the reason.
   */
  handoff: (ctx: ServiceContext, input: Of<typeof handoffInput>): Of<typeof handoffOutput> => {
    const { list } = found(ctx, input.id);
    const { recipients, unreachable } = handoffRecipients(ctx.db, list, localToday());
    const separator = input.separator === 'semicolon' ? '; ' : ', ';
    const batches = [];
    for (let start = 0; start < recipients.length; start += input.batchSize) {
      const batch = recipients.slice(start, start + input.batchSize);
      const addresses = batch.map((r) => r.email);
      const mailto = mailtoUrl(addresses, input.subject, input.body);
      batches.push({
        index: batches.length + 1,
        contactIds: batch.map((r) => r.id),
        addresses,
        text: addresses.join(separator),
        mailto: mailto?.url ?? null,
        mailtoHasBody: mailto?.withBody ?? false,
      });
    }
    return { recipients: recipients.length, batches, unreachable: unreachable.map(toUnreachable) };
  },

  /** One batch as an .eml draft; each person in it gets a "sent" activity row. */
  handoffEml: (ctx: ServiceContext, input: Of<typeof handoffEmlInput>): Of<typeof handoffEmlOutput> => {
    const { list } = found(ctx, input.id);
    if (input.releaseId !== null && !releaseExists(ctx.db, input.releaseId)) {
      throw new AppError('NotFound', `Release ${input.releaseId} does not exist`);
    }
    let message = input.message;
    if (message === null) {
      if (input.releaseId === null) throw new AppError('Validation', 'Choose a release or write a message to send');
      const release = releaseMessage(ctx.db, input.releaseId);
      if (!release) throw new AppError('NotFound', `Release ${input.releaseId} does not exist`);
      message = { subject: release.title, text: release.text, html: release.html || null };
    }
    const { recipients, unreachable } = handoffRecipients(ctx.db, list, localToday(), input.contactIds);
    if (recipients.length === 0) {
      throw new AppError(
        'Validation',
        'Nobody in this batch can be written to any more (do-not-contact, archived or no address)',
      );
    }
    const content = buildEml({
      from: input.from,
      bcc: recipients.map((r) => ({ name: displayName(r), address: r.email })),
      subject: message.subject,
      text: message.text,
      // A message written for the hand-off is as untrusted as a release body: the same cleaning.
      html: message.html === null ? null : sanitizeBodyHtml(message.html),
    });
    recordContactActivity(ctx.db, {
      kind: 'sent',
      contactIds: recipients.map((r) => r.id),
      listId: list.id,
      releaseId: input.releaseId,
      detail: { via: 'eml', batch: input.batch },
    });
    return {
      fileName: `${slug(list.name)}-${input.batch}.eml`,
      content,
      recipients: recipients.length,
      leftOut: unreachable.map(toUnreachable),
    };
  },

  /** The user copied a batch's addresses or opened its mailto: link: its people get a "sent" activity row. */
  handoffRecord: (ctx: ServiceContext, input: Of<typeof handoffRecordInput>): Of<typeof handoffRecordOutput> => {
    const { list } = found(ctx, input.id);
    if (input.releaseId !== null && !releaseExists(ctx.db, input.releaseId)) {
      throw new AppError('NotFound', `Release ${input.releaseId} does not exist`);
    }
    const { recipients } = handoffRecipients(ctx.db, list, localToday(), input.contactIds);
    return {
      recorded: recordContactActivity(ctx.db, {
        kind: 'sent',
        contactIds: recipients.map((r) => r.id),
        listId: list.id,
        releaseId: input.releaseId,
        detail: { via: input.via, batch: input.batch },
      }),
    };
  },

  contactActivity: (ctx: ServiceContext, input: Of<typeof contactActivityInput>): Of<typeof contactActivityOutput> =>
    contactActivity(ctx.db, input.contactId, input.page),
};

/** Each list channel bound to its service, spread into the registry's handlers. */
export const listHandlers = {
  'lists:list': listService.list,
  'lists:get': listService.get,
  'lists:create': listService.create,
  'lists:update': listService.update,
  'lists:archive': listService.archive,
  'lists:members': listService.members,
  'lists:add-members': listService.addMembers,
  'lists:remove-members': listService.removeMembers,
  'lists:exclude-members': listService.excludeMembers,
  'lists:reset-members': listService.resetMembers,
  'lists:attach': listService.attach,
  'lists:handoff': listService.handoff,
  'lists:handoff-eml': listService.handoffEml,
  'lists:handoff-record': listService.handoffRecord,
  'activity:contact': listService.contactActivity,
} as const;
