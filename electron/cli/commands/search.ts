import { openDatabase } from '../../../db/open';
import { searchKinds, type SearchResult } from '../../ipc/contract';
import { AppError } from '../../ipc/contract/errors';
import { createApi } from '../../ipc/registry';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import { formatTable } from '../table';
import { printJson } from '../terminal';

type Kind = (typeof searchKinds)[number];
const isKind = (value: string): value is Kind => (searchKinds as readonly string[]).includes(value);

function parseLimit(raw: string | undefined) {
  if (raw === undefined) return undefined;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > 200) {
    throw new UsageError(`--limit must be a whole number from 1 to 200, not "${raw}"`, 'search');
  }
  return limit;
}

export const searchCommand = defineCommand({
  name: 'search',
  usage: 'search QUERY [--limit N] [--kind contact|office|release]',
  summary: "The app's ranked search over contacts, offices and releases.",
  description: 'Accents and case do not matter, and a word matches its beginning: "gen" finds Genève.',
  options: { limit: { type: 'string' }, kind: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx, values, [query = '']) {
    const limit = parseLimit(values.limit);
    const { kind } = values;
    if (kind !== undefined && !isKind(kind)) {
      throw new UsageError(`--kind must be one of ${searchKinds.join(', ')}, not "${kind}"`, 'search');
    }
    const opened = await openDatabase(ctx.dbPath, { readonly: true });
    let results: SearchResult[];
    try {
      const api = createApi({
        db: opened.db,
        dbPath: opened.path,
        schemaVersion: opened.schemaVersion,
        version: ctx.version,
        shell: 'browser',
      });
      const reply = await api.call('search:query', { query, limit, kind });
      if (!reply.ok) throw new AppError(reply.error.kind, reply.error.message, reply.error.issues);
      ({ results } = reply.value as { results: SearchResult[] });
    } finally {
      opened.close();
    }
    if (ctx.json) {
      printJson(ctx.terminal, { results });
    } else if (results.length === 0) {
      ctx.terminal.out(`Nothing found for "${query}".\n`);
    } else {
      const rows = results.map((r) => [r.kind, String(r.id), r.name, r.detail]);
      ctx.terminal.out(formatTable(['KIND', 'ID', 'NAME', 'DETAIL'], rows, { alignRight: [1] }));
    }
    return EXIT_OK;
  },
});
