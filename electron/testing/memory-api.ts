import { afterEach, beforeEach } from 'vitest';
import type { Db } from '../../db/client';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../ipc/contract';
import { createApi, type Api } from '../ipc/registry';
import type { ServiceContext } from '../services/context';

/** Calls one channel; the `{ok}` envelope typed by the channel's output. */
export type CallChannel = <C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<ApiResult<ChannelOutput<C>>>;

/**
 * Calls one channel and returns its value; an error result throws, carrying its `kind`, so a test either fails with
 * the message or expects the rejection.
 */
export type OkChannel = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export interface TestApi {
  readonly opened: OpenedDatabase;
  readonly ctx: ServiceContext;
  readonly api: Api;
  readonly call: CallChannel;
  readonly ok: OkChannel;
}

/**
 * The app's API over a database opened as the app opens it (':memory:' is fresh and migrated), every output checked
 * against the contract. The caller closes `opened`.
 */
export async function openTestApi(file = ':memory:'): Promise<TestApi> {
  const opened = await openDatabase(file, { create: true });
  const ctx: ServiceContext = {
    db: opened.db,
    dbPath: file,
    schemaVersion: opened.schemaVersion,
    version: 'test',
    shell: 'browser',
  };
  const api = createApi(ctx, { validateOutput: true });
  const call: CallChannel = async <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    (await api.call(channel, input)) as ApiResult<ChannelOutput<C>>;
  const ok: OkChannel = async (channel, input) => {
    const result = await call(channel, input);
    if (!result.ok) {
      const { kind, message } = result.error;
      throw Object.assign(new Error(`${channel}: ${kind}: ${message}`), { kind });
    }
    return result.value;
  };
  return { opened, ctx, api, call, ok };
}

export interface MemoryApi {
  readonly api: () => Api;
  readonly db: () => Db;
  readonly ctx: () => ServiceContext;
  readonly call: CallChannel;
  readonly ok: OkChannel;
}

/** A fresh ':memory:' database and its API for each test of the file, closed after it. */
export function useMemoryApi(): MemoryApi {
  let current: TestApi | undefined;
  beforeEach(async () => {
    current = await openTestApi();
  });
  afterEach(() => {
    current?.opened.close();
    current = undefined;
  });
  const bed = () => {
    if (!current) throw new Error('The in-memory API exists only inside a test');
    return current;
  };
  return {
    api: () => bed().api,
    db: () => bed().opened.db,
    ctx: () => bed().ctx,
    call: (channel, input) => bed().call(channel, input),
    ok: (channel, input) => bed().ok(channel, input),
  };
}
