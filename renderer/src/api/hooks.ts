import { useCallback, useSyncExternalStore } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/ipc/contract';
import { call } from './client';
import { domainOf, invalidatedBy } from './invalidation';
import { queryCache, type QuerySnapshot } from './query-cache';

const noop = () => () => {};
const idle: QuerySnapshot<never> = { data: undefined, error: undefined, fetching: false };

/** Reads one channel through the shared cache; refreshes by itself after any write that concerns it. */
export function useApiQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: { readonly enabled?: boolean } = {},
): QuerySnapshot<ChannelOutput<C>> {
  const enabled = options.enabled ?? true;
  const key = `${channel} ${JSON.stringify(input)}`;
  const subscribe = useCallback(
    (listener: () => void) => {
      // The key holds the whole input, so the request is rebuilt from it rather than captured.
      const parsedInput = JSON.parse(key.slice(channel.length + 1)) as ChannelInput<C>;
      queryCache.ensure(key, () => call(channel, parsedInput), [domainOf(channel)]);
      return queryCache.subscribe(key, listener);
    },
    [channel, key],
  );
  const snapshot = useSyncExternalStore(enabled ? subscribe : noop, () =>
    enabled ? queryCache.read<ChannelOutput<C>>(key) : idle,
  );
  return snapshot;
}

/** Runs a write and refreshes every read it may have changed. */
export async function mutate<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const value = await call(channel, input);
  queryCache.invalidate(invalidatedBy(channel));
  return value;
}
