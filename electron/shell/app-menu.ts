import type { MenuItemConstructorOptions } from 'electron';
import type { ShellStrings } from './shell-strings';

/** What the menu can ask for; main wires each to a dialog, a backup, or a command for the React app. */
export interface MenuActions {
  readonly newContact: () => void;
  readonly newRelease: () => void;
  readonly openDatabase: () => void;
  readonly backUpNow: () => void;
  readonly about: () => void;
}

export interface MenuInput {
  readonly strings: ShellStrings['menu'];
  readonly platform: NodeJS.Platform;
  /** False until the contract has release channels; the item is shown greyed so users know it is coming. */
  readonly releasesAvailable: boolean;
  /** A database is open (the error window has no File actions but Quit). */
  readonly databaseOpen: boolean;
  readonly devTools: boolean;
  readonly actions: MenuActions;
}

/** The application menu as data, so it can be checked without Electron. */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const { actions, databaseOpen, platform } = input;
  const mac = platform === 'darwin';
  // `&` marks the Alt-key letter on Windows and Linux; macOS menus have none.
  const t = (label: string) => (mac ? label.replace(/&(?=\S)/g, '') : label);
  const s = input.strings;

  const file: MenuItemConstructorOptions = {
    label: t(s.file),
    submenu: [
      {
        id: 'new-contact',
        label: s.newContact,
        accelerator: 'CmdOrCtrl+N',
        enabled: databaseOpen,
        click: actions.newContact,
      },
      {
        id: 'new-release',
        label: s.newRelease,
        accelerator: 'CmdOrCtrl+Shift+N',
        enabled: databaseOpen && input.releasesAvailable,
        click: actions.newRelease,
      },
      { type: 'separator' },
      { id: 'open-database', label: s.openDatabase, accelerator: 'CmdOrCtrl+O', click: actions.openDatabase },
      { id: 'back-up-now', label: s.backUpNow, enabled: databaseOpen, click: actions.backUpNow },
      ...(mac ? [] : [{ type: 'separator' } as const, { id: 'quit', label: s.quit, role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t(s.edit),
    submenu: [
      { label: s.undo, role: 'undo' },
      { label: s.redo, role: 'redo' },
      { type: 'separator' },
      { label: s.cut, role: 'cut' },
      { label: s.copy, role: 'copy' },
      { label: s.paste, role: 'paste' },
      { label: s.selectAll, role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t(s.view),
    submenu: [
      { label: s.reload, role: 'reload' },
      ...(input.devTools ? [{ label: s.toggleDevTools, role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { label: s.actualSize, role: 'resetZoom' },
      { label: s.zoomIn, role: 'zoomIn' },
      { label: s.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: s.fullScreen, role: 'togglefullscreen' },
    ],
  };
  if (!mac) {
    const help: MenuItemConstructorOptions = {
      label: t(s.help),
      submenu: [{ id: 'about', label: s.about, click: actions.about }],
    };
    return [file, edit, view, help];
  }

  const appMenu: MenuItemConstructorOptions = {
    label: 'PressDesk',
    submenu: [
      { id: 'about', label: s.about, click: actions.about },
      { type: 'separator' },
      { label: s.hide, role: 'hide' },
      { type: 'separator' },
      { id: 'quit', label: s.quit, role: 'quit' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t(s.window),
    role: 'windowMenu',
    submenu: [{ label: s.minimize, role: 'minimize' }],
  };
  return [appMenu, file, edit, view, windowMenu];
}
