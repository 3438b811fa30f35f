import type { Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';

interface Reply {
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: unknown;
}

/**
 * Calls the browser-mode API from inside the loaded page, with the session cookie the app itself uses: a quick way
 * to set up records a test is not about. The app caches what it fetched, so reload (or navigate) afterwards.
 */
export async function callApi<C extends Channel>(
  page: Page,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const reply = await page.evaluate(
    async ({ channel, input }) => {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Reply;
    },
    { channel, input },
  );
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as ChannelOutput<C>;
}
