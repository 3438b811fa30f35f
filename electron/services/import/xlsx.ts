import ExcelJS, { type CellValue } from 'exceljs';
import { stripFormulaGuard } from './csv';
import { ImportError } from './errors';
import type { Sheet } from './types';

/** A cell as the text a person sees in Excel: formulas by their result, links by their text, dates as YYYY-MM-DD. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  return '';
}

/**
 * Reads the workbook's first sheet that has rows (or the named one) into a header and rows. Row numbers are
 * Excel's, so a rejected row can be found in the file.
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('unreadable', `This Excel file could not be read (${reason})`);
  }
  const sheets = workbook.worksheets;
  const sheet = sheetName
    ? sheets.find((s) => s.name === sheetName)
    : (sheets.find((s) => s.actualRowCount > 0) ?? sheets[0]);
  if (!sheet) {
    throw new ImportError(
      'unreadable',
      sheetName ? `The workbook has no sheet named "${sheetName}"` : 'The workbook has no sheets',
    );
  }
  let header: string[] | null = null;
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values : [];
    // exceljs numbers cells from 1; index 0 is always empty.
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
      stripFormulaGuard(cellText(values[i + 1])),
    );
    if (header === null) header = cells;
    else rows.push({ row: rowNumber, cells });
  });
  return { header: header ?? [], rows, problems: [], sheetName: sheet.name };
}
