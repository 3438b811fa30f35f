import type { Db } from '../client';

/** Release settings live in the shared `settings` table under these keys. */
export const releaseSettingKeys = {
  referencePattern: 'releases.referencePattern',
  languages: 'releases.languages',
  revisionIntervalSeconds: 'releases.revisionIntervalSeconds',
  boilerplates: 'releases.boilerplates',
  blockTemplates: 'releases.blockTemplates',
} as const;

export type ReleaseSettingKey = keyof typeof releaseSettingKeys;

/** The stored value, or undefined when the setting was never saved; callers validate its shape. */
export function readReleaseSetting(db: Db, key: ReleaseSettingKey): unknown {
  const value = db.$client.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(releaseSettingKeys[key]) as
    string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as unknown);
}

export function writeReleaseSetting(db: Db, key: ReleaseSettingKey, value: unknown): void {
  db.$client
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(releaseSettingKeys[key], JSON.stringify(value));
}
