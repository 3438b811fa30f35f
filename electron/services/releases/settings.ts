import { z } from 'zod';
import type { ChannelParsedInputOf, ReleaseSettingsValues } from './types';
import type { Db } from '../../../db/client';
import { allReferences } from '../../../db/queries/releases';
import { readReleaseSetting, writeReleaseSetting } from '../../../db/queries/release-settings';
import { releaseBoilerplate } from '../../ipc/contract/releases';
import { AppError } from '../../ipc/contract/errors';
import { langSchema } from '../../ipc/contract/common';
import { defaultReleaseLanguages } from './locale';
import { distinctTemplates, readSavedTemplates } from '../contact-block/template-store';
import { defaultReferencePattern, nextReference, referencePatternProblem } from './reference';

const DEFAULT_REVISION_SECONDS = 60;

/** A stored value that no longer fits (hand-edited, or from another version) falls back to the default. */
const stored = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
};

export function readReleaseSettings(db: Db): ReleaseSettingsValues {
  const pattern = stored(z.string(), readReleaseSetting(db, 'referencePattern'), defaultReferencePattern);
  return {
    referencePattern: referencePatternProblem(pattern) === null ? pattern : defaultReferencePattern,
    languages: stored(z.array(langSchema).min(1), readReleaseSetting(db, 'languages'), [...defaultReleaseLanguages]),
    revisionIntervalSeconds: stored(
      z.number().int().min(1),
      readReleaseSetting(db, 'revisionIntervalSeconds'),
      DEFAULT_REVISION_SECONDS,
    ),
    boilerplates: stored(z.array(releaseBoilerplate), readReleaseSetting(db, 'boilerplates'), []),
    blockTemplates: readSavedTemplates(db),
  };
}

/** The notes to editors a new release or translation starts with, for its organisation and language. */
export function boilerplateFor(db: Db, organisationId: number | null, language: string): string | null {
  const { boilerplates } = readReleaseSettings(db);
  const exact = boilerplates.find((b) => b.organisationId === organisationId && b.language === language);
  return (exact ?? boilerplates.find((b) => b.organisationId === null && b.language === language))?.text ?? null;
}

export const releaseYear = (now: Date) => now.getFullYear();

export function settingsOutput(db: Db, now: Date) {
  const settings = readReleaseSettings(db);
  return {
    ...settings,
    nextReference: nextReference(settings.referencePattern, releaseYear(now), allReferences(db)),
  };
}

export function updateReleaseSettings(db: Db, patch: ChannelParsedInputOf<'releases:update-settings'>, now: Date) {
  if (patch.referencePattern !== undefined) {
    const problem = referencePatternProblem(patch.referencePattern);
    if (problem) throw new AppError('Validation', problem, [{ path: 'referencePattern', message: problem }]);
  }
  db.transaction(() => {
    for (const key of ['referencePattern', 'languages', 'revisionIntervalSeconds', 'boilerplates'] as const) {
      const value = patch[key];
      if (value !== undefined)
        writeReleaseSetting(db, key, key === 'languages' ? [...new Set(value as string[])] : value);
    }
    if (patch.blockTemplates !== undefined)
      writeReleaseSetting(db, 'blockTemplates', distinctTemplates(patch.blockTemplates));
  });
  return settingsOutput(db, now);
}
