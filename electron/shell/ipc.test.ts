import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import type { ApiResult } from '../ipc/contract';
import { createApi, type Api } from '../ipc/registry';
import { registerApiChannel } from './ipc';
import { API_CHANNEL } from './ipc-channel';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<ApiResult<unknown>>;

interface FrameShape {
  readonly processId: number;
  readonly routingId: number;
  readonly url: string;
  readonly parent: FrameShape | null;
}

const mainFrame: FrameShape = { processId: 4, routingId: 1, url: 'app://pressdesk/index.html#/contacts', parent: null };
const windowContents = { isDestroyed: () => false, mainFrame } as unknown as WebContents;
const otherContents = { isDestroyed: () => false, mainFrame: { ...mainFrame, processId: 9 } } as unknown as WebContents;

let opened: OpenedDatabase;
let api: Api | undefined;
let listener: Listener;
const rejected: string[] = [];

beforeEach(async () => {
  opened = await openDatabase(':memory:');
  api = createApi({
    db: opened.db,
    dbPath: '/data/pressdesk.db',
    schemaVersion: opened.schemaVersion,
    version: '1.2.3',
    shell: 'electron',
  });
  rejected.length = 0;
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, l: Listener) => handlers.set(channel, l) };
  registerApiChannel(ipcMain, {
    api: () => api,
    trustedContents: () => windowContents,
    onRejected: (reason) => rejected.push(reason),
  });
  const registered = handlers.get(API_CHANNEL);
  if (!registered) throw new Error(`nothing registered on ${API_CHANNEL}`);
  listener = registered;
});
afterEach(() => opened.close());

const invoke = (sender: WebContents, senderFrame: FrameShape | null, channel: unknown, input: unknown = {}) =>
  listener({ sender, senderFrame } as unknown as IpcMainInvokeEvent, channel, input);

describe('the IPC channel', () => {
  it('serves the main frame of the app window through the real registry', async () => {
    const result = await invoke(windowContents, mainFrame, 'app:info');
    expect(result).toMatchObject({
      ok: true,
      value: { version: '1.2.3', dbPath: '/data/pressdesk.db', shell: 'electron' },
    });
    const created = await invoke(windowContents, mainFrame, 'organisations:create', { name: { en: 'IOM' } });
    expect(created.ok).toBe(true);
    const invalid = await invoke(windowContents, mainFrame, 'organisations:create', { name: {} });
    expect(invalid).toMatchObject({ ok: false, error: { kind: 'Validation' } });
  });

  it.each([
    ['a frame that is gone', null],
    ['an iframe', { ...mainFrame, routingId: 7, parent: mainFrame }],
    ['a frame in another process', { ...mainFrame, processId: 5 }],
    ['a page that left the app', { ...mainFrame, url: 'https://evil.example/' }],
    ['a look-alike origin', { ...mainFrame, url: 'app://pressdesk.evil/index.html' }],
    ['a data: page', { ...mainFrame, url: 'data:text/html,x' }],
  ] as const)('refuses %s', async (_what, frame) => {
    const result = await invoke(windowContents, frame, 'organisations:create', { name: { en: 'Injected' } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'Unauthorized' } });
    expect(rejected).toHaveLength(1);
    const list = await invoke(windowContents, mainFrame, 'organisations:list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refuses another window, even showing the app', async () => {
    const result = await invoke(otherContents, { ...mainFrame, processId: 9 }, 'app:info');
    expect(result).toMatchObject({ ok: false, error: { kind: 'Unauthorized' } });
  });

  it('refuses a destroyed window', async () => {
    const destroyed = { ...windowContents, isDestroyed: () => true, mainFrame } as unknown as WebContents;
    const ipcHandlers = new Map<string, Listener>();
    registerApiChannel(
      { handle: (c: string, l: Listener) => ipcHandlers.set(c, l) },
      {
        api: () => api,
        trustedContents: () => destroyed,
      },
    );
    const result = await ipcHandlers.get(API_CHANNEL)?.({ sender: destroyed, senderFrame: mainFrame } as never);
    expect(result).toMatchObject({ ok: false, error: { kind: 'Unauthorized' } });
  });

  it('answers unknown channels and non-string names without reaching a service', async () => {
    expect(await invoke(windowContents, mainFrame, 'db:drop')).toMatchObject({
      ok: false,
      error: { kind: 'NotFound' },
    });
    expect(await invoke(windowContents, mainFrame, { toString: () => 'app:info' })).toMatchObject({
      ok: false,
      error: { kind: 'Validation' },
    });
    expect(await invoke(windowContents, mainFrame, '__proto__')).toMatchObject({
      ok: false,
      error: { kind: 'NotFound' },
    });
  });

  it('says so when no database is open', async () => {
    api = undefined;
    expect(await invoke(windowContents, mainFrame, 'app:info')).toMatchObject({
      ok: false,
      error: { kind: 'NotFound' },
    });
  });
});
