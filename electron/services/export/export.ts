import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import type { Db } from '../../../db/client';
import { recordContactActivity } from '../../../db/queries/activity';
import type { ListRecord } from '../../../db/queries/lists';
import { AppError } from '../../ipc/contract/errors';
import { localToday } from '../lists/today';
import type { PageSize } from '../pdf/document';
import { writeFileAtomically, TextFile } from './atomic-file';
import { chooseColumns, columnLabel, contactColumns, officeColumns, wordsFor, type Column } from './columns';
import { csvHeader, csvRow, type CsvSeparator } from './csv';
import { openContactSheet, openOfficeSheet, type SheetGrouping } from './pdf-sheet';
import {
  contactRowReader,
  readOffices,
  scopedContactIds,
  type ContactOrder,
  type ContactScope,
  type ExportContact,
  type FieldGroup,
  type OfficeScope,
} from './rows';
import { contactCard, contactUid, groupCard, officeCard, type VCardVersion } from './vcard';
import { openXlsxSheet } from './xlsx';

export const exportFormats = ['csv', 'csv-semicolon', 'xlsx', 'vcf', 'vcf3', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** File name endings a format may be saved under; anything else is refused, so an export never overwrites a program. */
export const formatExtensions: Readonly<Record<ExportFormat, readonly string[]>> = {
  csv: ['.csv', '.txt'],
  'csv-semicolon': ['.csv', '.txt'],
  xlsx: ['.xlsx'],
  vcf: ['.vcf', '.vcard'],
  vcf3: ['.vcf', '.vcard'],
  pdf: ['.pdf'],
};

export interface ExportProgress {
  /** preparing: finding who is in the export; writing: rows (done of total); finishing: flushing and renaming. */
  readonly phase: 'preparing' | 'writing' | 'finishing';
  readonly done: number;
  readonly total: number;
}

interface CommonOptions {
  readonly format: ExportFormat;
  /** Absolute path of the file to write; written under a temporary name and renamed when complete. */
  readonly destination: string;
  /** Column ids in the order wanted (CSV and XLSX); null or empty gives the default set. */
  readonly columns?: readonly string[] | null;
  /** Header labels, localized names and the PDF's words. */
  readonly lang?: string;
  readonly pdf?: {
    readonly pageSize?: PageSize;
    readonly grouping?: SheetGrouping;
    readonly title?: string | null;
    readonly subtitle?: string;
  };
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Rows read and written per step, between which the export may yield to other work (default 2000, PDF 200). */
  readonly chunkSize?: number;
  /** Local date (YYYY-MM-DD) against which do-not-contact "until" dates are read; default today. */
  readonly today?: string;
}

export interface ContactExportOptions extends CommonOptions {
  readonly scope: ContactScope;
  /** vCard exports of a list end with the list as a KIND:group card (default true). */
  readonly groupCard?: boolean;
  /** Record one activity row per exported contact (default true). */
  readonly recordActivity?: boolean;
}

export interface OfficeExportOptions extends CommonOptions {
  readonly scope: OfficeScope;
}

export interface ExportResult {
  readonly path: string;
  readonly format: ExportFormat;
  readonly rows: number;
  readonly bytes: number;
  readonly columns: readonly string[];
  /** The contacts written, in file order (none for offices): for callers that log the export themselves. */
  readonly contactIds: readonly number[];
  readonly skipped: { readonly doNotContact: number; readonly archived: number; readonly missing: number };
}

function checkDestination(destination: string, format: ExportFormat) {
  if (!path.isAbsolute(destination)) throw new AppError('Validation', 'Choose where to save the file (a full path)');
  const extension = path.extname(destination).toLowerCase();
  if (!formatExtensions[format].includes(extension)) {
    throw new AppError('Validation', `Save a ${format} export as ${formatExtensions[format].join(' or ')}`);
  }
  if (!fs.statSync(path.dirname(destination), { throwIfNoEntry: false })?.isDirectory()) {
    throw new AppError('NotFound', `The folder ${path.dirname(destination)} does not exist`);
  }
}

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: 'PressDesk may not write there',
  EPERM: 'PressDesk may not write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'a folder has that name',
  ENOENT: 'the folder was removed',
};

/** A file-system refusal as a problem the user can act on, not an internal error. */
async function writing<T>(destination: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const problem = FILE_PROBLEMS[(error as { code?: string }).code ?? ''];
    if (problem) throw new AppError('Validation', `Could not write ${destination}: ${problem}`);
    throw error;
  }
}

function columnsFor<Row>(catalogue: readonly Column<Row>[], ids: readonly string[] | null | undefined) {
  const { columns, unknown } = chooseColumns(catalogue, ids ?? null);
  if (unknown.length > 0) {
    throw new AppError(
      'Validation',
      `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; choose from ${catalogue.map((c) => c.id).join(', ')}`,
    );
  }
  if (columns.length === 0) throw new AppError('Validation', 'Choose at least one column');
  return columns;
}

/** What each format writes: rows in, and a way to finish or give up. */
interface RowSink<Row> {
  add(rows: readonly Row[]): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

async function textSink<Row>(
  file: string,
  head: string,
  line: (row: Row) => string,
  tail = () => '',
): Promise<RowSink<Row>> {
  const out = await TextFile.create(file);
  await out.write(head);
  let closed = false;
  return {
    async add(rows) {
      let text = '';
      for (const row of rows) text += line(row);
      await out.write(text);
    },
    async finish() {
      await out.write(tail());
      closed = true;
      await out.close();
    },
    async abort() {
      if (!closed) await out.close();
    },
  };
}

function tableSink<Row>(
  file: string,
  format: 'csv' | 'csv-semicolon' | 'xlsx',
  columns: readonly Column<Row>[],
  lang: string,
  sheetName: string,
): Promise<RowSink<Row>> | RowSink<Row> {
  const words = wordsFor(lang);
  const headers = columns.map((c) => columnLabel(c, lang));
  if (format === 'xlsx') {
    const sheet = openXlsxSheet(file, sheetName, columns, headers, words);
    return {
      async add(rows) {
        sheet.add(rows);
        await sheet.drain();
      },
      finish: () => sheet.commit(),
      abort: () => sheet.abort(),
    };
  }
  const separator: CsvSeparator = format === 'csv' ? ',' : ';';
  return textSink<Row>(file, csvHeader(headers, separator), (row) => csvRow(row, columns, separator, words));
}

/** How long an export works before it lets other requests in, and for how long it then waits for them. */
const WORK_SLICE_MS = 40;
const YIELD_MS = 2;

/** A PDF lays out every row synchronously, ten times slower than a CSV row: smaller steps keep cancel responsive. */
const PDF_CHUNK = 200;

/**
 * Steps through the ids in chunks, yielding about every 40 ms of work so progress polls and a cancel get through.
 * A bare setImmediate is not enough: it lets one poll phase run, and a browser-mode request needs several turns
 * of the loop (headers, body, handler) before it reaches the service, so it would wait for the whole export. A
 * short timer leaves the loop in its poll phase long enough to take pending requests to the end.
 */
async function writeChunks<Row>(
  total: number,
  read: (start: number, end: number) => readonly Row[],
  sink: RowSink<Row>,
  options: CommonOptions,
) {
  const size = options.chunkSize ?? (options.format === 'pdf' ? PDF_CHUNK : 2000);
  options.onProgress?.({ phase: 'writing', done: 0, total });
  let sliceStart = performance.now();
  for (let start = 0; start < total; start += size) {
    options.signal?.throwIfAborted();
    const end = Math.min(total, start + size);
    await sink.add(read(start, end));
    options.onProgress?.({ phase: 'writing', done: end, total });
    if (performance.now() - sliceStart >= WORK_SLICE_MS) {
      await pause(YIELD_MS);
      sliceStart = performance.now();
    }
  }
  options.signal?.throwIfAborted();
  options.onProgress?.({ phase: 'finishing', done: total, total });
}

async function run<Row>(sink: RowSink<Row>, body: () => Promise<void>) {
  try {
    await body();
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

const VCARD: Partial<Record<ExportFormat, VCardVersion>> = { vcf: '4.0', vcf3: '3.0' };

/**
 * Exports contacts (a filter, a selection or a distribution list) to CSV, CSV with semicolons, XLSX, vCard 4.0 or
 * 3.0, or a PDF contact sheet. Rows are read and written in chunks with progress and cancel; the file appears under
 * its name only when complete. Each exported contact gets an activity row ("exported", with the format and file).
 */
export async function exportContacts(db: Db, options: ContactExportOptions): Promise<ExportResult> {
  checkDestination(options.destination, options.format);
  const lang = options.lang ?? 'en';
  const format = options.format;
  const vcard = VCARD[format];
  const isTable = format === 'csv' || format === 'csv-semicolon' || format === 'xlsx';
  const columns = isTable ? columnsFor(contactColumns, options.columns) : [];
  const grouping = options.pdf?.grouping ?? 'region';
  const groups = new Set<FieldGroup>(
    isTable
      ? columns.flatMap((c) => c.needs)
      : vcard
        ? ['title', 'titles', 'organisation', 'office', 'phones', 'emails', 'languages', 'topics', 'notes', 'meta']
        : ['title', 'organisation', 'office', 'region', 'phones', 'emails'],
  );
  const order: ContactOrder = format === 'pdf' && grouping !== 'none' ? grouping : 'name';
  options.onProgress?.({ phase: 'preparing', done: 0, total: 0 });
  const { ids, skipped } = scopedContactIds(db, options.scope, {
    order,
    lang,
    today: options.today ?? localToday(),
  });
  const reader = contactRowReader(db, groups, lang, ids.length);
  const list: ListRecord | null = options.scope.kind === 'list' ? options.scope.list : null;

  await writing(options.destination, () =>
    writeFileAtomically(options.destination, options.signal, async (file) => {
      const read = (start: number, end: number) => reader(ids.slice(start, end));
      if (isTable) {
        const sink = await tableSink(file, format, columns, lang, list?.name ?? 'Contacts');
        await run(sink, () => writeChunks(ids.length, read, sink, options));
        return;
      }
      if (vcard) {
        const uids: string[] = [];
        const withGroup = list !== null && options.groupCard !== false;
        const sink = await textSink<ExportContact>(
          file,
          '',
          (c) => {
            if (withGroup) uids.push(contactUid(c));
            return contactCard(c, vcard, lang);
          },
          () => (withGroup && list ? groupCard(list, uids, vcard) : ''),
        );
        await run(sink, () => writeChunks(ids.length, read, sink, options));
        return;
      }
      const sheet = openContactSheet(file, grouping, {
        pageSize: options.pdf?.pageSize ?? 'A4',
        lang,
        title: options.pdf?.title,
        subtitle: options.pdf?.subtitle ?? list?.name,
      });
      const sink: RowSink<ExportContact> = {
        add: (rows) => Promise.resolve(sheet.add(rows)),
        finish: () => sheet.finish(),
        abort: () => sheet.abort(),
      };
      await run(sink, () => writeChunks(ids.length, read, sink, options));
    }),
  );

  if (options.recordActivity !== false) {
    recordContactActivity(db, {
      kind: 'exported',
      contactIds: ids,
      listId: list?.id ?? null,
      detail: { format, file: path.basename(options.destination) },
    });
  }
  return {
    path: options.destination,
    format,
    rows: ids.length,
    bytes: fs.statSync(options.destination).size,
    columns: columns.map((c) => c.id),
    contactIds: ids,
    skipped,
  };
}

/** Exports offices (filtered like the offices table) to the same formats, as organisation cards in vCard. */
export async function exportOffices(db: Db, options: OfficeExportOptions): Promise<ExportResult> {
  checkDestination(options.destination, options.format);
  const lang = options.lang ?? 'en';
  const format = options.format;
  const vcard = VCARD[format];
  const isTable = format === 'csv' || format === 'csv-semicolon' || format === 'xlsx';
  const columns = isTable ? columnsFor(officeColumns, options.columns) : [];
  options.onProgress?.({ phase: 'preparing', done: 0, total: 0 });
  const offices = readOffices(db, options.scope, lang);
  const read = (start: number, end: number) => offices.slice(start, end);
  await writing(options.destination, () =>
    writeFileAtomically(options.destination, options.signal, async (file) => {
      if (isTable) {
        const sink = await tableSink(file, format, columns, lang, 'Offices');
        await run(sink, () => writeChunks(offices.length, read, sink, options));
      } else if (vcard) {
        const sink = await textSink(file, '', (o: (typeof offices)[number]) => officeCard(o, vcard));
        await run(sink, () => writeChunks(offices.length, read, sink, options));
      } else {
        const sheet = openOfficeSheet(file, {
          pageSize: options.pdf?.pageSize ?? 'A4',
          lang,
          title: options.pdf?.title,
          subtitle: options.pdf?.subtitle,
        });
        const sink: RowSink<(typeof offices)[number]> = {
          add: (rows) => Promise.resolve(sheet.add(rows)),
          finish: () => sheet.finish(),
          abort: () => sheet.abort(),
        };
        await run(sink, () => writeChunks(offices.length, read, sink, options));
      }
    }),
  );
  return {
    path: options.destination,
    format,
    rows: offices.length,
    bytes: fs.statSync(options.destination).size,
    columns: columns.map((c) => c.id),
    contactIds: [],
    skipped: { doNotContact: 0, archived: 0, missing: 0 },
  };
}
