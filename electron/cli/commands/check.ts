import { DatabaseOpenError } from '../../../db/errors';
import { APP_SCHEMA_VERSION } from '../../../db/migrations-info';
import { examineDatabase, reportProblem } from '../../../db/restore';
import { defineCommand } from '../command';
import { EXIT_OK } from '../errors';
import { printJson } from '../terminal';

export const checkCommand = defineCommand({
  name: 'check',
  usage: 'check',
  summary: 'Checks the database: integrity, foreign keys, schema version.',
  description:
    'Read-only: the file is never changed. Exit 1 if the file is missing, not a PressDesk database, truncated,\n' +
    'damaged, or written by a newer PressDesk.',
  options: {},
  positionals: { min: 0, max: 0 },
  run(ctx) {
    let report;
    try {
      report = examineDatabase(ctx.dbPath);
    } catch (error) {
      if (ctx.json && error instanceof DatabaseOpenError) {
        printJson(ctx.terminal, {
          path: ctx.dbPath,
          ok: false,
          problem: error.problem,
          integrity: null,
          foreignKeys: null,
          schemaVersion: null,
          appSchemaVersion: APP_SCHEMA_VERSION,
        });
      }
      throw error;
    }
    const problem = reportProblem(report);
    if (ctx.json) {
      printJson(ctx.terminal, problem === null ? report : { ...report, problem: 'corrupt' });
    } else {
      const pending = report.schemaVersion < report.appSchemaVersion ? ' (updated when PressDesk next opens it)' : '';
      ctx.terminal.out(
        [
          report.path,
          `  integrity     ${report.integrity.length === 1 ? report.integrity[0] : `${report.integrity.length} problems`}`,
          `  foreign keys  ${report.foreignKeys.length === 0 ? 'ok' : `${report.foreignKeys.length} broken references`}`,
          `  schema        ${report.schemaVersion} (this PressDesk: ${report.appSchemaVersion})${pending}`,
          '',
        ].join('\n'),
      );
    }
    if (problem !== null) throw new DatabaseOpenError('corrupt', report.path, problem);
    return EXIT_OK;
  },
});
