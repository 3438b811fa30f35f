import type { ChannelOutput, ChannelParsedInput } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import { findContactIdByEmail, getContact } from '../../db/queries/contacts';
import { getOffice } from '../../db/queries/offices';
import { getOrganisation } from '../../db/queries/organisations';
import { renderContactBlock, type BlockPerson } from './contact-block/render';
import type { ServiceContext } from './context';
import { displayName } from './contacts';
import { displayPhone } from './phones';

/** Loads a contact by id or email as a block line shows it: all its phones and emails, in their order. */
function blockPerson(ctx: ServiceContext, ref: number | string): BlockPerson {
  const id = typeof ref === 'number' ? ref : findContactIdByEmail(ctx.db, ref);
  const contact = id === undefined ? undefined : getContact(ctx.db, id);
  if (!contact)
    throw new AppError(
      'NotFound',
      `No contact ${typeof ref === 'number' ? `with id ${ref}` : `with the email ${ref}`}`,
    );
  const office = contact.officeId === null ? undefined : getOffice(ctx.db, contact.officeId);
  const organisation = contact.organisationId === null ? undefined : getOrganisation(ctx.db, contact.organisationId);
  return {
    name: displayName(contact),
    title: contact.title,
    officeName: office?.name ?? {},
    officeCity: office?.city ?? {},
    organisationName: organisation?.name ?? {},
    phones: contact.phones.map((p) => ({ display: displayPhone(p.raw, p.e164), kind: p.kind })),
    emails: contact.emails.map((e) => e.address),
  };
}

export const contactBlockService = {
  render: (
    ctx: ServiceContext,
    input: ChannelParsedInput<'contact-blocks:render'>,
  ): ChannelOutput<'contact-blocks:render'> => {
    const people = input.contacts.map((ref) => blockPerson(ctx, ref));
    return { lang: input.lang, ...renderContactBlock([{ people }], input.lang) };
  },
};
