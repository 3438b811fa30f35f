import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { CellValue, Column, ColumnType, Words } from './columns';

const columnLetter = (n: number) => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/** ISO dates as spreadsheet dates; anything unreadable stays text rather than becoming a wrong date. */
function typed(value: CellValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null) return null;
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    const date = new Date(type === 'date' ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}

const formats: Partial<Record<ColumnType, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  number: '0',
};

export interface XlsxSheet<Row> {
  add(rows: readonly Row[]): void;
  /** Waits for the sheet's buffered rows to reach the file: the zip stream's back-pressure. */
  drain(): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * A streaming workbook: rows go to the file as they come, never all held in memory. Every value is written as a
 * typed cell (text, number, boolean or date) and never as a formula: exceljs writes a string that starts with `=`
 * as a string cell, so a contact named `=HYPERLINK(…)` stays text with no prefix needed. The header row is bold,
 * frozen and carries an autofilter.
 */
export function openXlsxSheet<Row>(
  file: string,
  sheetName: string,
  columns: readonly Column<Row>[],
  headers: readonly string[],
  words: Words,
): XlsxSheet<Row> {
  const stream = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'PressDesk';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    autoFilter: `A1:${columnLetter(Math.max(1, columns.length))}1`,
  } as Partial<ExcelJS.AddWorksheetOptions>);
  sheet.columns = columns.map((c, i) => ({
    key: c.id,
    header: headers[i] ?? c.id,
    width: c.width,
    ...(formats[c.type] ? { style: { numFmt: formats[c.type] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    add(rows) {
      for (const row of rows) {
        sheet.addRow(columns.map((c) => typed(c.value(row, words), c.type))).commit();
      }
    },
    drain: () =>
      stream.writableNeedDrain
        ? new Promise<void>((resolve) => stream.once('drain', () => resolve()))
        : Promise.resolve(),
    async commit() {
      sheet.commit();
      await workbook.commit();
    },
    // The zip writer may still be flushing: it is finished properly and the partial file removed by the caller.
    async abort() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
