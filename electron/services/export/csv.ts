import type { CellValue, Column, ColumnType, Words } from './columns';

export type CsvSeparator = ',' | ';';

/**
 * Formula injection ("CSV injection"): Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`,
 * `-` or `@` as a formula (and a leading tab or carriage return can hide one), so a contact named
 * `=HYPERLINK("http://x","y")` would become a live link. Such a field is written with a leading `'`, which the
 * spreadsheets show as text. This applies to E.164 phone numbers too (`'+41 22 717 91 11`): the cost of never
 * running a formula from a contact sheet. PressDesk's importer strips exactly one leading `'` that this added.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES: Readonly<Record<CsvSeparator, RegExp>> = { ',': /[",\r\n]/, ';': /[";\r\n]/ };

/** One field per RFC 4180: quoted when it holds the separator, a quote or a line break; quotes doubled. */
export function csvField(value: string, separator: CsvSeparator): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES[separator].test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A typed value as CSV text: dates stay ISO 8601, booleans are words in the export's language. */
export function csvText(value: CellValue, type: ColumnType, words: Words): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  return type === 'datetime' ? value.replace(/\.\d+Z$/, 'Z') : value;
}

/** UTF-8 byte order mark: without it Excel opens a UTF-8 file as the local code page and breaks every accent. */
export const BOM = '\uFEFF';

/** Lines end with CRLF, as RFC 4180 says and Excel expects. */
export function csvRow<Row>(row: Row, columns: readonly Column<Row>[], separator: CsvSeparator, words: Words): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (i > 0) line += separator;
    line += csvField(csvText(column.value(row, words), column.type, words), separator);
  }
  return `${line}\r\n`;
}

export function csvHeader(labels: readonly string[], separator: CsvSeparator): string {
  return `${BOM}${labels.map((l) => csvField(l, separator)).join(separator)}\r\n`;
}
