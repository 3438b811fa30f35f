import type { Db } from '../../../db/client';
import { applyPreview, type ApplyOptions, type ImportResult } from './apply';
import { buildPreview, type Preview, type PreviewOptions } from './preview';
import { releaseReader } from './release';

export type ImportFileOptions = Omit<PreviewOptions, 'release'> & Omit<ApplyOptions, 'signal' | 'onProgress'>;

/**
 * Previews and applies a file in one go, as the CLI and the benchmark do: the same reading, checks, duplicate
 * matching and single-transaction write as the app's preview and apply.
 */
export async function importFile(
  db: Db,
  bytes: Uint8Array,
  options: ImportFileOptions,
): Promise<{ readonly preview: Preview; readonly result: ImportResult }> {
  const preview = await buildPreview(db, bytes, { ...options, release: releaseReader });
  options.signal?.throwIfAborted();
  const result = applyPreview(db, preview, options);
  return { preview, result };
}
