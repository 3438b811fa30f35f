import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { AppError } from '../../ipc/contract/errors';
import { applyPreview, type DuplicateAction } from './apply';
import { parseDelimited } from './csv';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { buildPreview, type Preview } from './preview';
import { releaseReader } from './release';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => fs.readFileSync(path.join(here, 'fixtures', name));
const sampleRelease = fs.readFileSync(path.join(here, '../../../../shared/samples/iom-release-fr-2018.txt'));

/**
 * A real file cut short (half the time) and with some bytes overwritten: what a broken download, a full disk or a
 * bad USB stick produces. Keeping the whole length half the time matters for ZIP files, whose directory is at the end.
 */
const damaged = (source: Buffer) =>
  fc
    .record({
      keep: fc.oneof(fc.constant(source.length), fc.integer({ min: 0, max: source.length })),
      flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 12 }),
    })
    .map(({ keep, flips }) => {
      const bytes = Buffer.from(source.subarray(0, keep));
      for (const { at, byte } of flips) if (bytes.length > 0) bytes[at % bytes.length] = byte;
      return bytes;
    });

/** A workbook as Excel users make them: the rows of a real Outlook export, with a date, a number and a link cell. */
async function workbookOf(csv: Buffer, copies = 1): Promise<Buffer> {
  const sheet = await parseDelimited(decodeText(csv).text);
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Contacts');
  ws.addRow([...sheet.header, 'Added', 'Desk']);
  for (let copy = 0; copy < copies; copy++) {
    for (const { cells } of sheet.rows) {
      const row = ws.addRow([
        ...cells.map((c) => (c.includes('@') && copy > 0 ? c.replace('@', `+${copy}@`) : c)),
        new Date(Date.UTC(2018, 3, 12 + (copy % 20))),
        copy + 1,
      ]);
      // Excel turns a typed address into a mailto: link.
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^[^\s@]+@[^\s@]+$/.test(cell.value)) {
          cell.value = { text: cell.value, hyperlink: `mailto:${cell.value}` };
        }
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sample release as a Word document, one paragraph per line, as someone pasting it into Word gets. */
async function releaseDocx(): Promise<Buffer> {
  const lines = sampleRelease.toString('utf8').split('\n');
  const doc = new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return Packer.toBuffer(doc);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The sample release as the web page it was copied from: paragraphs with entities. */
const releaseHtml = () =>
  Buffer.from(
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>OIM</title></head><body>\n${sampleRelease
      .toString('utf8')
      .split('\n')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('\n')}\n</body></html>\n`,
  );

let opened: OpenedDatabase;
beforeAll(async () => {
  opened = await openDatabase(':memory:');
});
afterAll(() => opened.close());

/** Every table's row count: what an import that failed must leave exactly as it found it. */
function snapshot(): Record<string, number> {
  const sql = opened.db.$client;
  const tables = sql
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, sql.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number] as const),
  );
}

interface Tally {
  cases: number;
  previewed: number;
  refused: number;
  applied: number;
  applyRefused: number;
}
const tallies = new Map<string, Tally>();
const tallyOf = (name: string) => {
  const tally = tallies.get(name) ?? { cases: 0, previewed: 0, refused: 0, applied: 0, applyRefused: 0 };
  tallies.set(name, tally);
  return tally;
};

/** The same bound as fuzz.test.ts: a hang or a quadratic blow-up is what it catches, not a slow machine. */
const boundMs = (bytes: number) => 2000 + (5000 * bytes) / 1_048_576;

/**
 * A damaged file through the preview, then (when it previews) through the apply: the preview either succeeds or
 * refuses with an ImportError, in bounded time; the apply either writes everything it said or nothing at all.
 */
async function survives(
  tally: Tally,
  bytes: Buffer,
  fileName: string,
  apply: { onDuplicate: DuplicateAction; skipInvalid: boolean },
) {
  tally.cases++;
  const started = performance.now();
  let preview: Preview | null = null;
  try {
    preview = await buildPreview(opened.db, bytes, { fileName, release: releaseReader, allowUnmapped: true });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    tally.refused++;
  }
  expect(performance.now() - started).toBeLessThan(boundMs(bytes.length));
  if (!preview) return;
  tally.previewed++;
  const before = snapshot();
  try {
    const result = applyPreview(opened.db, preview, apply);
    const after = snapshot();
    tally.applied++;
    expect(after['contacts']! - before['contacts']!).toBe(result.created);
    if (apply.skipInvalid === false) expect(result.rejected).toEqual([]);
  } catch (error) {
    // A refusal (rejected rows, nothing valid, columns to map) is an AppError, and nothing was written.
    if (!(error instanceof AppError)) throw error;
    tally.applyRefused++;
    expect(snapshot()).toEqual(before);
  }
}

const applyChoice = fc.record({
  onDuplicate: fc.constantFrom<DuplicateAction>('skip', 'merge', 'keep-both'),
  skipInvalid: fc.boolean(),
});

/** 150 damaged copies of a real file: each previews or is refused, and each apply is all or nothing. */
async function damagedCopiesSurvive(name: string, make: () => Promise<Buffer>, fileName: string, seed?: number) {
  const source = await make();
  // The undamaged file previews, so the damaged ones are compared with something that works.
  const clean = await buildPreview(opened.db, source, { fileName, release: releaseReader });
  expect(clean.counts.rows).toBeGreaterThan(0);
  const tally = tallyOf(name);
  await fc.assert(
    fc.asyncProperty(damaged(source), applyChoice, (bytes, apply) => survives(tally, bytes, fileName, apply)),
    { numRuns: 150, ...(seed === undefined ? {} : { seed }) },
  );
  expect(tally.cases).toBeGreaterThanOrEqual(150);
  // Both outcomes were reached: damage the reader survives and damage it refuses.
  expect(tally.refused).toBeGreaterThan(0);
  expect(tally.previewed).toBeGreaterThan(0);
}

describe('damaged XLSX and release files: a preview or a clear refusal, and an all-or-nothing apply', () => {
  it.each([
    ['an exceljs workbook of the Outlook export', () => workbookOf(fixture('outlook-2026.csv')), 'contacts.xlsx'],
    ['an exceljs workbook of the Google export', () => workbookOf(fixture('google-contacts.csv')), 'google.xlsx'],
    ['a LibreOffice workbook', () => Promise.resolve(fixture('google-contacts-libreoffice.xlsx')), 'google-lo.xlsx'],
    ['the 2018 IOM release as text', () => Promise.resolve(sampleRelease), 'release.txt'],
    ['the 2018 IOM release as HTML', () => Promise.resolve(releaseHtml()), 'release.html'],
  ] as const)('%s', (name, make, fileName) => damagedCopiesSurvive(name, make, fileName));

  // Pinned to the seed that found a damaged deflate stream behind an intact zip directory (docx-text.ts).
  it('the 2018 IOM release as Word', () =>
    damagedCopiesSurvive('the 2018 IOM release as Word', releaseDocx, 'release.docx', -1498286984));

  it('a damaged workbook of several thousand rows, each in bounded time per MB', async () => {
    const big = await workbookOf(fixture('outlook-2026.csv'), 1500);
    const tally = tallyOf('a large workbook');
    await fc.assert(
      fc.asyncProperty(damaged(big), applyChoice, (bytes, apply) => survives(tally, bytes, 'big.xlsx', apply)),
      { numRuns: 8 },
    );
    expect(tally.cases).toBe(8);
  });
});
