import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from './ipc/contract';
import { API_CHANNEL } from './shell/ipc-channel';

// The boundary: Electron's two renderer-side modules. What the preload builds and exposes is the real code.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from main' })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke },
}));

interface Bridge {
  call(channel: unknown, input: unknown): Promise<unknown>;
  readonly channels: readonly string[];
}

let bridge: Bridge;
beforeAll(async () => {
  await import('./preload');
  bridge = electron.exposed.get('pressdesk') as Bridge;
});

describe('the preload bridge', () => {
  it('exposes exactly window.pressdesk = { call, channels }', () => {
    expect([...electron.exposed.keys()]).toEqual(['pressdesk']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'channels']);
    expect(typeof bridge.call).toBe('function');
  });

  it("allows exactly the contract's channels", () => {
    expect([...bridge.channels]).toEqual(channels);
    expect(Object.isFrozen(bridge.channels)).toBe(true);
  });

  it('sends contract channels to main on the one IPC channel', async () => {
    electron.invoke.mockClear();
    await expect(bridge.call('app:info', {})).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.invoke).toHaveBeenCalledWith(API_CHANNEL, 'app:info', {});
  });

  it.each(['db:exec', 'app:info ', 'APP:INFO', '__proto__', 'constructor', 42, null])(
    'keeps %s from ever reaching main',
    async (channel) => {
      electron.invoke.mockClear();
      await expect(bridge.call(channel, {})).resolves.toMatchObject({ ok: false, error: { kind: 'NotFound' } });
      expect(electron.invoke).not.toHaveBeenCalled();
    },
  );
});

describe('the preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const result = await build({
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required: string[] = [];
    const exposed = new Map<string, unknown>();
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return {
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
        ipcRenderer: { invoke: () => Promise.resolve() },
      };
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect(required).toEqual(['electron']);
    expect([...(exposed.get('pressdesk') as Bridge).channels]).toEqual(channels);
  });
});
