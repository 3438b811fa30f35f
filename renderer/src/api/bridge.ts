import type { ApiResult } from '../../../electron/ipc/contract';

/**
 * What the Electron preload exposes through `contextBridge` as `window.pressdesk`: one call function over the
 * contract's channels, and the allow-list it was built from. Browser mode has no bridge and talks HTTP instead.
 */
export interface PressdeskBridge {
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  readonly channels: readonly string[];
}

declare global {
  interface Window {
    readonly pressdesk?: PressdeskBridge;
  }
}

/** The bridge, if this page runs inside the Electron shell (and not in a browser or a test without a window). */
export const bridge = (): PressdeskBridge | undefined => (typeof window === 'undefined' ? undefined : window.pressdesk);
