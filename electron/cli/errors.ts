import { DatabaseOpenError, type DatabaseProblem } from '../../db/errors';
import { AppError, type ErrorKind } from '../ipc/contract/errors';

export const EXIT_OK = 0;
export const EXIT_PROBLEM = 1;
export const EXIT_USAGE = 2;

/** A problem the CLI explains itself: what happened, and what to do about it. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly happened: string,
    readonly todo: string,
    readonly exitCode = EXIT_PROBLEM,
  ) {
    super(happened);
  }
}

export class UsageError extends CliError {
  constructor(happened: string, command?: string) {
    super(happened, `Run \`pressdesk ${command ? `${command} ` : ''}--help\` for usage.`, EXIT_USAGE);
  }
}

/** Ctrl+C (SIGINT, exit 130) or SIGTERM (143): the abort reason of the command's signal. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(`interrupted by ${signal}`);
  }
  get exitCode() {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}

const restoreAdvice = 'Restore a backup with `pressdesk restore FILE`.';

const databaseAdvice: Record<DatabaseProblem, string> = {
  missing: 'Check the path, or choose another file with --db.',
  'not-sqlite': 'Choose another file with --db, or restore a backup with `pressdesk restore FILE`.',
  truncated: restoreAdvice,
  corrupt: restoreAdvice,
  newer: 'Update PressDesk, or open another file with --db.',
  locked: 'Close the other PressDesk, or wait.',
  'read-only': "Check the file's permissions, or choose another file with --db.",
  'network-filesystem': 'Then choose the local copy with --db.',
  'migration-failed':
    'The file is as it was before the update; report this problem (run again with --debug for details).',
};

const kindAdvice: Record<ErrorKind, { readonly todo: string; readonly exitCode: number }> = {
  Validation: { todo: 'Check the arguments (`pressdesk --help`).', exitCode: EXIT_USAGE },
  NotFound: { todo: 'Check the name or id.', exitCode: EXIT_PROBLEM },
  Conflict: { todo: 'Nothing was changed.', exitCode: EXIT_PROBLEM },
  Unauthorized: { todo: 'Check how PressDesk was started.', exitCode: EXIT_PROBLEM },
  DatabaseCorrupt: { todo: restoreAdvice, exitCode: EXIT_PROBLEM },
  DatabaseNewer: { todo: databaseAdvice.newer, exitCode: EXIT_PROBLEM },
  Locked: { todo: databaseAdvice.locked, exitCode: EXIT_PROBLEM },
  Internal: { todo: 'Run again with --debug, and report the problem.', exitCode: EXIT_PROBLEM },
};

export interface Described {
  readonly exitCode: number;
  /** `pressdesk: <what happened>. <what to do>` */
  readonly line: string;
}

const sentence = (text: string) => text.replace(/[.\s]+$/, '');

/** Turns any error into the one line the user sees and the exit code. */
export function describeError(error: unknown): Described {
  const line = (happened: string, todo: string) => `pressdesk: ${sentence(happened)}. ${todo}`;
  if (error instanceof InterruptedError) {
    return { exitCode: error.exitCode, line: 'pressdesk: interrupted. Nothing was left half-written.' };
  }
  if (error instanceof CliError) {
    return { exitCode: error.exitCode, line: line(error.happened, error.todo) };
  }
  if (error instanceof DatabaseOpenError) {
    return { exitCode: EXIT_PROBLEM, line: line(error.message, databaseAdvice[error.problem]) };
  }
  if (error instanceof AppError) {
    const { todo, exitCode } = kindAdvice[error.kind];
    return { exitCode, line: line(error.message, todo) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: EXIT_PROBLEM,
    line: line(`unexpected error: ${message}`, kindAdvice.Internal.todo),
  };
}
