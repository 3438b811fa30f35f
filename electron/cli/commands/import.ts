import fs from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { waitForWriter } from '../../../db/wait-for-writer';
import { duplicateActions, importPresets } from '../../ipc/contract/import';
import { applyPreview, rejectedFields, type DuplicateAction, type ImportResult } from '../../services/import/apply';
import { ImportError, type ImportProblem } from '../../services/import/errors';
import { buildPreview, MAX_FILE_BYTES, type Preview } from '../../services/import/preview';
import { releaseReader } from '../../services/import/release';
import type { Progress } from '../../services/import/types';
import { defineCommand, type CommandContext } from '../command';
import { CliError, EXIT_OK, EXIT_PROBLEM, UsageError } from '../errors';
import { printJson, progressBar, type ProgressBar } from '../terminal';

type PresetFlag = (typeof importPresets)[number];

const oneOf = <T extends string>(flag: string, allowed: readonly T[], raw: string | undefined, fallback: T): T => {
  if (raw === undefined) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${raw}"`, 'import');
};

const advice: Record<ImportProblem, string> = {
  empty: 'Choose a file with contacts in it.',
  binary: 'Choose a CSV, TSV, XLSX, vCard (.vcf) or release text (.txt, .html) file.',
  'too-large': 'Split it into smaller files.',
  unreadable: 'Save it again from the program that made it, then import that file.',
  unsupported: 'Nothing was imported.',
  'no-columns':
    'Give the file a header row naming its columns (First Name, Last Name, E-mail…), or import it in the app to choose them.',
  'invalid-rows': 'Fix them, or run again with --skip-invalid.',
  'nothing-valid': 'Nothing was imported.',
};

const phaseLabel: Record<Progress['phase'], string> = { reading: 'Reading', checking: 'Checking', writing: 'Writing' };

/** One bar per phase on stderr (only on a terminal): reading the file, checking rows, writing. */
function progressDrawer(ctx: CommandContext) {
  let phase: Progress['phase'] | null = null;
  let bar: ProgressBar | null = null;
  const onProgress = (p: Progress) => {
    if (p.phase !== phase) {
      bar?.finish();
      phase = p.phase;
      bar = progressBar(ctx.terminal, phaseLabel[p.phase]);
    }
    bar?.update(p.done, p.total);
  };
  return { onProgress, finish: () => bar?.finish() };
}

async function readInput(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory())
      throw new CliError(`${file} is a folder, not a file`, 'Give the path of the file to import.');
    if (stat.size > MAX_FILE_BYTES) {
      throw new CliError(`${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, advice['too-large']);
    }
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file} does not exist`, 'Check the path.');
    if (code === 'EACCES') throw new CliError(`${file} cannot be read`, "Check the file's permissions.");
    throw error;
  }
}

/** The database to read and write; a dry run on a missing database previews against an empty one and creates nothing. */
async function openTarget(ctx: CommandContext, dryRun: boolean): Promise<OpenedDatabase> {
  if (!dryRun) return openDatabase(ctx.dbPath, { create: true, owner: 'pressdesk import' });
  const exists = await fs.stat(ctx.dbPath).then(
    () => true,
    () => false,
  );
  return openDatabase(exists ? ctx.dbPath : ':memory:', exists ? { readonly: true } : {});
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describePreview(p: Preview): string[] {
  const what =
    p.format === 'csv' ? `${p.table?.preset ?? 'generic'} ${p.table?.delimiter === '\t' ? 'TSV' : 'CSV'}` : p.format;
  const lines = [
    `${p.fileName} (${what}${p.encoding ? `, ${p.encoding}` : ''}): ${plural(p.counts.rows, 'row')}, ` +
      `${p.counts.new} new, ${plural(p.counts.duplicates, 'duplicate')} of existing contacts ` +
      `(${p.counts.updates} with something new), ${p.counts.inFile} repeated in the file, ${p.counts.rejected} rejected.`,
  ];
  if (p.organisationsToCreate.length) {
    lines.push(
      `New organisations: ${p.organisationsToCreate.slice(0, 20).join('; ')}${p.organisationsToCreate.length > 20 ? ', …' : ''}`,
    );
  }
  const duplicates = p.rows.filter((r) => r.match);
  for (const r of duplicates.slice(0, 20)) {
    const m = r.match!;
    const target = m.target.kind === 'contact' ? `contact ${m.target.id}` : `row ${m.target.row}`;
    lines.push(
      `  row ${r.row}: same person as ${target} ${m.name} (${m.reasons.join(', ')}; name score ${m.score.toFixed(2)})`,
    );
  }
  if (duplicates.length > 20) lines.push(`  … and ${duplicates.length - 20} more duplicates`);
  return lines;
}

function describeResult(result: ImportResult, dryRun: boolean): string[] {
  const rejectedRows = new Set(result.rejected.map((r) => r.row)).size;
  const lines = [
    `${dryRun ? 'Dry run, nothing written. Would create' : 'Created'} ${result.created}, ` +
      `${dryRun ? 'update' : 'updated'} ${result.updated}, merged ${plural(result.merged, 'row')}, ` +
      `skipped ${plural(result.skipped, 'duplicate')}, rejected ${plural(rejectedRows, 'row')}.`,
  ];
  for (const r of result.rejected.slice(0, 50)) lines.push(`  row ${r.row}, ${r.field}: ${r.reason}`);
  if (result.rejected.length > 50)
    lines.push(`  … and ${result.rejected.length - 50} more problems (--json lists them all)`);
  return lines;
}

/** The one rejected row, named so the user can go straight to it: "row 6545 (Email) is invalid: <reason>". */
function describeRejectedRow(rejected: ImportResult['rejected']): string {
  const fields = [...new Set(rejected.map((r) => r.field))].join(', ');
  return `row ${rejected[0]!.row} (${fields}) is invalid: ${rejected.map((r) => r.reason).join('; ')}`;
}

function output(ctx: CommandContext, preview: Preview | null, result: ImportResult, dryRun: boolean) {
  if (ctx.json) {
    printJson(ctx.terminal, {
      created: result.created,
      updated: result.updated,
      merged: result.merged,
      skipped: result.skipped,
      rejected: result.rejected,
    });
  } else {
    ctx.terminal.out(
      `${[...(preview ? describePreview(preview) : []), ...describeResult(result, dryRun)].join('\n')}\n`,
    );
  }
}

export const importCommand = defineCommand({
  name: 'import',
  usage:
    'import FILE [--preset auto|outlook|google|generic] [--dry-run] [--on-duplicate skip|merge|keep-both] [--skip-invalid] [--wait]',
  summary: 'Previews and imports contacts from CSV/TSV, XLSX, vCard or release text.',
  description:
    'Reads Outlook and Google exports and generic sheets (the columns are recognised by their headers; a mapping\n' +
    'confirmed in the app is reused), vCard 2.1/3.0/4.0, and the contact blocks of a release (.txt, .html).\n' +
    'Duplicates (same email, same phone, or a similar name in the same organisation) are skipped, merged or kept\n' +
    'as --on-duplicate says (default skip). Without --skip-invalid, any invalid row means nothing is written.\n' +
    'The import is one transaction: all or nothing. Exit 1 when nothing valid was found or nothing was written.\n' +
    'Refused while PressDesk has the database open, unless --wait: then it waits until PressDesk closes it\n' +
    '(a --dry-run only reads, and never waits).',
  options: {
    preset: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'on-duplicate': { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    wait: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx, values, [file = '']) {
    const preset = oneOf<PresetFlag>('preset', importPresets, values.preset, 'auto');
    const onDuplicate = oneOf<DuplicateAction>('on-duplicate', duplicateActions, values['on-duplicate'], 'skip');
    const dryRun = values['dry-run'] === true;
    const skipInvalid = values['skip-invalid'] === true;
    const bytes = await readInput(file);
    if (values.wait && !dryRun) {
      await waitForWriter(ctx.dbPath, {
        signal: ctx.signal,
        onWaiting: (holder) => ctx.terminal.err(`pressdesk: ${holder}; waiting until it closes the database…\n`),
      });
    }
    const progress = progressDrawer(ctx);
    const opened = await openTarget(ctx, dryRun);
    let preview: Preview | null = null;
    try {
      preview = await buildPreview(opened.db, bytes, {
        fileName: path.basename(file),
        preset,
        release: releaseReader,
        signal: ctx.signal,
        onProgress: progress.onProgress,
      });
      ctx.signal.throwIfAborted();
      const result = applyPreview(opened.db, preview, {
        onDuplicate,
        skipInvalid,
        dryRun,
        onProgress: progress.onProgress,
      });
      progress.finish();
      output(ctx, preview, result, dryRun);
      return result.created + result.updated + result.merged + result.skipped > 0 ? EXIT_OK : EXIT_PROBLEM;
    } catch (error) {
      progress.finish();
      if (!(error instanceof ImportError)) throw error;
      if (preview && (error.problem === 'invalid-rows' || error.problem === 'nothing-valid')) {
        const rejected = rejectedFields(preview);
        output(ctx, preview, { created: 0, updated: 0, merged: 0, skipped: 0, rejected }, dryRun);
        const rows = new Set(rejected.map((r) => r.row)).size;
        const nothing = `so nothing ${dryRun ? 'would be' : 'was'} imported`;
        const happened =
          error.problem === 'invalid-rows'
            ? rows === 1
              ? `${describeRejectedRow(rejected)}, ${nothing}`
              : `${plural(rows, 'row is', 'rows are')} invalid, ${nothing}`
            : preview.rows.length === 0
              ? `${file} has no contacts in it`
              : `nothing valid to import in ${file}: every row is rejected`;
        const todo =
          error.problem === 'invalid-rows' && rows === 1
            ? advice[error.problem].replace('them', 'it')
            : advice[error.problem];
        throw new CliError(happened, todo);
      }
      throw new CliError(`${file}: ${error.message}`, advice[error.problem]);
    } finally {
      opened.close();
    }
  },
});
