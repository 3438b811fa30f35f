import { openDatabase } from '../../../db/open';
import { defineCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEM } from '../errors';
import { formatTable } from '../table';
import { printJson } from '../terminal';
import { callRelease, resolveRelease } from './release-support';

export const releaseCheckCommand = defineCommand({
  name: 'release-check',
  usage: 'release-check RELEASE [--lang LANG]',
  summary: 'Runs the release check that approval waits for; exits 1 while a finding blocks approval.',
  description: 'RELEASE is a release id or its reference (PR-2018-014); --lang picks the language version.',
  options: { lang: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx, values, [release = '']) {
    const opened = await openDatabase(ctx.dbPath, { readonly: true });
    let check;
    try {
      const id = resolveRelease(opened.db, release, values.lang, 'release-check');
      check = await callRelease(
        {
          db: opened.db,
          dbPath: opened.path,
          schemaVersion: opened.schemaVersion,
          version: ctx.version,
          shell: 'browser',
        },
        'releases:check',
        { id },
      );
    } finally {
      opened.close();
    }
    if (ctx.json) printJson(ctx.terminal, check);
    else if (check.findings.length === 0) ctx.terminal.out(`Release ${check.releaseId} is ready for approval.\n`);
    else
      ctx.terminal.out(
        formatTable(
          ['SEVERITY', 'CODE', 'FINDING'],
          check.findings.map((f) => [f.severity, f.code, f.message]),
        ),
      );
    return check.blocking ? EXIT_PROBLEM : EXIT_OK;
  },
});
