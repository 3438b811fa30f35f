import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-dir';
import { placeWindow, readWindowState, windowStateFile, writeWindowState, type WindowState } from './window-state';

const tempDir = useTempDir('pressdesk-window-');
const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const minimum = { width: 900, height: 600 };
const state: WindowState = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximised: true };

describe('window state', () => {
  it('is written atomically and read back', () => {
    const file = windowStateFile(path.join(tempDir(), 'nested'));
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"bounds":'],
    ['the wrong shape', JSON.stringify({ bounds: { x: 'left' }, maximised: false })],
    ['a zero-size window', JSON.stringify({ bounds: { x: 0, y: 0, width: 0, height: 0 }, maximised: false })],
  ])('is forgotten when %s', (_what, content) => {
    const file = path.join(tempDir(), 'window-state.json');
    if (content !== undefined) fs.writeFileSync(file, content);
    expect(readWindowState(file)).toBeUndefined();
  });

  it('keeps a window that is on a screen where it was', () => {
    expect(placeWindow(state, [screen], minimum)).toEqual(state.bounds);
    const right = { x: 1920, y: 0, width: 2560, height: 1400 };
    const onSecond = { ...state, bounds: { x: 2100, y: 100, width: 1400, height: 900 } };
    expect(placeWindow(onSecond, [screen, right], minimum)).toEqual(onSecond.bounds);
  });

  it('centres a window whose screen is gone, shrunk to the largest screen left', () => {
    const lost = { ...state, bounds: { x: 2100, y: 100, width: 2400, height: 1300 } };
    expect(placeWindow(lost, [screen], minimum)).toEqual({ width: 1920, height: 1040 });
    const mostlyOff = { ...state, bounds: { x: 1800, y: 900, width: 1000, height: 700 } };
    expect(placeWindow(mostlyOff, [screen], minimum)).toEqual({ width: 1000, height: 700 });
  });

  it('uses the defaults when there is nothing to go on', () => {
    expect(placeWindow(undefined, [screen], minimum)).toBeUndefined();
    expect(placeWindow({ ...state, bounds: { ...state.bounds, x: 5000 } }, [], minimum)).toBeUndefined();
  });
});
