// Bundled to one CommonJS file: a sandboxed preload can load nothing but `electron`.
import { contextBridge, ipcRenderer } from 'electron';
import { channels, type ApiResult } from './ipc/contract';
import { API_CHANNEL } from './shell/ipc-channel';

const allowed: ReadonlySet<string> = new Set(channels);

/** `window.pressdesk`: the page's only way to PressDesk. Channels outside the contract never reach main. */
const bridge = {
  call(channel: string, input: unknown): Promise<ApiResult<unknown>> {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { kind: 'NotFound', message: `Unknown channel ${String(channel)}` } });
    }
    return ipcRenderer.invoke(API_CHANNEL, channel, input) as Promise<ApiResult<unknown>>;
  },
  channels: Object.freeze([...channels]) as readonly string[],
};

contextBridge.exposeInMainWorld('pressdesk', bridge);
