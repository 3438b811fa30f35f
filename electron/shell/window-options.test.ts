import { describe, expect, it } from 'vitest';
import { errorWindowOptions, lockedWebPreferences, mainWindowOptions } from './window-options';

const locked = {
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
};

const main = (overrides: Partial<Parameters<typeof mainWindowOptions>[0]> = {}) =>
  mainWindowOptions({
    preload: '/app/out/preload/index.cjs',
    devTools: false,
    title: 'PressDesk',
    backgroundColor: '#ffffff',
    ...overrides,
  });

describe('window options', () => {
  it('locks the main window down per the Electron checklist, with the preload as its only bridge', () => {
    const prefs = main().webPreferences;
    expect(prefs).toMatchObject({ ...locked, preload: '/app/out/preload/index.cjs', devTools: false });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('gives the error window the same locks and no preload at all', () => {
    const prefs = errorWindowOptions({ title: 'x', backgroundColor: '#000' }).webPreferences;
    expect(prefs).toMatchObject({ ...locked, devTools: false });
    expect(prefs).not.toHaveProperty('preload');
  });

  it('refuses a relative preload path, which Electron would resolve against the working directory', () => {
    expect(() => lockedWebPreferences({ preload: 'out/preload/index.cjs', devTools: false })).toThrow(/absolute/);
  });

  it('keeps the locks whatever the remembered bounds carry', () => {
    const options = main({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, devTools: true });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(options.webPreferences).toMatchObject({ ...locked, devTools: true });
  });

  it('never goes below the minimum size and starts hidden until ready', () => {
    const options = main();
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.show).toBe(false);
  });
});
