import type { ChannelOutput, ChannelParsedInput } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import {
  getOrganisation,
  insertOrganisation,
  listOrganisations,
  setOrganisationArchived,
  updateOrganisation,
} from '../../db/queries/organisations';
import type { ServiceContext } from './context';

const found = (ctx: ServiceContext, id: number) => {
  const organisation = getOrganisation(ctx.db, id);
  if (!organisation) throw new AppError('NotFound', `Organisation ${id} does not exist`);
  return organisation;
};

export const organisationService = {
  list: (ctx: ServiceContext, input: ChannelParsedInput<'organisations:list'>): ChannelOutput<'organisations:list'> =>
    listOrganisations(ctx.db, {
      ...input.page,
      sort: input.sort.column,
      direction: input.sort.direction,
      query: input.query,
      includeArchived: input.includeArchived,
    }),
  get: (ctx: ServiceContext, { id }: ChannelParsedInput<'organisations:get'>) => found(ctx, id),
  create: (ctx: ServiceContext, input: ChannelParsedInput<'organisations:create'>) =>
    found(ctx, insertOrganisation(ctx.db, input)),
  update: (ctx: ServiceContext, { id, patch }: ChannelParsedInput<'organisations:update'>) => {
    found(ctx, id);
    updateOrganisation(ctx.db, id, patch);
    return found(ctx, id);
  },
  archive: (ctx: ServiceContext, { id, archived }: ChannelParsedInput<'organisations:archive'>) => {
    found(ctx, id);
    setOrganisationArchived(ctx.db, id, archived);
    return found(ctx, id);
  },
};
