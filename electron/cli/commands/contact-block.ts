import { openDatabase } from '../../../db/open';
import { langSchema, type ContactBlockRenderOutput } from '../../ipc/contract';
import { AppError } from '../../ipc/contract/errors';
import { createApi } from '../../ipc/registry';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import { printJson } from '../terminal';

/** A CONTACT argument: a numeric id, or one of the contact's email addresses. */
const toRef = (arg: string): number | string => (/^\d+$/.test(arg) ? Number(arg) : arg);

export const contactBlockCommand = defineCommand({
  name: 'contact-block',
  usage: 'contact-block --lang LANG CONTACT…',
  summary: 'Prints a contact block exactly as the app renders it.',
  description: 'CONTACT is a contact id or one of its email addresses; the block lists them in the order given.',
  options: { lang: { type: 'string' } },
  positionals: { min: 1, max: 50 },
  async run(ctx, values, contacts) {
    const lang = values.lang;
    if (lang === undefined) throw new UsageError('--lang is required (for example --lang fr)', 'contact-block');
    if (!langSchema.safeParse(lang).success) {
      throw new UsageError(
        `--lang must be a two-letter language code such as fr or en, not "${lang}"`,
        'contact-block',
      );
    }
    const opened = await openDatabase(ctx.dbPath, { readonly: true });
    let block: ContactBlockRenderOutput;
    try {
      const api = createApi({
        db: opened.db,
        dbPath: opened.path,
        schemaVersion: opened.schemaVersion,
        version: ctx.version,
        shell: 'browser',
      });
      const reply = await api.call('contact-blocks:render', { lang, contacts: contacts.map(toRef) });
      if (!reply.ok) throw new AppError(reply.error.kind, reply.error.message, reply.error.issues);
      block = reply.value as ContactBlockRenderOutput;
    } finally {
      opened.close();
    }
    for (const w of block.warnings) {
      ctx.terminal.err(`pressdesk: ${w.person}: no ${w.field} in "${lang}", shown in "${w.usedLanguage}".\n`);
    }
    if (ctx.json) printJson(ctx.terminal, { lang: block.lang, text: block.text });
    else ctx.terminal.out(block.text);
    return EXIT_OK;
  },
});
