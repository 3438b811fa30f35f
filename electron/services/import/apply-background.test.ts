import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { useTempDir } from '../../../db/testing/temp-dir';
import type { ServiceContext } from '../context';
import { importService } from './service';

const tempDir = useTempDir('pressdesk-import-apply-');

const csv = (n: number) =>
  [
    'First Name,Last Name,E-mail Address,Mobile Phone',
    ...Array.from({ length: n }, (_, i) => `Person${i},Family${i},p${i}@example.org,+41 79 ${String(1000000 + i)}`),
  ].join('\n');

async function fileContext() {
  const dbPath = path.join(tempDir(), 'pressdesk.db');
  const opened = await openDatabase(dbPath, { create: true });
  const ctx: ServiceContext = {
    db: opened.db,
    dbPath,
    schemaVersion: opened.schemaVersion,
    version: 't',
    shell: 'browser',
  };
  const count = () => opened.db.$client.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
  return { opened, ctx, count };
}

const preview = (ctx: ServiceContext, importId: string, rows: number) =>
  importService.preview(ctx, {
    importId,
    fileName: 'people.csv',
    source: { kind: 'inline', contentBase64: Buffer.from(csv(rows)).toString('base64') },
    preset: 'auto',
    mapping: null,
    defaultCountry: null,
    lang: 'en',
    sheet: null,
  });

const applyInput = (importId: string) => ({
  importId,
  onDuplicate: 'skip' as const,
  decisions: [],
  skipInvalid: false,
  lawfulBasis: null,
  source: null,
  rememberMapping: true,
});

describe('import:apply on a database file', () => {
  it('reports progress while writing, and a cancel rolls everything back and keeps the preview', async () => {
    const { opened, ctx, count } = await fileContext();
    try {
      await preview(ctx, 'cancel-me-1', 3000);
      const seen: { phase: string; done: number; total: number }[] = [];
      const running = importService.apply(ctx, applyInput('cancel-me-1'));
      // The write pauses between chunks: poll as the app does until some contacts are written, then cancel.
      for (;;) {
        await new Promise((r) => setImmediate(r));
        const p = importService.progress(ctx, { importId: 'cancel-me-1' });
        seen.push(p);
        if (p.done > 0) break;
      }
      expect(importService.cancel(ctx, { importId: 'cancel-me-1' })).toEqual({ cancelled: true });
      await expect(running).rejects.toThrow(/cancelled; nothing was written/);
      expect(seen.some((p) => p.phase === 'writing' && p.total === 3000)).toBe(true);
      expect(count()).toBe(0);
      expect(importService.progress(ctx, { importId: 'cancel-me-1' }).phase).toBe('ready');

      // The kept preview can be applied again, this time to the end.
      const result = await importService.apply(ctx, applyInput('cancel-me-1'));
      expect(result.created).toBe(3000);
      expect(count()).toBe(3000);
      expect(opened.db.$client.prepare('SELECT count(*) FROM contacts_fts_dirty').pluck().get()).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('keeps the app connection reading the directory as it was until the commit', async () => {
    const { opened, ctx, count } = await fileContext();
    try {
      await preview(ctx, 'isolation-1', 2000);
      const running = importService.apply(ctx, applyInput('isolation-1'));
      let during = -1;
      for (;;) {
        await new Promise((r) => setImmediate(r));
        if (importService.progress(ctx, { importId: 'isolation-1' }).done > 0) {
          during = count();
          break;
        }
      }
      await running;
      expect(during).toBe(0);
      expect(count()).toBe(2000);
    } finally {
      opened.close();
    }
  });
});
