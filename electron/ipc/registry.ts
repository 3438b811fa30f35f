import type { z } from 'zod';
import {
  contract,
  isChannel,
  type ApiResult,
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
} from './contract';
import { AppError } from './contract/errors';
import { appService } from '../services/app';
import { contactBlockService } from '../services/contact-blocks';
import { contactService } from '../services/contacts';
import { contactBulkHandlers } from '../services/contacts-bulk';
import { backupHandlers } from '../services/backups';
import { exportHandlers } from '../services/export/service';
import { privacyHandlers } from '../services/privacy/handlers';
import { listHandlers } from '../services/lists/service';
import { importService } from '../services/import/service';
import type { ServiceContext } from '../services/context';
import { officeService } from '../services/offices';
import { organisationService } from '../services/organisations';
import { regionService } from '../services/regions';
import { releaseHandlers } from '../services/releases/handlers';
import { searchService } from '../services/search';
import { spokespeopleService } from '../services/spokespeople/lookup';

type Handler<C extends Channel> = (
  ctx: ServiceContext,
  input: ChannelParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Each channel bound once to its service; both transports (IPC and browser mode) call through `createApi`. */
export const handlers: { readonly [C in Channel]: Handler<C> } = {
  'app:info': (ctx) => appService.info(ctx),
  'organisations:list': organisationService.list,
  'organisations:get': organisationService.get,
  'organisations:create': organisationService.create,
  'organisations:update': organisationService.update,
  'organisations:archive': organisationService.archive,
  'offices:list': officeService.list,
  'offices:get': officeService.get,
  'offices:create': officeService.create,
  'offices:update': officeService.update,
  'offices:archive': officeService.archive,
  'regions:list': regionService.list,
  'regions:get': regionService.get,
  'regions:create': regionService.create,
  'regions:update': regionService.update,
  'contacts:list': contactService.list,
  'contacts:get': contactService.get,
  'contacts:create': contactService.create,
  'contacts:update': contactService.update,
  'contacts:archive': contactService.archive,
  ...contactBulkHandlers,
  ...contactBlockService,
  'search:query': searchService.query,
  'spokespeople:lookup': spokespeopleService.lookup,
  ...releaseHandlers,
  ...listHandlers,
  ...exportHandlers,
  ...backupHandlers,
  ...privacyHandlers,
  'import:upload': importService.upload,
  'import:preview': importService.preview,
  'import:rows': importService.rows,
  'import:progress': importService.progress,
  'import:cancel': importService.cancel,
  'import:apply': importService.apply,
  'import:edit-row': importService.editRow,
};

export interface ApiOptions {
  /** Check every reply against the contract too (tests), not only every request. */
  readonly validateOutput?: boolean;
  /** Where unexpected errors are reported; the caller only sees `Internal` and a sentence. */
  readonly onInternalError?: (channel: string, error: unknown) => void;
}

export interface Api {
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}

const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

function toErrorResult(channel: string, error: unknown, options: ApiOptions): ApiResult<never> {
  if (error instanceof AppError) {
    return {
      ok: false,
      error: { kind: error.kind, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    };
  }
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return { ok: false, error: { kind: 'Conflict', message: 'This change conflicts with existing data' } };
  }
  if (code === 'SQLITE_FULL') {
    return {
      ok: false,
      error: { kind: 'Conflict', message: 'The disk is full, so nothing was saved; free some space and try again' },
    };
  }
  if (code === 'SQLITE_BUSY') {
    return { ok: false, error: { kind: 'Locked', message: 'The database is busy; try again in a moment' } };
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return { ok: false, error: { kind: 'DatabaseCorrupt', message: 'The database file is damaged' } };
  }
  options.onInternalError?.(channel, error);
  return { ok: false, error: { kind: 'Internal', message: 'Something went wrong inside PressDesk' } };
}

/** Validates the input against the contract, runs the bound service, and wraps the outcome in the `{ok}` envelope. */
export function createApi(ctx: ServiceContext, options: ApiOptions = {}): Api {
  return {
    async call(channel, input) {
      if (!isChannel(channel)) return { ok: false, error: { kind: 'NotFound', message: `Unknown channel ${channel}` } };
      const spec = contract[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
        return { ok: false, error: { kind: 'Validation', message, issues } };
      }
      try {
        const handler: Handler<Channel> = handlers[channel];
        const value: unknown = await handler(ctx, parsed.data);
        if (options.validateOutput) spec.output.parse(value);
        return { ok: true, value };
      } catch (error) {
        return toErrorResult(channel, error, options);
      }
    },
  };
}
