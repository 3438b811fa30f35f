import path from 'node:path';
import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';

/**
 * Electron's security checklist in one place: every window PressDesk opens gets these preferences, and only the
 * main window gets a preload (the bridge to the typed API). Nothing here may be loosened per window.
 */
export function lockedWebPreferences(options: {
  readonly preload?: string;
  readonly devTools: boolean;
}): WebPreferences {
  if (options.preload !== undefined && !path.isAbsolute(options.preload)) {
    throw new Error(`The preload path must be absolute: ${options.preload}`);
  }
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: options.devTools,
    ...(options.preload !== undefined ? { preload: options.preload } : {}),
  };
}

export interface MainWindowInput {
  readonly preload: string;
  readonly devTools: boolean;
  readonly title: string;
  /** Remembered position and size; without it the window is centred at its default size. */
  readonly bounds?: Partial<Rectangle> | undefined;
  readonly backgroundColor: string;
}

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;

export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    title: input.title,
    width: 1280,
    height: 820,
    ...input.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: input.backgroundColor,
    autoHideMenuBar: false,
    webPreferences: lockedWebPreferences({ preload: input.preload, devTools: input.devTools }),
  };
}

/** The database error window: static HTML with no script and no preload, so it has no way to reach main but links. */
export function errorWindowOptions(input: { readonly title: string; readonly backgroundColor: string }) {
  return {
    title: input.title,
    width: 640,
    height: 520,
    resizable: true,
    minimizable: false,
    maximizable: false,
    show: false,
    backgroundColor: input.backgroundColor,
    webPreferences: lockedWebPreferences({ devTools: false }),
  } satisfies BrowserWindowConstructorOptions;
}
