import type { DatabaseProblem } from '../../db/errors';

export type ShellLanguage = 'en' | 'fr';

/** Everything the main process itself shows (menus, dialogs, the database error window), outside the React app. */
export interface ShellStrings {
  readonly menu: {
    readonly file: string;
    readonly newContact: string;
    readonly newRelease: string;
    readonly openDatabase: string;
    readonly backUpNow: string;
    readonly quit: string;
    readonly edit: string;
    readonly undo: string;
    readonly redo: string;
    readonly cut: string;
    readonly copy: string;
    readonly paste: string;
    readonly selectAll: string;
    readonly view: string;
    readonly reload: string;
    readonly toggleDevTools: string;
    readonly actualSize: string;
    readonly zoomIn: string;
    readonly zoomOut: string;
    readonly fullScreen: string;
    readonly window: string;
    readonly minimize: string;
    readonly help: string;
    readonly about: string;
    readonly hide: string;
  };
  readonly dialog: {
    readonly openDatabaseTitle: string;
    readonly chooseBackupTitle: string;
    readonly databaseFilter: string;
    readonly backupDone: string;
    readonly backupFailed: string;
    readonly openFailed: string;
    readonly restoreFailed: string;
    readonly aboutDetail: (facts: {
      readonly electron: string;
      readonly chrome: string;
      readonly node: string;
      readonly dbPath: string;
      readonly schemaVersion: number;
    }) => string;
    readonly ok: string;
  };
  readonly error: {
    readonly windowTitle: string;
    readonly heading: Readonly<Record<DatabaseProblem, string>>;
    readonly advice: Readonly<Record<DatabaseProblem, string>>;
    readonly fileLabel: string;
    readonly restore: string;
    readonly choose: string;
    readonly retry: string;
    readonly quit: string;
    readonly untouched: string;
  };
}

const en: ShellStrings = {
  menu: {
    file: '&File',
    newContact: 'New Contact',
    newRelease: 'New Release',
    openDatabase: 'Open Database…',
    backUpNow: 'Back Up Now',
    quit: 'Quit PressDesk',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimise',
    help: '&Help',
    about: 'About PressDesk',
    hide: 'Hide PressDesk',
  },
  dialog: {
    openDatabaseTitle: 'Open a PressDesk database',
    chooseBackupTitle: 'Choose a backup to restore',
    databaseFilter: 'PressDesk databases',
    backupDone: 'Backup written and verified.',
    backupFailed: 'The backup could not be written.',
    openFailed: 'This file could not be opened. The database you had open is still open.',
    restoreFailed: 'This backup cannot be restored.',
    aboutDetail: (f) =>
      `Electron ${f.electron}\nChromium ${f.chrome}\nNode.js ${f.node}\n\nDatabase: ${f.dbPath}\nSchema version: ${f.schemaVersion}`,
    ok: 'OK',
  },
  error: {
    windowTitle: 'PressDesk cannot open its database',
    heading: {
      missing: 'The database file is missing',
      'not-sqlite': 'This file is not a PressDesk database',
      truncated: 'The database file is incomplete',
      corrupt: 'The database file is damaged',
      newer: 'This database comes from a newer PressDesk',
      locked: 'The database is in use',
      'read-only': 'The database cannot be written',
      'network-filesystem': 'The database is on a network drive',
      'migration-failed': 'The database could not be updated',
    },
    advice: {
      missing: 'Choose the file where your PressDesk data is, or quit.',
      'not-sqlite': 'Restore one of your backups, or choose the right file.',
      truncated: 'It was probably cut short while being copied. Restore one of your backups, or choose another file.',
      corrupt:
        'Restore one of your backups (they are in the “backups” folder beside the database), or choose another file.',
      newer: 'Update PressDesk to the latest version to open it, or choose another file.',
      locked: 'Another PressDesk window or command is using it. Close it and try again, or choose another file.',
      'read-only': 'Check that you may write to this file and its folder, or choose another file.',
      'network-filesystem':
        'PressDesk needs its database on this computer’s own disk. Copy it there and choose the copy.',
      'migration-failed':
        'Your data was not changed, and a backup was made first. Please report this problem; meanwhile choose another file or quit.',
    },
    fileLabel: 'File',
    restore: 'Restore a backup…',
    choose: 'Choose another file…',
    retry: 'Try again',
    quit: 'Quit',
    untouched: 'PressDesk has not changed this file.',
  },
};

const fr: ShellStrings = {
  menu: {
    file: '&Fichier',
    newContact: 'Nouveau contact',
    newRelease: 'Nouveau communiqué',
    openDatabase: 'Ouvrir une base de données…',
    backUpNow: 'Sauvegarder maintenant',
    quit: 'Quitter PressDesk',
    edit: 'É&dition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: '&Affichage',
    reload: 'Recharger',
    toggleDevTools: 'Outils de développement',
    actualSize: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran',
    window: 'Fenêtre',
    minimize: 'Réduire',
    help: '&Aide',
    about: 'À propos de PressDesk',
    hide: 'Masquer PressDesk',
  },
  dialog: {
    openDatabaseTitle: 'Ouvrir une base de données PressDesk',
    chooseBackupTitle: 'Choisir la sauvegarde à restaurer',
    databaseFilter: 'Bases de données PressDesk',
    backupDone: 'Sauvegarde écrite et vérifiée.',
    backupFailed: 'La sauvegarde n’a pas pu être écrite.',
    openFailed: 'Ce fichier n’a pas pu être ouvert. La base de données ouverte l’est toujours.',
    restoreFailed: 'Cette sauvegarde ne peut pas être restaurée.',
    aboutDetail: (f) =>
      `Electron ${f.electron}\nChromium ${f.chrome}\nNode.js ${f.node}\n\nBase de données\u00a0: ${f.dbPath}\nVersion du schéma\u00a0: ${f.schemaVersion}`,
    ok: 'OK',
  },
  error: {
    windowTitle: 'PressDesk ne peut pas ouvrir sa base de données',
    heading: {
      missing: 'Le fichier de la base de données est introuvable',
      'not-sqlite': 'Ce fichier n’est pas une base de données PressDesk',
      truncated: 'Le fichier de la base de données est incomplet',
      corrupt: 'Le fichier de la base de données est endommagé',
      newer: 'Cette base de données vient d’une version plus récente de PressDesk',
      locked: 'La base de données est déjà utilisée',
      'read-only': 'La base de données ne peut pas être modifiée',
      'network-filesystem': 'La base de données est sur un lecteur réseau',
      'migration-failed': 'La base de données n’a pas pu être mise à jour',
    },
    advice: {
      missing: 'Choisissez le fichier qui contient vos données PressDesk, ou quittez.',
      'not-sqlite': 'Restaurez l’une de vos sauvegardes, ou choisissez le bon fichier.',
      truncated:
        'Il a sans doute été coupé pendant une copie. Restaurez l’une de vos sauvegardes, ou choisissez un autre fichier.',
      corrupt:
        'Restaurez l’une de vos sauvegardes (dans le dossier «\u00a0backups\u00a0» à côté de la base), ou choisissez un autre fichier.',
      newer: 'Mettez PressDesk à jour pour l’ouvrir, ou choisissez un autre fichier.',
      locked:
        'Une autre fenêtre ou commande PressDesk l’utilise. Fermez-la et réessayez, ou choisissez un autre fichier.',
      'read-only': 'Vérifiez que vous pouvez modifier ce fichier et son dossier, ou choisissez un autre fichier.',
      'network-filesystem':
        'PressDesk a besoin de sa base de données sur le disque de cet ordinateur. Copiez-la et choisissez la copie.',
      'migration-failed':
        'Vos données n’ont pas été modifiées, et une sauvegarde a été faite avant. Merci de signaler ce problème\u00a0; en attendant, choisissez un autre fichier ou quittez.',
    },
    fileLabel: 'Fichier',
    restore: 'Restaurer une sauvegarde…',
    choose: 'Choisir un autre fichier…',
    retry: 'Réessayer',
    quit: 'Quitter',
    untouched: 'PressDesk n’a pas modifié ce fichier.',
  },
};

export const shellStrings: Readonly<Record<ShellLanguage, ShellStrings>> = { en, fr };

/** French for a French-speaking system, English otherwise (the React app lets the user switch; the shell follows the OS). */
export function pickShellLanguage(preferred: readonly string[]): ShellLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}
