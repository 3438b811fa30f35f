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

const QUOTE = 34;
const LF = 10;
const CR = 13;
const MAX_RECORD = 1_000_000;
/** How many characters are read between two progress reports (and chances to cancel). */
const SLICE = 1 << 20;

type Broken = 'unbalanced' | 'unclosed' | 'too-long';

interface Scanned {
  readonly cells: string[];
  /** Where the next record starts: after this record's line break. */
  readonly end: number;
  /** Whether a quoted cell ran over a line break. */
  readonly multiline: boolean;
  readonly broken: Broken | null;
}

/**
 * One record from `start`, RFC 4180: a quote opens a quoted cell only at the start of a cell, `""` inside it is
 * one quote, and it must close right before a delimiter, a line break or the end of the file. A quote inside an
 * unquoted cell is kept as written (`37°36'37.8"N`).
 */
function scanRecord(text: string, start: number, delimiter: number): Scanned {
  const cells: string[] = [];
  let multiline = false;
  let at = start;
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(at) === QUOTE) {
      let cell = '';
      let from = at + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1 || q - start > MAX_RECORD) {
          return { cells, end: n, multiline: true, broken: q === -1 ? 'unclosed' : 'too-long' };
        }
        const part = text.slice(from, q);
        if (!multiline && (part.includes('\n') || part.includes('\r'))) multiline = true;
        cell += part;
        if (text.charCodeAt(q + 1) === QUOTE) {
          cell += '"';
          from = q + 2;
          continue;
        }
        at = q + 1;
        break;
      }
      cells.push(cell);
      const c = at < n ? text.charCodeAt(at) : -1;
      if (c === delimiter) {
        at++;
        continue;
      }
      if (c !== -1 && c !== LF && c !== CR) return { cells, end: at, multiline, broken: 'unbalanced' };
    } else {
      let end = at;
      for (; end < n; end++) {
        const c = text.charCodeAt(end);
        if (c === delimiter || c === LF || c === CR) break;
      }
      if (end - start > MAX_RECORD) return { cells, end, multiline, broken: 'too-long' };
      cells.push(text.slice(at, end));
      at = end;
      if (at < n && text.charCodeAt(at) === delimiter) {
        at++;
        continue;
      }
    }
    return { cells, end: lineEnd(text, at), multiline, broken: null };
  }
}

/** The position after the line break at or after `at` (CRLF, LF or a lone CR), or the end of the text. */
function lineEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return text.length;
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // CRLF is one line break, as every editor counts it.
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

function describeBroken(broken: Broken, line: number): string {
  switch (broken) {
    case 'unbalanced':
      return `Unbalanced quote on line ${line}: the cells of this row could not be told apart`;
    case 'unclosed':
      return `A quote opened on line ${line} is not closed on that line, so the cells of this row could not be told apart`;
    case 'too-long':
      return `This row (line ${line}) is too long to be a contact (over a million characters); it could not be read`;
  }
}

export interface DelimitedOptions {
  readonly delimiter?: Delimiter;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressFn;
}

/**
 * Reads CSV or TSV text into a header and rows, yielding every megabyte so a large file neither blocks the app
 * nor resists cancelling. Rows are numbered as a spreadsheet shows them (a record with a quoted line break is one
 * row); empty lines are skipped. Ragged rows are kept (short rows short, long rows widen the sheet).
 *
 * A broken row costs only its own line: one stray or unclosed quote must not take the rest of a 10,000-row file
 * with it. A quoted cell that runs over line breaks is taken as a legitimate multi-line cell only if it closes
 * properly and its record then has as many cells as the header; otherwise the quote is taken as unclosed, the
 * record's first line is reported as a rejected row with its line number, and reading resumes on the next line.
 */
export async function parseDelimited(text: string, options: DelimitedOptions = {}): Promise<Sheet> {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const code = delimiter.charCodeAt(0);
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const problems: SheetProblem[] = [];
  const rows: { row: number; cells: string[] }[] = [];
  let header: string[] | null = null;
  let row = 0;
  let line = 1;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let report = SLICE;
  while (at < text.length) {
    if (at >= report) {
      onProgress?.({ phase: 'reading', done: at, total: text.length });
      await yieldToEventLoop();
      signal?.throwIfAborted();
      report = at + SLICE;
    }
    const c = text.charCodeAt(at);
    if (c === LF || c === CR) {
      at = lineEnd(text, at);
      line++;
      continue;
    }
    row++;
    const scanned = scanRecord(text, at, code);
    const broken =
      scanned.broken ??
      (scanned.multiline && header !== null && scanned.cells.length !== header.length ? 'unclosed' : null);
    if (broken !== null) {
      problems.push({ row, reason: describeBroken(broken, line) });
      at = lineEnd(text, at);
      line++;
      continue;
    }
    line += lineBreaks(text, at, scanned.end);
    at = scanned.end;
    const cells = scanned.cells.map(stripFormulaGuard);
    if (header === null) header = cells;
    else rows.push({ row, cells });
  }
  onProgress?.({ phase: 'reading', done: text.length, total: text.length });
  return { header: header ?? [], rows, problems, delimiter };
}
