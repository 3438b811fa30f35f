import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { AppError, type ApiResult } from '../../ipc/contract/errors';
import {
  IMPORT_CHUNK_BASE64_MAX,
  importApplyInput,
  importApplyOutput,
  importCancelOutput,
  importIdInput,
  importPreviewInput,
  importPreviewOutput,
  importProgressOutput,
  importRowsInput,
  importRowsOutput,
  importUploadInput,
  importUploadOutput,
} from '../../ipc/contract/import';
import type { ServiceContext } from '../context';
import { importService } from './service';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => fs.readFileSync(path.join(here, 'fixtures', name));

interface Channel {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  handler(ctx: ServiceContext, input: never): unknown;
}

/** The import channels as the registry will bind them; the lead adds them to the contract and registry. */
const channels: Record<string, Channel> = {
  'import:upload': { input: importUploadInput, output: importUploadOutput, handler: importService.upload },
  'import:preview': { input: importPreviewInput, output: importPreviewOutput, handler: importService.preview },
  'import:rows': { input: importRowsInput, output: importRowsOutput, handler: importService.rows },
  'import:progress': { input: importIdInput, output: importProgressOutput, handler: importService.progress },
  'import:cancel': { input: importIdInput, output: importCancelOutput, handler: importService.cancel },
  'import:apply': { input: importApplyInput, output: importApplyOutput, handler: importService.apply },
};

let opened: OpenedDatabase;
let ctx: ServiceContext;
beforeEach(async () => {
  opened = await openDatabase(':memory:');
  ctx = { db: opened.db, dbPath: ':memory:', schemaVersion: opened.schemaVersion, version: 'test', shell: 'browser' };
});
afterEach(() => opened.close());

/** What `createApi(ctx, { validateOutput: true }).call` does: parse the input, run the handler, check the output. */
async function call(channel: string, input: unknown): Promise<ApiResult<Record<string, unknown>>> {
  const spec = channels[channel]!;
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { kind: 'Validation', message: parsed.error.issues[0]!.message } };
  try {
    const value = (await spec.handler(ctx, parsed.data as never)) as Record<string, unknown>;
    spec.output.parse(value);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { kind: error.kind, message: error.message } };
    throw error;
  }
}

async function ok(channel: string, input: unknown) {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind} ${result.error.message}`);
  return result.value;
}

const contacts = () => opened.db.$client.prepare('SELECT count(*) FROM contacts').pluck().get() as number;

describe('import channels', () => {
  it('previews an inline file, pages its rows, and applies it once', async () => {
    const importId = 'outlook-0001';
    const preview = await ok('import:preview', {
      importId,
      fileName: 'outlook-2026.csv',
      source: { kind: 'inline', contentBase64: fixture('outlook-2026.csv').toString('base64') },
    });
    expect(preview).toMatchObject({
      importId,
      format: 'csv',
      encoding: 'utf-8',
      table: { preset: 'outlook', mappingSource: 'preset' },
      counts: { rows: 4, new: 4, rejected: 0 },
      organisationsToCreate: ['IOM', 'ICMC', 'International Organization for Migration', 'Agence France-Presse'],
    });
    expect(await ok('import:progress', { importId })).toEqual({ phase: 'ready', done: 4, total: 4 });
    const page = await ok('import:rows', { importId, page: { offset: 1, limit: 2 } });
    expect(page).toMatchObject({
      total: 4,
      rows: [{ row: 3, status: 'new', contact: { familyName: 'Hück' } }, { row: 4 }],
    });
    expect(await ok('import:apply', { importId, lawfulBasis: 'consent' })).toEqual({
      created: 4,
      updated: 0,
      merged: 0,
      skipped: 0,
      rejected: [],
      rejectedTotal: 0,
    });
    expect(contacts()).toBe(4);
    expect(await call('import:apply', { importId })).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
  });

  it('takes a large file in pieces, in order, then previews the upload', async () => {
    const importId = 'upload-0001';
    const text = `Name,Email\n${Array.from({ length: 15_000 }, (_, i) => `Person Number${i},p${i}@example.org`).join('\n')}\n`;
    const bytes = Buffer.from(text);
    const piece = 128 * 1024;
    for (let offset = 0; offset < bytes.length; offset += piece) {
      const chunkBase64 = bytes.subarray(offset, offset + piece).toString('base64');
      expect(await ok('import:upload', { importId, offset, chunkBase64 })).toEqual({
        importId,
        bytes: Math.min(bytes.length, offset + piece),
      });
    }
    expect(await call('import:upload', { importId, offset: 5, chunkBase64: 'AAAA' })).toMatchObject({
      ok: false,
      error: { kind: 'Conflict' },
    });
    const preview = await ok('import:preview', { importId, fileName: 'big.csv', source: { kind: 'uploaded' } });
    expect(preview).toMatchObject({ counts: { rows: 15_000, new: 15_000 } });
    expect(await ok('import:apply', { importId })).toMatchObject({ created: 15_000 });
  });

  it('refuses an inline file over the request limit, pointing at import:upload', async () => {
    const contentBase64 = 'A'.repeat(IMPORT_CHUNK_BASE64_MAX + 2_000_000);
    expect(
      await call('import:preview', {
        importId: 'too-big-01',
        fileName: 'x.csv',
        source: { kind: 'inline', contentBase64 },
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'Validation', message: 'Too large for one request: send the file in pieces with import:upload' },
    });
  });

  it('reports progress while the preview runs and cancels it, writing nothing', async () => {
    const importId = 'cancel-0001';
    const text = `Name,Email\n${Array.from({ length: 60_000 }, (_, i) => `Person Number${i},p${i}@example.org`).join('\n')}\n`;
    const pending = call('import:preview', {
      importId,
      fileName: 'big.csv',
      source: { kind: 'inline', contentBase64: Buffer.from(text).toString('base64') },
    });
    let progress: Record<string, unknown> = {};
    while (progress.phase !== 'checking') {
      await new Promise((resolve) => setImmediate(resolve));
      progress = await ok('import:progress', { importId });
    }
    expect(progress.total).toBe(60_000);
    expect(await ok('import:cancel', { importId })).toEqual({ cancelled: true });
    expect(await pending).toEqual({
      ok: false,
      error: { kind: 'Conflict', message: 'The import was cancelled; nothing was written' },
    });
    expect(await call('import:progress', { importId })).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
    expect(contacts()).toBe(0);
  });

  it('previews pasted release text and applies the extracted people with their source', async () => {
    const importId = 'release-001';
    const text = fs.readFileSync(path.join(here, '../../../../shared/samples/iom-release-fr-2018.txt'), 'utf8');
    const preview = await ok('import:preview', { importId, fileName: 'PR-2018-04', source: { kind: 'text', text } });
    expect(preview).toMatchObject({ format: 'release', counts: { rows: 3, new: 3 } });
    await ok('import:apply', { importId, source: 'Extracted from release PR-2018-04' });
    expect(opened.db.$client.prepare('SELECT DISTINCT source FROM contacts').pluck().all()).toEqual([
      'Extracted from release PR-2018-04',
    ]);
  });

  it('says what to fix when rows are invalid, writes nothing, and keeps the preview for a second try', async () => {
    const importId = 'invalid-001';
    const csv = 'Name,Email\nJo De Backer,jdebacker@iom.int\nBroken,not-an-email\n';
    await ok('import:preview', {
      importId,
      fileName: 'x.csv',
      source: { kind: 'inline', contentBase64: Buffer.from(csv).toString('base64') },
    });
    expect(await ok('import:rows', { importId, status: 'rejected' })).toMatchObject({
      total: 1,
      rows: [{ row: 3, problems: [{ field: 'Email', reason: '"not-an-email" is not an email address' }] }],
    });
    expect(await call('import:apply', { importId })).toEqual({
      ok: false,
      error: {
        kind: 'Validation',
        message: '1 row is invalid, so nothing was imported: fix it, or choose to skip invalid rows',
      },
    });
    expect(contacts()).toBe(0);
    expect(await ok('import:apply', { importId, skipInvalid: true })).toMatchObject({
      created: 1,
      rejected: [{ row: 3, field: 'Email' }],
      rejectedTotal: 1,
    });
  });

  it("shows the columns of a sheet it does not recognise, then takes the user's mapping and remembers it", async () => {
    const importId = 'mapping-001';
    const contentBase64 = Buffer.from(
      'Qui,Joignable,Adresse\nJo De Backer,+32 2 287 71 15,jdebacker@iom.int\n',
    ).toString('base64');
    const source = { kind: 'inline', contentBase64 };
    expect(await ok('import:preview', { importId, fileName: 'odd.csv', source })).toMatchObject({
      needsMapping: true,
      counts: { rows: 0 },
      table: {
        header: ['Qui', 'Joignable', 'Adresse'],
        mapping: [null, null, null],
        samples: [['Jo De Backer', '+32 2 287 71 15', 'jdebacker@iom.int']],
      },
    });
    expect(await call('import:apply', { importId })).toMatchObject({
      ok: false,
      error: { kind: 'Validation', message: 'Say what each column holds, then preview the file again' },
    });
    const mapping = ['fullName', 'phone', 'email'];
    expect(await ok('import:preview', { importId, fileName: 'odd.csv', source, mapping })).toMatchObject({
      needsMapping: false,
      table: { mappingSource: 'chosen' },
      counts: { rows: 1, new: 1 },
    });
    await ok('import:apply', { importId });
    const again = await ok('import:preview', { importId: 'mapping-002', fileName: 'odd.csv', source });
    expect(again).toMatchObject({
      needsMapping: false,
      table: { mappingSource: 'remembered', mapping },
      counts: { duplicates: 1 },
    });
  });

  it('passes per-row decisions and a file-level problem through the envelope', async () => {
    const bad = await call('import:preview', {
      importId: 'binary-0001',
      fileName: 'x.csv',
      source: { kind: 'inline', contentBase64: Buffer.from([0, 1, 2, 3, 255, 0, 7]).toString('base64') },
    });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'Validation' } });
    const csv = Buffer.from('Name,Email\nJo De Backer,jdebacker@iom.int\nJo De Backer,jo@example.org\n').toString(
      'base64',
    );
    await ok('import:preview', {
      importId: 'decide-0001',
      fileName: 'x.csv',
      source: { kind: 'inline', contentBase64: csv },
    });
    const rows = await ok('import:rows', { importId: 'decide-0001', status: 'duplicate' });
    expect(rows).toMatchObject({
      total: 1,
      rows: [{ row: 3, match: { target: { kind: 'row', row: 2 }, reasons: ['name'], score: 1 } }],
    });
    expect(
      await ok('import:apply', { importId: 'decide-0001', decisions: [{ row: 3, action: 'merge' }] }),
    ).toMatchObject({
      created: 1,
      merged: 1,
    });
    expect(opened.db.$client.prepare('SELECT count(*) FROM contact_emails').pluck().get()).toBe(2);
  });

  it('answers malformed input and any garbage with an envelope, never a throw', async () => {
    const malformed: Record<string, unknown> = {
      'import:upload': { importId: 'x', offset: 0, chunkBase64: 'AAAA' },
      'import:preview': {
        importId: 'import-0001',
        fileName: 'x.csv',
        source: { kind: 'inline', contentBase64: '%%%' },
      },
      'import:rows': { importId: 'import-0001', status: 'maybe' },
      'import:progress': {},
      'import:cancel': { importId: 'has spaces in it' },
      'import:apply': { importId: 'import-0001', onDuplicate: 'overwrite' },
    };
    for (const channel of Object.keys(channels)) {
      expect(await call(channel, malformed[channel]), channel).toMatchObject({
        ok: false,
        error: { kind: 'Validation' },
      });
      const polluted: unknown = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "zzz": 1}');
      expect((await call(channel, polluted)).ok).toBe(false);
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(channels)), fc.anything(), async (channel, input) => {
        expect(typeof (await call(channel, input)).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(contacts()).toBe(0);
  });
});
