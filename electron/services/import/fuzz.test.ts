import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { parseDelimited } from './csv';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { buildPreview } from './preview';
import { releaseReader } from './release';
import { parseVcards } from './vcard';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => fs.readFileSync(path.join(here, 'fixtures', name));

/** A fixture cut short and with some bytes overwritten: what a damaged download or a bad disk produces. */
const damaged = (source: Buffer) =>
  fc
    .record({
      keep: fc.integer({ min: 0, max: source.length }),
      flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 12 }),
    })
    .map(({ keep, flips }) => {
      const bytes = Buffer.from(source.subarray(0, keep));
      for (const { at, byte } of flips) if (bytes.length > 0) bytes[at % bytes.length] = byte;
      return bytes;
    });

/** Runs a reader: it may refuse the input (an ImportError), never crash, and must finish in bounded time. */
async function survives(read: () => Promise<unknown>, bytes: number) {
  const started = performance.now();
  try {
    await read();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
  // Generous for a loaded 2-core machine (the whole preview of a damaged 1 MB CSV takes about 1.5 s there, most of
  // it libphonenumber refusing garbage): a hang or a quadratic blow-up is what this catches.
  expect(performance.now() - started).toBeLessThan(2000 + (5000 * bytes) / 1_048_576);
}

let opened: OpenedDatabase;
beforeAll(async () => {
  opened = await openDatabase(':memory:');
});
afterAll(() => opened.close());

describe('damaged files never crash or hang the readers', () => {
  it.each(['outlook-2026.csv', 'google-contacts.csv', 'google-legacy.csv'])('CSV %s', async (name) => {
    await fc.assert(
      fc.asyncProperty(damaged(fixture(name)), (bytes) =>
        survives(() => parseDelimited(decodeText(bytes).text), bytes.length),
      ),
      { numRuns: 150 },
    );
  });

  it.each(['cards-2.1.vcf', 'cards-3.0.vcf', 'cards-4.0.vcf'])('vCard %s', async (name) => {
    await fc.assert(
      fc.asyncProperty(damaged(fixture(name)), (bytes) =>
        survives(() => parseVcards(decodeText(bytes).text), bytes.length),
      ),
      { numRuns: 150 },
    );
  });

  it('any bytes at all, through the whole preview', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('x.csv', 'x.vcf', 'x.txt', 'x.xlsx'),
        (bytes, fileName) =>
          survives(() => buildPreview(opened.db, bytes, { fileName, release: releaseReader }), bytes.length),
      ),
      { numRuns: 200 },
    );
  });

  it('CSV-shaped text full of quotes, delimiters and line breaks, through the whole preview', async () => {
    const cell = fc.stringMatching(/^[a-zé@.+ 0-9"';,\t\r\n]{0,12}$/);
    const table = fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(',', ';', '\t'), (rows, delimiter) => {
        const text = ['Name,Email,Phone'.replaceAll(',', delimiter), ...rows.map((r) => r.join(delimiter))].join('\n');
        const bytes = Buffer.from(text);
        return survives(
          () => buildPreview(opened.db, bytes, { fileName: 'x.csv', release: releaseReader }),
          bytes.length,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('damaged vCards through the whole preview', async () => {
    const all = Buffer.concat(['cards-2.1.vcf', 'cards-3.0.vcf', 'cards-4.0.vcf'].map(fixture));
    await fc.assert(
      fc.asyncProperty(damaged(all), (bytes) =>
        survives(() => buildPreview(opened.db, bytes, { fileName: 'cards.vcf', release: releaseReader }), bytes.length),
      ),
      { numRuns: 100 },
    );
  });

  it('a megabyte of damaged CSV and of damaged vCards, each in bounded time', async () => {
    const csv = fixture('outlook-2026.csv');
    const bigCsv = Buffer.concat(Array.from({ length: Math.ceil(1_048_576 / csv.length) }, () => csv));
    for (let i = 0; i < bigCsv.length; i += 997) bigCsv[i] = 0x22;
    await survives(
      () => buildPreview(opened.db, bigCsv, { fileName: 'big.csv', release: releaseReader }),
      bigCsv.length,
    );
    const cards = fixture('cards-3.0.vcf');
    const bigCards = Buffer.concat(Array.from({ length: Math.ceil(1_048_576 / cards.length) }, () => cards));
    for (let i = 0; i < bigCards.length; i += 499) bigCards[i] = 0x3b;
    await survives(
      () => buildPreview(opened.db, bigCards, { fileName: 'big.vcf', release: releaseReader }),
      bigCards.length,
    );
  });
});
