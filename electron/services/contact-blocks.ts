import type { ChannelOutput, ChannelParsedInput } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import { findContactIdByEmail } from '../../db/queries/contacts';
import { renderContactBlock } from './contact-block/render';
import { samplePerson } from './contact-block/sample';
import { readSavedTemplates } from './contact-block/template-store';
import { defaultTemplates, resolveTemplate } from './contact-block/templates';
import type { ServiceContext } from './context';
import { blockPerson, contactLoader, type ContactLoader } from './releases/contact-blocks';
import { directionOf } from './releases/locale';

/** A contact by id or email, as a block line shows it: all its phones and emails, in their order. */
function blockPersonOf(ctx: ServiceContext, load: ContactLoader, ref: number | string) {
  const id = typeof ref === 'number' ? ref : findContactIdByEmail(ctx.db, ref);
  const contact = id === undefined ? undefined : load.contact(id);
  if (!contact)
    throw new AppError(
      'NotFound',
      `No contact ${typeof ref === 'number' ? `with id ${ref}` : `with the email ${ref}`}`,
    );
  return blockPerson(load, contact, null, null);
}

export const contactBlockService = {
  'contact-blocks:render': (
    ctx: ServiceContext,
    input: ChannelParsedInput<'contact-blocks:render'>,
  ): ChannelOutput<'contact-blocks:render'> => {
    const load = contactLoader(ctx.db);
    const people = input.contacts.map((ref) => blockPersonOf(ctx, load, ref));
    const template = resolveTemplate(readSavedTemplates(ctx.db), input.lang, input.organisationId ?? null);
    return { lang: input.lang, ...renderContactBlock([{ people }], input.lang, template) };
  },

  'contact-blocks:template-defaults': (): ChannelOutput<'contact-blocks:template-defaults'> => ({
    templates: Object.entries(defaultTemplates).map(([language, { direction, ...template }]) => ({
      language,
      direction,
      template,
    })),
  }),

  'contact-blocks:template-sample': (
    _ctx: ServiceContext,
    { language, template }: ChannelParsedInput<'contact-blocks:template-sample'>,
  ): ChannelOutput<'contact-blocks:template-sample'> => {
    const direction = directionOf(language);
    return {
      text: renderContactBlock([{ people: [samplePerson] }], language, { ...template, direction }).text,
      direction,
    };
  },
};
