import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../../../electron/ipc/contract';
import { ApiError } from './api-error';
import { bridge } from './bridge';

/** Sends one request and returns the raw `{ok}` envelope; throws only when the transport itself fails. */
export type Transport = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

const isEnvelope = (v: unknown): v is ApiResult<unknown> =>
  typeof v === 'object' && v !== null && 'ok' in v && typeof v.ok === 'boolean';

/**
 * Browser mode: the server set an HttpOnly cookie when it swapped the launch token out of the URL, so requests
 * carry no secret of their own; same-origin keeps the cookie on and everything else off.
 */
export function httpTransport(fetchImpl: typeof fetch = (...a) => fetch(...a)): Transport {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
    } catch (cause) {
      throw new ApiError('Network', cause instanceof Error ? cause.message : String(cause), [], channel);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isEnvelope(body)) return body;
    if (response.status === 401 || response.status === 403) {
      throw new ApiError('Unauthorized', `The server refused the request (${response.status})`, [], channel);
    }
    throw new ApiError('Internal', `Unexpected reply from the server (${response.status})`, [], channel);
  };
}

export function bridgeTransport(): Transport | undefined {
  const b = bridge();
  if (!b) return undefined;
  return async (channel, input) => {
    try {
      return await b.call(channel, input);
    } catch (cause) {
      // IPC itself failed (the main process is gone or restarting), not a handler.
      throw new ApiError('Network', cause instanceof Error ? cause.message : String(cause), [], channel);
    }
  };
}

export interface Client {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(channel, input) {
      const result = await transport(channel, input);
      if (!result.ok) throw ApiError.fromBody(result.error, channel);
      return result.value as ChannelOutput<typeof channel>;
    },
  };
}

let defaultClient: Client | undefined;

/** Calls one channel of the contract over whichever transport this window has: the Electron bridge or HTTP. */
export function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  defaultClient ??= createClient(bridgeTransport() ?? httpTransport());
  return defaultClient.call(channel, input);
}
