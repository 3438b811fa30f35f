import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { buildMenuTemplate, type MenuActions } from './app-menu';
import { shellStrings } from './shell-strings';

const actions = (): { [K in keyof MenuActions]: Mock<() => void> } => ({
  newContact: vi.fn(),
  newRelease: vi.fn(),
  openDatabase: vi.fn(),
  backUpNow: vi.fn(),
  about: vi.fn(),
});

const menu = (overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) =>
  buildMenuTemplate({
    strings: shellStrings.en.menu,
    platform: 'linux',
    releasesAvailable: false,
    databaseOpen: true,
    devTools: false,
    actions: actions(),
    ...overrides,
  });

const items = (entry: MenuItemConstructorOptions | undefined) =>
  (entry?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
const find = (template: MenuItemConstructorOptions[], id: string) =>
  template.flatMap(items).find((item) => item.id === id);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has File, Edit, View and Help, with File in the order of the brief', () => {
    const template = menu();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(items(template[0]).map((i) => i.id ?? i.type)).toEqual([
      'new-contact',
      'new-release',
      'separator',
      'open-database',
      'back-up-now',
      'separator',
      'quit',
    ]);
    expect(items(template[3]).map((i) => i.id)).toEqual(['about']);
  });

  it('calls the matching action for each item', () => {
    const wired = actions();
    const template = menu({ actions: wired, releasesAvailable: true });
    for (const [id, action] of [
      ['new-contact', wired.newContact],
      ['new-release', wired.newRelease],
      ['open-database', wired.openDatabase],
      ['back-up-now', wired.backUpNow],
      ['about', wired.about],
    ] as const) {
      click(find(template, id));
      expect(action, id).toHaveBeenCalledOnce();
    }
  });

  it('greys New Release until releases exist, and database actions while none is open', () => {
    expect(find(menu(), 'new-release')?.enabled).toBe(false);
    expect(find(menu({ releasesAvailable: true }), 'new-release')?.enabled).toBe(true);
    const closed = menu({ databaseOpen: false, releasesAvailable: true });
    expect(find(closed, 'new-contact')?.enabled).toBe(false);
    expect(find(closed, 'new-release')?.enabled).toBe(false);
    expect(find(closed, 'back-up-now')?.enabled).toBe(false);
    expect(find(closed, 'open-database')?.enabled).not.toBe(false);
  });

  it('offers developer tools only in development', () => {
    const roles = (devTools: boolean) => items(menu({ devTools })[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('follows macOS conventions: app menu first, no & mnemonics, Quit and About under PressDesk', () => {
    const template = menu({ platform: 'darwin' });
    expect(template.map((m) => m.label)).toEqual(['PressDesk', 'File', 'Edit', 'View', 'Window']);
    expect(
      items(template[0])
        .map((i) => i.id)
        .filter(Boolean),
    ).toEqual(['about', 'quit']);
    expect(items(template[1]).map((i) => i.id)).not.toContain('quit');
  });

  it('speaks French', () => {
    const template = menu({ strings: shellStrings.fr.menu });
    expect(template.map((m) => m.label)).toEqual(['&Fichier', 'É&dition', '&Affichage', '&Aide']);
    expect(find(template, 'new-contact')?.label).toBe('Nouveau contact');
  });
});
