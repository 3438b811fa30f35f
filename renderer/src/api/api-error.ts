import { errorKinds, type ApiErrorBody, type ErrorKind } from '../../../electron/ipc/contract/errors';

/** The contract's kinds plus one the client adds: the request never reached PressDesk. */
export type ClientErrorKind = ErrorKind | 'Network';

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ClientErrorKind,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly channel?: string,
  ) {
    super(message);
  }

  static fromBody(body: ApiErrorBody, channel?: string): ApiError {
    const kind: ClientErrorKind = (errorKinds as readonly string[]).includes(body.kind) ? body.kind : 'Internal';
    return new ApiError(kind, body.message, body.issues ?? [], channel);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
