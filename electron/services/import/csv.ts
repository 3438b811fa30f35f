import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import type { ProgressFn, Sheet, SheetProblem } from './types';
import { yieldToEventLoop } from './yield';

export type Delimiter = ',' | ';' | '\t' | '|';

const candidates: readonly Delimiter[] = ['\t', ';', ',', '|'];

/** Splits the start of a file into lines, keeping quoted newlines inside their line. */
function firstLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end && lines.length < max; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < max && start < end) lines.push(text.slice(start, end));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) count++;
  }
  return count;
}

/**
 * The field delimiter, from the header and the lines after it: French Excel writes `;`, "Unicode text" exports
 * write tabs. The delimiter the header uses most wins, provided the data lines use it too.
 */
export function sniffDelimiter(text: string): Delimiter {
  const [header, ...rest] = firstLines(text, 12);
  if (header === undefined) return ',';
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of candidates) {
    const count = countOutsideQuotes(header, d);
    if (count === 0) continue;
    const agreeing = rest.filter((line) => countOutsideQuotes(line, d) > 0).length;
    if (rest.length > 0 && agreeing < rest.length / 2) continue;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * PressDesk's CSV export writes `'` before a value that a spreadsheet would run as a formula; reading it back
 * removes exactly that one quote and nothing else ("'+41 22 …" → "+41 22 …", "'tis" stays).
 */
export function stripFormulaGuard(value: string): string {
  if (value.charCodeAt(0) !== 39 || value.length < 2) return value;
  const next = value[1];
  return next === '=' || next === '+' || next === '-' || next === '@' || next === '\t' || next === '\r'
    ? value.slice(1)
    : value;
}

const SLICE = 1 << 20;

async function* slices(text: string, signal: AbortSignal | undefined, onProgress: ProgressFn | undefined) {
  for (let at = 0; at < text.length; at += SLICE) {
    signal?.throwIfAborted();
    yield text.slice(at, at + SLICE);
    onProgress?.({ phase: 'reading', done: Math.min(text.length, at + SLICE), total: text.length });
    await yieldToEventLoop();
  }
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `A quote opened in this row is never closed, so the file could not be read from here to line ${String(error.lines)}`;
    case 'CSV_MAX_RECORD_SIZE':
      return 'This row is too long to be a contact (over a million characters); it could not be read';
    default:
      return `This row could not be read (${error.message.replace(/[.\s]+$/, '')})`;
  }
}

export interface DelimitedOptions {
  readonly delimiter?: Delimiter;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressFn;
}

/**
 * Reads CSV or TSV text into a header and rows, a megabyte at a time so a large file neither blocks the app
 * nor resists cancelling. Ragged rows are kept (short rows padded, long rows widen the sheet); a row the parser
 * cannot read is reported with its number and the reason, and the rest of the file is still read.
 */
export async function parseDelimited(text: string, options: DelimitedOptions = {}): Promise<Sheet> {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const skipped: { records: number; reason: string }[] = [];
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 1_000_000,
    bom: true,
  });
  parser.on('skip', (error: CsvError) => {
    const records = (error as CsvError & { records?: number }).records ?? parser.info.records;
    skipped.push({ records, reason: describeCsvError(error) });
  });
  const problems: SheetProblem[] = [];
  const rows: { row: number; cells: string[] }[] = [];
  let header: string[] = [];
  // A skipped record does not advance the parser's record count, so the rows after it are numbered one further on.
  // Skips are reported while parsing, before the records after them reach this loop.
  let emitted = 0;
  let skip = 0;
  const flushSkips = (before: number) => {
    for (; skip < skipped.length && skipped[skip]!.records < before; skip++) {
      problems.push({ row: skipped[skip]!.records + skip + 1, reason: skipped[skip]!.reason });
    }
  };
  try {
    await pipeline(
      Readable.from(slices(text, options.signal, options.onProgress)),
      parser,
      async function (source: AsyncIterable<string[]>) {
        for await (const record of source) {
          emitted++;
          flushSkips(emitted);
          const cells = record.map(stripFormulaGuard);
          if (emitted === 1) header = cells;
          else rows.push({ row: emitted + skip, cells });
        }
      },
      options.signal ? { signal: options.signal } : {},
    );
  } catch (error) {
    // The pipeline reports a generic AbortError; the caller's reason (Ctrl+C, a cancel) says what happened.
    if (options.signal?.aborted) throw options.signal.reason;
    throw error;
  }
  flushSkips(Infinity);
  return { header, rows, problems, delimiter };
}
