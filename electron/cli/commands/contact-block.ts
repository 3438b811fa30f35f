import { openDatabase } from '../../../db/open';
import { langSchema, type ContactBlockRenderOutput, type Organisation } from '../../ipc/contract';
import { AppError } from '../../ipc/contract/errors';
import { createApi } from '../../ipc/registry';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import { fold } from '../../../db/queries/fts';
import { printJson } from '../terminal';

/** A CONTACT argument: a numeric id, or one of the contact's email addresses. */
const toRef = (arg: string): number | string => (/^\d+$/.test(arg) ? Number(arg) : arg);

type Api = ReturnType<typeof createApi>;

/**
 * `--org`: an organisation id, or its name or acronym in any language, accents and case aside ("oim", "IOM",
 * "Organisation internationale pour les migrations"). Its saved template (Settings) lays the block out.
 */
async function organisationId(api: Api, ref: string): Promise<number> {
  const reply = await api.call('organisations:list', { page: { offset: 0, limit: 1000 }, includeArchived: true });
  if (!reply.ok) throw new AppError(reply.error.kind, reply.error.message, reply.error.issues);
  const rows = (reply.value as { rows: Organisation[] }).rows;
  const wanted = fold(ref);
  const found = /^\d+$/.test(ref)
    ? rows.filter((o) => o.id === Number(ref))
    : rows.filter((o) => [...Object.values(o.name), ...Object.values(o.acronym)].some((v) => v && fold(v) === wanted));
  if (found.length === 1) return found[0]!.id;
  throw new AppError(
    'NotFound',
    found.length === 0
      ? `No organisation is called "${ref}". Give its id, name or acronym (pressdesk search shows them)`
      : `"${ref}" names ${found.length} organisations. Give the id of the one you mean`,
  );
}

export const contactBlockCommand = defineCommand({
  name: 'contact-block',
  usage: 'contact-block --lang LANG [--org ORG] CONTACT…',
  summary: 'Prints a contact block exactly as the app renders it.',
  description:
    'CONTACT is a contact id or one of its email addresses; the block lists them in the order given.\n' +
    "ORG (an id, name or acronym) lays the block out with that organisation's template from Settings.",
  options: { lang: { type: 'string' }, org: { type: 'string' } },
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
      const org = values.org === undefined ? undefined : await organisationId(api, values.org);
      const reply = await api.call('contact-blocks:render', {
        lang,
        contacts: contacts.map(toRef),
        ...(org === undefined ? {} : { organisationId: org }),
      });
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
