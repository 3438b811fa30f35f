import type { z } from 'zod';
import type { ApiResult } from '../../../ipc/contract';
import { AppError } from '../../../ipc/contract/errors';
import { releaseContract, type ReleaseChannel } from '../../../ipc/contract/releases';
import { createApi, type Api } from '../../../ipc/registry';
import type { ServiceContext } from '../../context';
import { createReleaseHandlers } from '../handlers';
import type { ReleaseClock } from '../types';

/** A clock the test moves by hand. */
export class TestClock implements ReleaseClock {
  constructor(private at = new Date('2018-04-10T09:00:00.000Z')) {}
  now() {
    return new Date(this.at);
  }
  advance(seconds: number) {
    this.at = new Date(this.at.getTime() + seconds * 1000);
  }
  set(iso: string) {
    this.at = new Date(iso);
  }
}

const isReleaseChannel = (channel: string): channel is ReleaseChannel => Object.hasOwn(releaseContract, channel);

/**
 * The app's API with the release channels bound as the registry will bind them (input parsed and output checked
 * against the contract, AppErrors and constraint failures turned into the `{ok: false}` envelope), until the lead
 * wires them into `createApi` itself.
 */
export function createReleaseTestApi(ctx: ServiceContext, clock: ReleaseClock): Api {
  const base = createApi(ctx, { validateOutput: true });
  const handlers = createReleaseHandlers(clock);
  return {
    async call(channel, input): Promise<ApiResult<unknown>> {
      if (!isReleaseChannel(channel)) return base.call(channel, input);
      const spec = releaseContract[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
        return { ok: false, error: { kind: 'Validation', message: issues.map((i) => i.message).join('; '), issues } };
      }
      try {
        const handler = handlers[channel] as (ctx: ServiceContext, input: unknown) => unknown;
        const value: unknown = await handler(ctx, parsed.data);
        (spec.output as z.ZodType).parse(value);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError)
          return {
            ok: false,
            error: { kind: error.kind, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
          };
        if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT'))
          return { ok: false, error: { kind: 'Conflict', message: 'This change conflicts with existing data' } };
        throw error;
      }
    },
  };
}

/** Calls a channel and returns its value, or fails the test with the error envelope. */
export async function must<C extends ReleaseChannel>(
  api: Api,
  channel: C,
  input: z.input<(typeof releaseContract)[C]['input']>,
): Promise<z.infer<(typeof releaseContract)[C]['output']>> {
  const result = await api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
  return result.value as z.infer<(typeof releaseContract)[C]['output']>;
}

/** Calls a channel that must fail, and returns its error. */
export async function mustFail(api: Api, channel: string, input: unknown) {
  const result = await api.call(channel, input);
  if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
  return result.error;
}
