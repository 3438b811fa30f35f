import { AppError } from '../../ipc/contract/errors';

export type ImportProblem =
  'empty' | 'binary' | 'too-large' | 'unreadable' | 'unsupported' | 'no-columns' | 'invalid-rows' | 'nothing-valid';

/**
 * A file or an import the user has to do something about. It is a `Validation` AppError, so both transports show
 * its sentence as it is; `problem` lets the CLI choose its advice and exit code.
 */
export class ImportError extends AppError {
  constructor(
    readonly problem: ImportProblem,
    message: string,
  ) {
    super('Validation', message);
  }
}
