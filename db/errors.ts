import { AppError, type ErrorKind } from '../electron/ipc/contract/errors';

export type DatabaseProblem =
  | 'missing'
  | 'not-sqlite'
  | 'truncated'
  | 'corrupt'
  | 'newer'
  | 'locked'
  | 'read-only'
  | 'network-filesystem'
  | 'migration-failed';

const kinds: Record<DatabaseProblem, ErrorKind> = {
  missing: 'NotFound',
  'not-sqlite': 'DatabaseCorrupt',
  truncated: 'DatabaseCorrupt',
  corrupt: 'DatabaseCorrupt',
  newer: 'DatabaseNewer',
  locked: 'Locked',
  'read-only': 'Conflict',
  'network-filesystem': 'Conflict',
  'migration-failed': 'Internal',
};

/** Why a database file could not be opened; the file itself is left exactly as it was. */
export class DatabaseOpenError extends AppError {
  constructor(
    readonly problem: DatabaseProblem,
    readonly path: string,
    message: string,
  ) {
    super(kinds[problem], message);
  }
}
