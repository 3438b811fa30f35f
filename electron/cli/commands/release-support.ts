import type { z } from 'zod';
import type { Db } from '../../../db/client';
import { findReleasesByReference } from '../../../db/queries/releases';
import { langSchema } from '../../ipc/contract/common';
import { AppError } from '../../ipc/contract/errors';
import { releaseContract, type ReleaseChannel } from '../../ipc/contract/releases';
import type { ServiceContext } from '../../services/context';
import { releaseHandlers } from '../../services/releases/handlers';
import { UsageError } from '../errors';

/** Calls a release channel as the registry does: the input parsed against the contract, then the bound service. */
export async function callRelease<C extends ReleaseChannel>(
  ctx: ServiceContext,
  channel: C,
  input: z.input<(typeof releaseContract)[C]['input']>,
): Promise<z.infer<(typeof releaseContract)[C]['output']>> {
  const parsed = releaseContract[channel].input.safeParse(input);
  if (!parsed.success) throw new AppError('Validation', parsed.error.issues.map((i) => i.message).join('; '));
  const handler = releaseHandlers[channel] as (ctx: ServiceContext, input: unknown) => unknown;
  return (await handler(ctx, parsed.data)) as z.infer<(typeof releaseContract)[C]['output']>;
}

/**
 * A RELEASE argument: a numeric id, or a reference ("PR-2018-014"); a reference names every language version, so
 * `--lang` picks one when there are several.
 */
export function resolveRelease(db: Db, arg: string, lang: string | undefined, command: string): number {
  if (lang !== undefined && !langSchema.safeParse(lang).success)
    throw new UsageError(`--lang must be a two-letter language code such as fr or en, not "${lang}"`, command);
  if (/^\d+$/.test(arg)) return Number(arg);
  const versions = findReleasesByReference(db, arg).filter((v) => lang === undefined || v.language === lang);
  if (versions.length === 0)
    throw new AppError('NotFound', `No release ${lang ? `in "${lang}" ` : ''}with the reference ${arg}`);
  if (versions.length > 1) {
    throw new UsageError(
      `${arg} has versions in ${versions.map((v) => v.language).join(', ')}; choose one with --lang`,
      command,
    );
  }
  return versions[0]!.id;
}
