import os from 'node:os';
import path from 'node:path';

export interface DbPathSources {
  readonly flag?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  readonly home?: string;
}

/** The platform's per-user application-data folder for PressDesk (Electron's `app.getPath('userData')`). */
export function userDataDir({
  env = process.env,
  platform = process.platform,
  home = os.homedir(),
}: DbPathSources = {}) {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'PressDesk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'PressDesk');
  const config =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(config, 'PressDesk');
}

/**
 * The one database resolver shared by the CLI, browser mode and Electron:
 * `--db PATH`, else `PRESSDESK_DB`, else `pressdesk.db` in the user-data folder.
 */
export function resolveDbPath(sources: DbPathSources = {}): string {
  const env = sources.env ?? process.env;
  const chosen =
    sources.flag ?? (env.PRESSDESK_DB !== undefined && env.PRESSDESK_DB !== '' ? env.PRESSDESK_DB : undefined);
  return path.resolve(chosen ?? path.join(userDataDir(sources), 'pressdesk.db'));
}
