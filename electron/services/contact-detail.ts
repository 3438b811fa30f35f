import { duplicatesOf, listsOfContact, releasesOfContact } from '../../db/queries/contact-detail';
import { getContact } from '../../db/queries/contacts';
import { getOffice } from '../../db/queries/offices';
import type { ChannelOutput, ChannelParsedInput } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import { displayName } from './contacts';
import type { ServiceContext } from './context';
import { parsePhone } from './phones';

export const contactDetailService = {
  /** The releases the person appears in and the lists they belong to, for the record panel. */
  detail: (ctx: ServiceContext, { id }: ChannelParsedInput<'contacts:detail'>): ChannelOutput<'contacts:detail'> => {
    if (!getContact(ctx.db, id)) throw new AppError('NotFound', `Contact ${id} does not exist`);
    return { releases: releasesOfContact(ctx.db, id), lists: listsOfContact(ctx.db, id) };
  },

  /**
   * Addresses and numbers of the form that another contact already has. Numbers are compared by E.164, parsed with
   * the office's country as the save will parse them, so "02 287 71 15" in Brussels matches "+32 2 287 71 15".
   */
  duplicates: (
    ctx: ServiceContext,
    input: ChannelParsedInput<'contacts:duplicates'>,
  ): ChannelOutput<'contacts:duplicates'> => {
    const country = input.officeId === null ? null : (getOffice(ctx.db, input.officeId)?.country ?? null);
    const typedByE164 = new Map<string, string>();
    for (const raw of input.phones) {
      const parsed = parsePhone(raw, country);
      if (parsed.ok) typedByE164.set(parsed.phone.e164, raw);
    }
    const emails = input.emails.map((e) => e.trim()).filter((e) => e.includes('@'));
    const hits = duplicatesOf(ctx.db, emails, [...typedByE164.keys()], input.id);
    return {
      duplicates: hits.map((h) => ({
        kind: h.kind,
        value: h.kind === 'phone' ? (typedByE164.get(h.value) ?? h.value) : h.value,
        contactId: h.contactId,
        displayName: displayName(h),
        archived: h.archivedAt !== null,
      })),
    };
  },
};
