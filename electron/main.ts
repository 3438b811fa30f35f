// The Electron main process: single instance, the database opened before any window, the locked-down window, the
// menu, and the error window when the database cannot be opened. Bundled to out/main/index.js (ESM).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
} from 'electron';
import { backUpOnStart } from '../db/auto-backup';
import { backupDatabase, defaultBackupPath } from '../db/backup';
import { DatabaseOpenError } from '../db/errors';
import { resolveDbPath, userDataDir } from '../db/path';
import { restoreDatabase } from '../db/restore';
import { isChannel } from './ipc/contract';
import { buildMenuTemplate, type MenuActions } from './shell/app-menu';
import { APP_ENTRY_URL, APP_SCHEME } from './shell/app-origin';
import { appSchemePrivileges, createAppProtocolHandler } from './shell/app-protocol';
import { openDatabaseSession, type DatabaseSession } from './shell/database-session';
import { errorActionFromUrl, htmlDataUrl, renderErrorPage, type ErrorAction } from './shell/error-page';
import { registerApiChannel } from './shell/ipc';
import { dbFlag } from './shell/launch-args';
import { guardSession, guardWebContents } from './shell/security';
import { pickShellLanguage, shellStrings, type ShellLanguage, type ShellStrings } from './shell/shell-strings';
import { errorWindowOptions, mainWindowOptions, MIN_HEIGHT, MIN_WIDTH } from './shell/window-options';
import { placeWindow, readWindowState, windowStateFile, writeWindowState } from './shell/window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
const rendererRoot = path.join(here, '..', 'renderer');
const devTools = !app.isPackaged;

// Before `ready`: the scheme's privileges, and the same user-data folder as the CLI (db/path.ts), so the default
// database, the single-instance lock and the window state all live in ~/.config/PressDesk (or the platform's own).
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.setName('PressDesk');
app.setPath('userData', userDataDir());

let language: ShellLanguage = 'en';
let strings: ShellStrings = shellStrings.en;
let current: DatabaseSession | undefined;
let mainWindow: BrowserWindow | undefined;
let errorWindow: BrowserWindow | undefined;

const log = (message: string) => process.stderr.write(`pressdesk: ${message}\n`);
const backgroundColor = () => (nativeTheme.shouldUseDarkColors ? '#17181c' : '#ffffff');
const focus = (win: BrowserWindow | undefined) => {
  if (win === undefined || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
};
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and leaves.
  app.quit();
} else {
  app.on('second-instance', () => focus(mainWindow ?? errorWindow));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    current?.opened.close();
    current = undefined;
  });
  app.whenReady().then(start).catch(fatal);
}

async function start() {
  language = pickShellLanguage(app.getPreferredSystemLanguages());
  strings = shellStrings[language];
  guardSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      openExternal: (url) => shell.openExternal(url),
      onBlocked: (what, url) => log(`blocked ${what} to ${url}`),
    }),
  );
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
  registerApiChannel(ipcMain, {
    api: () => current?.api,
    trustedContents: () => mainWindow?.webContents,
    onRejected: (reason) => log(`refused a ${reason}`),
  });
  refreshMenu();
  await openOrExplain(resolveDbPath({ flag: dbFlag(process.argv) }));
}

function fatal(error: unknown) {
  log(`could not start: ${messageOf(error)}`);
  dialog.showErrorBox('PressDesk', messageOf(error));
  app.exit(1);
}

const openSession = (dbPath: string) =>
  openDatabaseSession(dbPath, {
    version: app.getVersion(),
    onInternalError: (channel, error) =>
      log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });

/** Opens `dbPath` and shows the app, or shows the error window saying what is wrong with the file. */
async function openOrExplain(dbPath: string) {
  try {
    useSession(await openSession(dbPath));
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    showDatabaseError(error, dbPath);
  }
}

function useSession(next: DatabaseSession) {
  const previous = current;
  current = next;
  backUpOnStart(next.opened.db.$client, next.opened.path, log, next.quietFor);
  previous?.opened.close();
  refreshMenu();
  if (mainWindow === undefined || mainWindow.isDestroyed()) createMainWindow();
  else void mainWindow.loadURL(APP_ENTRY_URL);
  // Closed only once the main window exists, so the app never has zero windows and quits.
  errorWindow?.destroy();
  errorWindow = undefined;
}

function createMainWindow() {
  const stateFile = windowStateFile(app.getPath('userData'));
  const saved = readWindowState(stateFile);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const win = new BrowserWindow(
    mainWindowOptions({
      preload: preloadPath,
      devTools,
      title: 'PressDesk',
      bounds: placeWindow(saved, workAreas, { width: MIN_WIDTH, height: MIN_HEIGHT }),
      backgroundColor: backgroundColor(),
    }),
  );
  if (saved?.maximised) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    try {
      writeWindowState(stateFile, { bounds: win.getNormalBounds(), maximised: win.isMaximized() });
    } catch (error) {
      log(`could not remember the window's position: ${messageOf(error)}`);
    }
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  mainWindow = win;
  void win.loadURL(APP_ENTRY_URL);
}

function showDatabaseError(error: DatabaseOpenError, dbPath: string) {
  current?.opened.close();
  current = undefined;
  refreshMenu();
  const previous = errorWindow;
  const win = new BrowserWindow(
    errorWindowOptions({ title: strings.error.windowTitle, backgroundColor: backgroundColor() }),
  );
  errorWindow = win;
  win.webContents.on('will-navigate', (event) => {
    event.preventDefault();
    const action = errorActionFromUrl(event.url);
    if (action !== undefined) runErrorAction(action, dbPath).catch(fatal);
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (errorWindow === win) errorWindow = undefined;
  });
  const html = renderErrorPage({ problem: error.problem, path: error.path, language, strings: strings.error });
  void win.loadURL(htmlDataUrl(html));
  previous?.destroy();
  mainWindow?.destroy();
  mainWindow = undefined;
}

async function runErrorAction(action: ErrorAction, dbPath: string) {
  switch (action) {
    case 'quit':
      app.quit();
      return;
    case 'retry':
      await openOrExplain(dbPath);
      return;
    case 'choose': {
      const chosen = await chooseFile(errorWindow, strings.dialog.openDatabaseTitle, path.dirname(dbPath));
      if (chosen !== undefined) await openOrExplain(chosen);
      return;
    }
    case 'restore': {
      const backups = path.join(path.dirname(dbPath), 'backups');
      const chosen = await chooseFile(errorWindow, strings.dialog.chooseBackupTitle, backups);
      if (chosen === undefined) return;
      try {
        // The damaged file is kept (byte for byte when it cannot be read) before the backup replaces it.
        const { previousBackup } = await restoreDatabase(dbPath, chosen, { owner: 'PressDesk' });
        if (previousBackup !== null) log(`kept the file that was replaced as ${previousBackup}`);
      } catch (error) {
        await tell('error', strings.dialog.restoreFailed, messageOf(error), errorWindow);
        return;
      }
      await openOrExplain(dbPath);
      return;
    }
  }
}

async function chooseFile(parent: BrowserWindow | undefined, title: string, defaultPath: string) {
  const options: OpenDialogOptions = {
    title,
    defaultPath,
    properties: ['openFile'],
    filters: [{ name: strings.dialog.databaseFilter, extensions: ['db', 'sqlite', 'sqlite3'] }],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

async function tell(type: 'info' | 'error', message: string, detail: string, parent = mainWindow) {
  const options = { type, message, detail, buttons: [strings.dialog.ok] };
  if (parent && !parent.isDestroyed()) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

/**
 * Menu commands for the React app arrive as a DOM event, `pressdesk:command` with the command in `detail`: the
 * preload's bridge stays exactly `{ call, channels }`, and script run by main is not subject to the page's CSP.
 */
function sendCommand(command: 'new-contact' | 'new-release') {
  const contents = mainWindow?.webContents;
  if (contents === undefined) return;
  focus(mainWindow);
  const script = `window.dispatchEvent(new CustomEvent('pressdesk:command', { detail: ${JSON.stringify(command)} }))`;
  contents.executeJavaScript(script).catch((error: unknown) => log(`menu command failed: ${messageOf(error)}`));
}

const actions: MenuActions = {
  newContact: () => sendCommand('new-contact'),
  newRelease: () => sendCommand('new-release'),
  openDatabase: () => void openAnotherDatabase().catch(fatal),
  backUpNow: () => void backUpNow().catch(fatal),
  about: () => void showAbout().catch(fatal),
};

async function openAnotherDatabase() {
  const from = current ? path.dirname(current.opened.path) : app.getPath('documents');
  const chosen = await chooseFile(mainWindow ?? errorWindow, strings.dialog.openDatabaseTitle, from);
  if (chosen === undefined || (current && path.resolve(chosen) === current.opened.path)) return;
  if (current === undefined) {
    await openOrExplain(chosen);
    return;
  }
  // The open database stays open until the new one is known to be good.
  try {
    useSession(await openSession(chosen));
  } catch (error) {
    await tell('error', strings.dialog.openFailed, messageOf(error));
  }
}

async function backUpNow() {
  if (current === undefined) return;
  const { opened } = current;
  try {
    const result = await backupDatabase(opened.db.$client, defaultBackupPath(opened.path));
    await tell('info', strings.dialog.backupDone, result.path);
  } catch (error) {
    await tell('error', strings.dialog.backupFailed, messageOf(error));
  }
}

async function showAbout() {
  const detail = strings.dialog.aboutDetail({
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
    dbPath: current?.opened.path ?? '—',
    schemaVersion: current?.opened.schemaVersion ?? 0,
  });
  await tell('info', `PressDesk ${app.getVersion()}`, detail, mainWindow ?? errorWindow);
}

function refreshMenu() {
  const template = buildMenuTemplate({
    strings: strings.menu,
    platform: process.platform,
    releasesAvailable: isChannel('releases:create'),
    databaseOpen: current !== undefined,
    devTools,
    actions,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
