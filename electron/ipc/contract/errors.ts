/** Error kinds that cross the API boundary; the UI and the CLI map each to a sentence saying what to do. */
export const errorKinds = [
  'Validation',
  'NotFound',
  'Conflict',
  'Unauthorized',
  'DatabaseCorrupt',
  'DatabaseNewer',
  'Locked',
  'Internal',
] as const;

export type ErrorKind = (typeof errorKinds)[number];

export interface ApiErrorBody {
  readonly kind: ErrorKind;
  readonly message: string;
  /** Field paths with their problem, for Validation errors, so forms can show them beside the field. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorBody };

/** An error a service throws on purpose; anything else becomes `Internal`. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly issues?: ApiErrorBody['issues'],
  ) {
    super(message);
  }
}
