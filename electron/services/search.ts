import type { ChannelParsedInput } from '../ipc/contract';
import { search } from '../../db/queries/search';
import type { ServiceContext } from './context';

export const searchService = {
  query: (ctx: ServiceContext, input: ChannelParsedInput<'search:query'>) => ({
    results: search(ctx.db, { query: input.query, limit: input.limit, kind: input.kind }),
  }),
};
