import { useEffect, useState } from 'react';
import type { ChannelInput, SpokespeopleLookup } from '../../../../electron/ipc/contract';
import type { ApiError } from '../../api/api-error';
import { call } from '../../api/client';

export interface LookupState {
  readonly data: SpokespeopleLookup | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
}

/**
 * Runs the lookup whenever its input changes. Not through the shared read cache: a lookup depends on contacts,
 * offices and regions at once, and asking again is cheaper than keeping such an answer fresh.
 */
export function useSpokespeopleLookup(input: ChannelInput<'spokespeople:lookup'> | null): LookupState {
  const key = input ? JSON.stringify(input) : '';
  const [state, setState] = useState<LookupState & { key: string }>({
    key: '',
    data: undefined,
    error: undefined,
    loading: false,
  });
  useEffect(() => {
    if (!key) return;
    let current = true;
    setState((s) => ({ ...s, key, loading: true }));
    call('spokespeople:lookup', JSON.parse(key) as ChannelInput<'spokespeople:lookup'>).then(
      (data) => current && setState({ key, data, error: undefined, loading: false }),
      (error: ApiError) => current && setState({ key, data: undefined, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  if (!key) return { data: undefined, error: undefined, loading: false };
  // The previous answer stays on screen while the next one comes: no flash between two lookups.
  return { data: state.data, error: state.error, loading: state.loading || state.key !== key };
}
