import path from 'node:path';
import type { Db } from '../../../db/client';
import { DatabaseOpenError } from '../../../db/errors';
import { openDatabase } from '../../../db/open';
import { recordContactActivity } from '../../../db/queries/activity';
import { findListsByName, getList, type ListRecord } from '../../../db/queries/lists';
import { listFilter } from '../../ipc/contract/lists';
import {
  exportContacts,
  exportFormats,
  exportOffices,
  type ExportFormat,
  type ExportResult,
} from '../../services/export/export';
import { defineCommand } from '../command';
import { CliError, EXIT_OK, UsageError } from '../errors';
import { printJson, progressBar } from '../terminal';

const USAGE =
  'export contacts|offices|list NAME --format csv|csv-semicolon|xlsx|vcf|vcf3|pdf --out FILE [--query Q] [--columns a,b]';

const isFormat = (value: string): value is ExportFormat => (exportFormats as readonly string[]).includes(value);

function findList(db: Db, name: string): ListRecord {
  const named = findListsByName(db, name);
  const active = named.filter((l) => l.archivedAt === null);
  if (active.length > 1 || (active.length === 0 && named.length > 1)) {
    throw new CliError(`${named.length} lists are named "${name}"`, 'Rename one of them in PressDesk, or give its id.');
  }
  const list = active[0] ?? named[0] ?? (/^\d+$/.test(name) ? getList(db, Number(name)) : undefined);
  if (!list)
    throw new CliError(`there is no list named "${name}"`, 'Check the name (case does not matter), or give its id.');
  const filter = list.filter === null ? null : listFilter.safeParse(list.filter);
  return { ...list, filter: filter?.success ? filter.data : null };
}

/**
 * The export reads through a read-only handle, so it works while the app has the database open; the activity rows
 * ("exported" for each contact) are then written through a writable one when the database is free.
 */
function recordExport(dbPath: string, ids: readonly number[], list: ListRecord | null, result: ExportResult) {
  return openDatabase(dbPath, { owner: 'pressdesk export' }).then(
    (opened) => {
      try {
        recordContactActivity(opened.db, {
          kind: 'exported',
          contactIds: ids,
          listId: list?.id ?? null,
          detail: { format: result.format, file: path.basename(result.path), via: 'cli' },
        });
        return true;
      } finally {
        opened.close();
      }
    },
    (error: unknown) => {
      if (error instanceof DatabaseOpenError && error.problem === 'locked') return false;
      throw error;
    },
  );
}

export const exportCommand = defineCommand({
  name: 'export',
  usage: USAGE,
  summary: 'Writes a contact sheet: contacts, offices or a distribution list as CSV, XLSX, vCard or PDF.',
  description:
    'contacts: every contact matching --query (all when absent); offices: every office matching --query;\n' +
    'list NAME: the members of a distribution list (do-not-contact and archived people are left out).\n' +
    'CSV is UTF-8 with a byte order mark; csv-semicolon suits Excel in French and other locales; cells that a\n' +
    "spreadsheet would run as a formula (=, +, -, @) start with '. vcf is vCard 4.0, vcf3 vCard 3.0.\n" +
    '--columns picks CSV/XLSX columns in order (e.g. givenName,familyName,email,mobilePhone).\n' +
    'The file is written under a temporary name and renamed when complete; an existing FILE is replaced.\n' +
    'Ctrl+C leaves no file behind.',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string' },
    columns: { type: 'string' },
  },
  positionals: { min: 1, max: 2 },
  async run(ctx, values, [what = '', name]) {
    if (what !== 'contacts' && what !== 'offices' && what !== 'list') {
      throw new UsageError(`export needs contacts, offices or list NAME, not "${what}"`, 'export');
    }
    if (what === 'list' && name === undefined) throw new UsageError("export list needs the list's NAME", 'export');
    if (what !== 'list' && name !== undefined) throw new UsageError(`export ${what} does not take "${name}"`, 'export');
    if (what === 'list' && values.query !== undefined) {
      throw new UsageError('--query does not apply to a list: the list decides who is in it', 'export');
    }
    if (values.out === undefined) throw new UsageError('export needs --out FILE', 'export');
    if (values.format === undefined || !isFormat(values.format)) {
      throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`, 'export');
    }
    const format = values.format;
    const destination = path.resolve(values.out);
    const columns =
      values.columns
        ?.split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '') ?? null;

    const opened = await openDatabase(ctx.dbPath, { readonly: true });
    const bar = progressBar(ctx.terminal, 'Exporting');
    let result: ExportResult;
    let list: ListRecord | null = null;
    try {
      const common = {
        format,
        destination,
        columns,
        signal: ctx.signal,
        recordActivity: false,
        onProgress: (p: { done: number; total: number }) => bar.update(p.done, p.total),
      };
      if (what === 'offices') {
        result = await exportOffices(opened.db, {
          ...common,
          scope: { query: values.query ?? '', includeArchived: false },
        });
      } else {
        list = what === 'list' ? findList(opened.db, name ?? '') : null;
        result = await exportContacts(opened.db, {
          ...common,
          scope: list
            ? { kind: 'list', list, includeDoNotContact: false }
            : { kind: 'filter', filter: { query: values.query ?? '', includeArchived: false } },
        });
      }
    } finally {
      bar.finish();
      opened.close();
    }
    const recorded =
      result.contactIds.length === 0 || (await recordExport(ctx.dbPath, result.contactIds, list, result));
    if (!recorded) {
      ctx.terminal.err(
        'pressdesk: note: PressDesk has the database open, so this export is not in the activity log.\n',
      );
    }
    const { doNotContact, archived } = result.skipped;
    if (doNotContact + archived > 0) {
      ctx.terminal.err(
        `pressdesk: left out ${doNotContact} do-not-contact and ${archived} archived member${doNotContact + archived === 1 ? '' : 's'}.\n`,
      );
    }
    if (ctx.json) printJson(ctx.terminal, { path: result.path, rows: result.rows });
    else ctx.terminal.out(`Exported ${result.rows} ${what === 'offices' ? 'offices' : 'contacts'} to ${result.path}\n`);
    return EXIT_OK;
  },
});
