import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { bridgeTransport, createClient, httpTransport } from './client';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('API client over HTTP (browser mode)', () => {
  it('posts the input as JSON to /api/<channel>, same-origin, and returns the value', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(jsonResponse({ ok: true, value: { results: [] } })));
    const client = createClient(httpTransport(fetchImpl));
    await expect(client.call('search:query', { query: 'gen' })).resolves.toEqual({ results: [] });
    expect(fetchImpl).toHaveBeenCalledWith('/api/search:query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: '{"query":"gen"}',
    });
  });

  it('throws a typed error with the field issues for {ok:false}, whatever the HTTP status', async () => {
    const body = {
      ok: false,
      error: {
        kind: 'Validation',
        message: 'phones.0.raw: Enter a phone number',
        issues: [{ path: 'phones.0.raw', message: 'Enter a phone number' }],
      },
    };
    const client = createClient(httpTransport(() => Promise.resolve(jsonResponse(body, 400))));
    const error = await client.call('contacts:create', { familyName: 'Abdi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'Validation', channel: 'contacts:create', issues: body.error.issues });
  });

  it('maps a network failure, a refusal without a body and an unreadable reply to clear kinds', async () => {
    const down = createClient(httpTransport(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(down.call('app:info', {})).rejects.toMatchObject({ kind: 'Network' });
    const refused = createClient(httpTransport(() => Promise.resolve(new Response('Forbidden', { status: 403 }))));
    await expect(refused.call('app:info', {})).rejects.toMatchObject({ kind: 'Unauthorized' });
    const broken = createClient(httpTransport(() => Promise.resolve(new Response('<html>', { status: 502 }))));
    await expect(broken.call('app:info', {})).rejects.toMatchObject({ kind: 'Internal' });
  });
});

describe('API client over the Electron bridge', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is used when the preload exposed window.pressdesk, and maps a failed IPC to Network', async () => {
    expect(bridgeTransport()).toBeUndefined();
    const call = vi.fn((channel: string) =>
      channel === 'app:info'
        ? Promise.resolve({ ok: true, value: { version: '0.1.0' } })
        : Promise.reject(new Error('gone')),
    );
    vi.stubGlobal('window', { pressdesk: { call, channels: ['app:info'] } });
    const transport = bridgeTransport();
    expect(transport).toBeDefined();
    const client = createClient(transport!);
    await expect(client.call('app:info', {})).resolves.toEqual({ version: '0.1.0' });
    expect(call).toHaveBeenCalledWith('app:info', {});
    await expect(client.call('contacts:get', { id: 1 })).rejects.toMatchObject({ kind: 'Network' });
  });
});
