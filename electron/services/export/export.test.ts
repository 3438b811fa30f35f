import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { updateContact } from '../../../db/queries/contacts';
import { getList, insertList, setMembers } from '../../../db/queries/lists';
import { seedDemo } from '../../../db/seed/seed-demo';
import { useTempDir } from '../../../db/testing/temp-dir';
import { exportRunInput } from '../../ipc/contract/exports';
import type { ServiceContext } from '../context';
import { exportContacts, exportFormats, exportOffices, type ExportFormat } from './export';
import { exportService } from './service';
import { hasTool, runTool, seedSheetDirectory } from './testing/directory';

const extension = (format: ExportFormat) =>
  format.startsWith('csv') ? '.csv' : format.startsWith('vcf') ? '.vcf' : `.${format}`;
const everyone = { kind: 'filter' as const, filter: { query: '', includeArchived: false } };
const invisible = /[\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function contextOf(opened: OpenedDatabase): ServiceContext {
  return { db: opened.db, dbPath: ':memory:', schemaVersion: opened.schemaVersion, version: 'test', shell: 'browser' };
}

const activityCount = (db: Db, kind: string) =>
  db.$client
    .prepare('SELECT count(*) FROM activity WHERE kind = ? AND subject = ?')
    .pluck()
    .get(kind, 'contact') as number;

describe('exports', () => {
  const tempDir = useTempDir();
  let opened: OpenedDatabase;
  let dir: string;
  let ids: ReturnType<typeof seedSheetDirectory>['ids'];
  beforeEach(async () => {
    opened = await openDatabase(':memory:');
    ({ ids } = seedSheetDirectory(opened.db));
    dir = tempDir();
  });
  afterEach(() => opened.close());

  it('a cancelled export leaves no file, not even a temporary one, in every format', async () => {
    seedDemo(opened.db, { contacts: 300, seed: 3, append: true });
    for (const format of exportFormats) {
      const file = path.join(dir, `contacts${extension(format)}`);
      const controller = new AbortController();
      const phases: string[] = [];
      await expect(
        exportContacts(opened.db, {
          scope: everyone,
          format,
          destination: file,
          chunkSize: 50,
          signal: controller.signal,
          onProgress: (p) => {
            phases.push(p.phase);
            if (p.phase === 'writing' && p.done >= 100) controller.abort(new Error('stop'));
          },
        }),
      ).rejects.toThrow('stop');
      expect(phases).toContain('writing');
      expect(fs.readdirSync(dir)).toEqual([]);
    }
    expect(activityCount(opened.db, 'exported')).toBe(0);
  });

  it('a cancelled export leaves a file already there untouched', async () => {
    const file = path.join(dir, 'contacts.csv');
    fs.writeFileSync(file, 'previous export');
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      exportContacts(opened.db, { scope: everyone, format: 'csv', destination: file, signal: controller.signal }),
    ).rejects.toThrow('stop');
    expect(fs.readFileSync(file, 'utf8')).toBe('previous export');
    expect(fs.readdirSync(dir)).toEqual(['contacts.csv']);
  });

  it('refuses a file name of another format, a relative path and a missing folder before writing', async () => {
    const attempt = (destination: string) => exportContacts(opened.db, { scope: everyone, format: 'pdf', destination });
    await expect(attempt(path.join(dir, 'sheet.exe'))).rejects.toThrow('Save a pdf export as .pdf');
    await expect(attempt('sheet.pdf')).rejects.toThrow('full path');
    await expect(attempt(path.join(dir, 'missing', 'sheet.pdf'))).rejects.toThrow('does not exist');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports progress up to the total and logs one "exported" activity row per contact', async () => {
    const progress: number[] = [];
    const file = path.join(dir, 'contacts.csv');
    const result = await exportContacts(opened.db, {
      scope: everyone,
      format: 'csv',
      destination: file,
      chunkSize: 2,
      onProgress: (p) => p.phase === 'writing' && progress.push(p.done),
    });
    expect(progress).toEqual([0, 2, 4, 5]);
    expect(result).toMatchObject({ path: file, rows: 5, format: 'csv', bytes: fs.statSync(file).size });
    const rows = opened.db.$client
      .prepare("SELECT contact_id, detail FROM activity WHERE kind = 'exported' ORDER BY contact_id")
      .all() as { contact_id: number; detail: string }[];
    expect(rows.map((r) => r.contact_id)).toEqual(Object.values(ids).sort((a, b) => a - b));
    expect(JSON.parse(rows[0]!.detail)).toEqual({ format: 'csv', file: 'contacts.csv' });
  });

  it("exports a list's members, leaving out do-not-contact people until their mark lapses", async () => {
    const listId = insertList(opened.db, { name: 'Press', description: '', owner: null, filter: null });
    setMembers(opened.db, listId, [ids.helene, ids.quiet], 'include');
    const list = getList(opened.db, listId)!;
    const file = path.join(dir, 'list.csv');
    const run = (today: string) =>
      exportContacts(opened.db, {
        scope: { kind: 'list', list, includeDoNotContact: false },
        format: 'csv',
        destination: file,
        columns: ['email'],
        today,
      });
    updateContact(opened.db, ids.quiet, { doNotContactUntil: '2026-06-30' });
    const during = await run('2026-06-30');
    expect(during.rows).toBe(1);
    expect(during.skipped).toEqual({ doNotContact: 1, archived: 0, missing: 0 });
    expect(fs.readFileSync(file, 'utf8')).not.toContain('dana@example.org');
    const after = await run('2026-07-01');
    expect(after.rows).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toContain('dana@example.org');
    const activity = opened.db.$client
      .prepare('SELECT DISTINCT list_id FROM activity WHERE kind = ?')
      .pluck()
      .all('exported');
    expect(activity).toEqual([listId]);
  });

  it('writes a PDF contact sheet grouped by region and office that pdftotext reads back whole', async () => {
    if (!hasTool('pdftotext', ['-v'])) return console.log('skipped: poppler-utils (pdftotext) is not installed');
    const file = path.join(dir, 'sheet.pdf');
    await exportContacts(opened.db, {
      scope: everyone,
      format: 'pdf',
      destination: file,
      lang: 'fr',
      pdf: { pageSize: 'Letter' },
    });
    expect(runTool('pdfinfo', [file])).toMatch(/Page size: +612 x 792 pts/);
    const text = runTool('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(invisible, '');
    for (const expected of [
      'Fiche contacts',
      'Page 1 sur 1',
      'Europe',
      'Siège de l’OIM, Genève',
      'Mme Hélène Lefèvre-Ménard',
      'Porte-parole régionale, chargée de presse',
      '+41 22 717 91 11 (bureau), +41 79 285 43 01 (portable)',
      'hlefevre@iom.int, presse@iom.int',
      'Íñigo Núñez Peña',
      '+41 22 717 92 22 (bureau)',
      'inunez@iom.int',
      'Middle East and North Africa',
      'سامر الجبوري',
      'sjubouri@iom.int',
      '=HYPERLINK("http://x","y") @SUM(1+1)',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('writes an Arabic contact sheet right to left with names and titles in logical order', async () => {
    if (!hasTool('pdftotext', ['-v'])) return console.log('skipped: poppler-utils (pdftotext) is not installed');
    const file = path.join(dir, 'sheet.pdf');
    await exportContacts(opened.db, {
      scope: { kind: 'selection', contactIds: [ids.samer] },
      format: 'pdf',
      destination: file,
      lang: 'ar',
    });
    const text = runTool('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(invisible, '');
    for (const expected of [
      'قائمة جهات الاتصال',
      'سامر الجبوري',
      'المتحدث الإقليمي',
      'المنظمة الدولية للهجرة في مصر',
      'القاهرة',
      '+20 2 27365140',
      'sjubouri@iom.int',
    ]) {
      expect(text).toContain(expected);
    }
    // pdftotext moves the spaces around numbers in right-to-left lines ("الصفحة  1من 1").
    expect(text).toMatch(/الصفحة\s*1\s*من\s*1/);
  });

  it('exports offices to every format', async () => {
    for (const format of exportFormats) {
      const file = path.join(dir, `offices-${format}${extension(format)}`);
      const result = await exportOffices(opened.db, {
        scope: { query: 'gen', includeArchived: false },
        format,
        destination: file,
      });
      expect(result.rows).toBe(1);
      expect(fs.statSync(file).size).toBeGreaterThan(100);
    }
    expect(fs.readFileSync(path.join(dir, 'offices-vcf.vcf'), 'utf8')).toContain('KIND:org');
  });

  describe('channels', () => {
    const input = (extra: Record<string, unknown>) =>
      exportRunInput.parse({
        exportId: 'export-0001',
        source: { kind: 'contacts', filter: {} },
        format: 'csv',
        ...extra,
      });

    it('keeps a browser-mode download until it is read and discarded', async () => {
      const ctx = contextOf(opened);
      const result = await exportService.run(
        ctx,
        input({ destination: { kind: 'download', fileName: 'équipe presse' } }),
      );
      expect(result).toMatchObject({ path: null, fileName: 'équipe presse.csv', rows: 5 });
      expect(exportService.progress(ctx, { exportId: 'export-0001' })).toEqual({ phase: 'done', done: 5, total: 5 });
      const piece = exportService.read(ctx, { exportId: 'export-0001', offset: 0 });
      expect(piece).toMatchObject({
        offset: 0,
        done: true,
        fileName: 'équipe presse.csv',
        mimeType: 'text/csv; charset=utf-8',
      });
      expect(Buffer.from(piece.chunkBase64, 'base64').toString('utf8')).toContain('Hélène');
      expect(piece.size).toBe(result.bytes);
      expect(exportService.discard(ctx, { exportId: 'export-0001' })).toEqual({ discarded: true });
      expect(() => exportService.read(ctx, { exportId: 'export-0001', offset: 0 })).toThrow('no longer open');
    });

    it('cancels a running export from another call, leaving no file', async () => {
      const ctx = contextOf(opened);
      const file = path.join(dir, 'cancelled.csv');
      const running = exportService.run(ctx, input({ destination: { kind: 'path', path: file } }));
      expect(exportService.cancel(ctx, { exportId: 'export-0001' })).toEqual({ cancelled: true });
      await expect(running).rejects.toThrow('cancelled');
      expect(exportService.progress(ctx, { exportId: 'export-0001' }).phase).toBe('cancelled');
      expect(fs.readdirSync(dir)).toEqual([]);
    });

    it('exports everyone a filter finds except the rows unticked after "select all"', async () => {
      const ctx = contextOf(opened);
      const all = await exportService.run(ctx, input({ destination: { kind: 'download', fileName: 'all' } }));
      const everyone = Buffer.from(
        exportService.read(ctx, { exportId: 'export-0001', offset: 0 }).chunkBase64,
        'base64',
      );
      const heleneLine = everyone
        .toString('utf8')
        .split('\r\n')
        .findIndex((line) => line.includes('Hélène'));
      expect(heleneLine).toBeGreaterThan(0);
      const [helene] = opened.db.$client
        .prepare("SELECT id FROM contacts WHERE given_name = 'Hélène'")
        .pluck()
        .all() as number[];
      const source = { kind: 'contacts', filter: {}, exceptIds: [helene] };
      const some = await exportService.run(ctx, input({ source, destination: { kind: 'download', fileName: 'some' } }));
      expect(some.rows).toBe(all.rows - 1);
      const piece = exportService.read(ctx, { exportId: 'export-0001', offset: 0 });
      expect(Buffer.from(piece.chunkBase64, 'base64').toString('utf8')).not.toContain('Hélène');
      exportService.discard(ctx, { exportId: 'export-0001' });
    });

    it('lists the columns a user can choose, labelled in their language', () => {
      const { columns } = exportService.columns(contextOf(opened), { entity: 'contacts', lang: 'fr' });
      expect(columns.find((c) => c.id === 'givenName')).toEqual({ id: 'givenName', label: 'Prénom', byDefault: true });
      expect(columns.filter((c) => c.byDefault).length).toBeGreaterThan(5);
    });
  });
});
