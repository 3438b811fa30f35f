import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { ApiResult } from '../ipc/contract';
import type { Api } from '../ipc/registry';
import { isAppUrl } from './app-origin';
import { API_CHANNEL } from './ipc-channel';

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * A call is served only when it comes from the top frame of the app's own window, showing a page of the app's own
 * origin: not an iframe, not another window, not a page that somehow navigated elsewhere.
 */
export function isTrustedSender(event: SenderEvent, trusted: WebContents | undefined): boolean {
  const frame = event.senderFrame;
  if (frame === null || trusted === undefined || trusted.isDestroyed()) return false;
  if (event.sender !== trusted || frame.parent !== null) return false;
  const main = trusted.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}

export interface ApiChannelOptions {
  /** The API over the database open right now (it changes when the user opens another file). */
  readonly api: () => Api | undefined;
  /** The main window's contents, the only one allowed to call. */
  readonly trustedContents: () => WebContents | undefined;
  readonly onRejected?: (reason: string) => void;
}

const refusal = (message: string): ApiResult<never> => ({ ok: false, error: { kind: 'Unauthorized', message } });

/** The only `ipcMain.handle` in PressDesk (lint-enforced): one channel, checked sender, then the registry. */
export function registerApiChannel(ipcMain: Pick<IpcMain, 'handle'>, options: ApiChannelOptions): void {
  ipcMain.handle(API_CHANNEL, async (event, channel: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event, options.trustedContents())) {
      options.onRejected?.(`call from an untrusted frame (${event.senderFrame?.url ?? 'gone'})`);
      return refusal('This page may not use PressDesk');
    }
    const api = options.api();
    if (api === undefined) return { ok: false, error: { kind: 'NotFound', message: 'No database is open' } };
    if (typeof channel !== 'string') {
      return { ok: false, error: { kind: 'Validation', message: 'The channel name must be a string' } };
    }
    return api.call(channel, input);
  });
}
