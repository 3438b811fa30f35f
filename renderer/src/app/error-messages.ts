import { ApiError, type ClientErrorKind } from '../api/api-error';

export interface ErrorDescription {
  readonly kind: ClientErrorKind;
  /** i18n keys: what happened, and what the person can do about it. */
  readonly titleKey: `errors.${ClientErrorKind}.title`;
  readonly actionKey: `errors.${ClientErrorKind}.action`;
}

/** Any failure becomes one of the API's kinds; an exception that is not an ApiError is a bug, so `Internal`. */
export function describeError(error: unknown): ErrorDescription {
  const kind: ClientErrorKind = error instanceof ApiError ? error.kind : 'Internal';
  return { kind, titleKey: `errors.${kind}.title`, actionKey: `errors.${kind}.action` };
}
