import path from 'node:path';
import { openDatabase } from '../../../db/open';
import { releaseExportFormats } from '../../ipc/contract/releases';
import { exportRelease, writeReleaseExport, type ReleaseExportFormat } from '../../services/releases/export/exports';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import { printJson } from '../terminal';
import { resolveRelease } from './release-support';

const isFormat = (value: string): value is ReleaseExportFormat =>
  (releaseExportFormats as readonly string[]).includes(value);

export const releaseExportCommand = defineCommand({
  name: 'release-export',
  usage: 'release-export RELEASE --format txt|html|docx|pdf [--out FILE] [--lang LANG]',
  summary: 'Writes a release as plain text, HTML, Word or PDF, exactly as the app exports it.',
  description:
    'RELEASE is a release id or its reference (PR-2018-014); --lang picks the language version of a reference.\n' +
    'Without --out, txt and html go to stdout. The file is written under a temporary name and renamed when\n' +
    'complete; an existing FILE is replaced.',
  options: { format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx, values, [release = '']) {
    const format = values.format;
    if (format === undefined || !isFormat(format))
      throw new UsageError(`--format must be one of ${releaseExportFormats.join(', ')}`, 'release-export');
    if (values.out === undefined && (format === 'docx' || format === 'pdf'))
      throw new UsageError(`release-export --format ${format} needs --out FILE`, 'release-export');
    const opened = await openDatabase(ctx.dbPath, { readonly: true });
    try {
      const id = resolveRelease(opened.db, release, values.lang, 'release-export');
      if (values.out === undefined) {
        const { fileName, data } = await exportRelease(opened.db, id, format);
        const text = data.toString('utf8');
        if (ctx.json) printJson(ctx.terminal, { fileName, text });
        else ctx.terminal.out(text);
        return EXIT_OK;
      }
      const written = await writeReleaseExport(opened.db, id, format, path.resolve(values.out), ctx.signal);
      if (ctx.json) printJson(ctx.terminal, { path: written.path, bytes: written.bytes });
      else ctx.terminal.out(`Exported release ${id} to ${written.path}\n`);
      return EXIT_OK;
    } finally {
      opened.close();
    }
  },
});
