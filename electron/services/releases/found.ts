import type { Db } from '../../../db/client';
import { getRelease, type ReleaseRecord } from '../../../db/queries/releases';
import { AppError } from '../../ipc/contract/errors';

export function foundRelease(db: Db, id: number): ReleaseRecord {
  const release = getRelease(db, id);
  if (!release) throw new AppError('NotFound', `Release ${id} does not exist`);
  return release;
}
