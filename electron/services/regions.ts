import type { ChannelParsedInput } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import { getRegion, insertRegion, listRegions, updateRegion } from '../../db/queries/regions';
import type { ServiceContext } from './context';

const found = (ctx: ServiceContext, id: number) => {
  const region = getRegion(ctx.db, id);
  if (!region) throw new AppError('NotFound', `Region ${id} does not exist`);
  return region;
};

export const regionService = {
  list: (ctx: ServiceContext) => ({ rows: listRegions(ctx.db) }),
  get: (ctx: ServiceContext, { id }: ChannelParsedInput<'regions:get'>) => found(ctx, id),
  create: (ctx: ServiceContext, input: ChannelParsedInput<'regions:create'>) => found(ctx, insertRegion(ctx.db, input)),
  update: (ctx: ServiceContext, { id, patch }: ChannelParsedInput<'regions:update'>) => {
    found(ctx, id);
    updateRegion(ctx.db, id, patch);
    return found(ctx, id);
  },
};
