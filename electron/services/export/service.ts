import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import type { Db } from '../../../db/client';
import { getList } from '../../../db/queries/lists';
import { AppError } from '../../ipc/contract/errors';
import {
  EXPORT_CHUNK_BYTES,
  type exportCancelOutput,
  type exportColumnsInput,
  type exportColumnsOutput,
  type exportIdInput,
  type exportProgressOutput,
  type exportReadInput,
  type exportReadOutput,
  type exportRunInput,
  type exportRunOutput,
} from '../../ipc/contract/exports';
import { listFilter } from '../../ipc/contract/lists';
import type { ServiceContext } from '../context';
import { columnLabel, contactColumns, officeColumns } from './columns';
import { exportContacts, exportOffices, formatExtensions, type ExportFormat } from './export';
import { safeFileName } from './file-name';

type Of<T extends z.ZodType> = z.infer<T>;
type Phase = Of<typeof exportProgressOutput>['phase'];

interface ExportJob {
  readonly id: string;
  controller: AbortController | null;
  phase: Phase;
  done: number;
  total: number;
  /** A browser-mode download waiting to be read, in a private temporary folder. */
  download: { file: string; fileName: string; format: ExportFormat } | null;
  touched: number;
}

const IDLE_MS = 60 * 60 * 1000;

const MIME: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  'csv-semicolon': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  vcf: 'text/vcard; charset=utf-8',
  vcf3: 'text/vcard; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * The exports of one database, under ids the client chooses so that it can poll progress and cancel while
 * `exports:run` is still running (the export yields between chunks). Per database handle, never global.
 */
class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  private sweep(now: number) {
    for (const [id, job] of this.jobs) {
      if (job.controller === null && now - job.touched > IDLE_MS) this.discard(id);
    }
  }

  start(id: string): ExportJob {
    const now = Date.now();
    this.sweep(now);
    const existing = this.jobs.get(id);
    if (existing?.controller) throw new AppError('Conflict', 'This export is already running');
    if (existing) this.discard(id);
    const job: ExportJob = {
      id,
      controller: null,
      phase: 'preparing',
      done: 0,
      total: 0,
      download: null,
      touched: now,
    };
    this.jobs.set(id, job);
    return job;
  }

  get(id: string): ExportJob {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NotFound', 'This export is no longer open (cancelled, discarded or expired)');
    job.touched = Date.now();
    return job;
  }

  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job?.controller) return false;
    job.controller.abort(new AppError('Conflict', 'The export was cancelled; no file was written'));
    return true;
  }

  discard(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    job.controller?.abort(new AppError('Conflict', 'The export was cancelled; no file was written'));
    if (job.download) fs.rmSync(path.dirname(job.download.file), { recursive: true, force: true });
    this.jobs.delete(id);
    return true;
  }
}

const perDatabase = new WeakMap<Db, ExportJobs>();
const jobsOf = (db: Db) => {
  let jobs = perDatabase.get(db);
  if (!jobs) {
    jobs = new ExportJobs();
    perDatabase.set(db, jobs);
  }
  return jobs;
};

/** A safe file name for a download, with the format's extension. */
function downloadName(requested: string, format: ExportFormat) {
  const base = safeFileName(requested, 'export');
  const extensions = formatExtensions[format];
  return extensions.includes(path.extname(base).toLowerCase()) ? base : `${base}${extensions[0]}`;
}

export const exportService = {
  /** Runs an export to completion (or until cancelled) and says what was written. */
  run: async (ctx: ServiceContext, input: Of<typeof exportRunInput>): Promise<Of<typeof exportRunOutput>> => {
    const jobs = jobsOf(ctx.db);
    const job = jobs.start(input.exportId);
    const controller = new AbortController();
    job.controller = controller;
    let destination: string;
    let download: ExportJob['download'] = null;
    if (input.destination.kind === 'path') {
      destination = input.destination.path;
    } else {
      const fileName = downloadName(input.destination.fileName, input.format);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressdesk-export-'));
      destination = path.join(dir, fileName);
      download = { file: destination, fileName, format: input.format };
    }
    const common = {
      format: input.format,
      destination,
      columns: input.columns,
      lang: input.lang,
      pdf: { pageSize: input.pdf.pageSize, grouping: input.pdf.grouping, title: input.pdf.title },
      signal: controller.signal,
      onProgress: (p: { phase: 'preparing' | 'writing' | 'finishing'; done: number; total: number }) => {
        job.phase = p.phase;
        job.done = p.done;
        job.total = p.total;
      },
    };
    try {
      const source = input.source;
      let result;
      if (source.kind === 'offices') {
        result = await exportOffices(ctx.db, { ...common, scope: source.filter });
      } else if (source.kind === 'list') {
        const record = getList(ctx.db, source.listId);
        if (!record) throw new AppError('NotFound', `List ${source.listId} does not exist`);
        const filter = record.filter === null ? null : listFilter.safeParse(record.filter);
        const list = { ...record, filter: filter?.success ? filter.data : null };
        result = await exportContacts(ctx.db, {
          ...common,
          groupCard: input.groupCard,
          scope: { kind: 'list', list, includeDoNotContact: source.includeDoNotContact },
        });
      } else {
        result = await exportContacts(ctx.db, {
          ...common,
          scope:
            source.kind === 'contacts'
              ? { kind: 'filter', filter: source.filter, exceptIds: source.exceptIds }
              : { kind: 'selection', contactIds: source.contactIds },
        });
      }
      job.phase = 'done';
      job.download = download;
      return {
        exportId: job.id,
        path: download ? null : result.path,
        fileName: path.basename(result.path),
        format: result.format,
        rows: result.rows,
        bytes: result.bytes,
        columns: [...result.columns],
        skipped: result.skipped,
      };
    } catch (error) {
      if (download) fs.rmSync(path.dirname(download.file), { recursive: true, force: true });
      job.phase = controller.signal.aborted ? 'cancelled' : 'failed';
      throw controller.signal.aborted ? controller.signal.reason : error;
    } finally {
      job.controller = null;
    }
  },

  progress: (ctx: ServiceContext, input: Of<typeof exportIdInput>): Of<typeof exportProgressOutput> => {
    const job = jobsOf(ctx.db).get(input.exportId);
    return { phase: job.phase, done: job.done, total: job.total };
  },

  cancel: (ctx: ServiceContext, input: Of<typeof exportIdInput>): Of<typeof exportCancelOutput> => ({
    cancelled: jobsOf(ctx.db).cancel(input.exportId),
  }),

  /** A piece of a finished download (browser mode), base64, from `offset`. */
  read: (ctx: ServiceContext, input: Of<typeof exportReadInput>): Of<typeof exportReadOutput> => {
    const job = jobsOf(ctx.db).get(input.exportId);
    if (!job.download) throw new AppError('Validation', 'This export has no file to download (yet)');
    const { size } = fs.statSync(job.download.file);
    if (input.offset > size) throw new AppError('Validation', `The file is ${size} bytes long`);
    const length = Math.min(EXPORT_CHUNK_BYTES, size - input.offset);
    const chunk = Buffer.alloc(length);
    const fd = fs.openSync(job.download.file, 'r');
    try {
      fs.readSync(fd, chunk, 0, length, input.offset);
    } finally {
      fs.closeSync(fd);
    }
    return {
      chunkBase64: chunk.toString('base64'),
      offset: input.offset,
      size,
      done: input.offset + length >= size,
      fileName: job.download.fileName,
      mimeType: MIME[job.download.format],
    };
  },

  /** Forgets an export: cancels it if running, deletes a download's file. */
  discard: (ctx: ServiceContext, input: Of<typeof exportIdInput>) => ({
    discarded: jobsOf(ctx.db).discard(input.exportId),
  }),

  columns: (_ctx: ServiceContext, input: Of<typeof exportColumnsInput>): Of<typeof exportColumnsOutput> => {
    const catalogue = input.entity === 'contacts' ? contactColumns : officeColumns;
    return {
      columns: catalogue.map((c) => ({ id: c.id, label: columnLabel(c, input.lang), byDefault: c.byDefault })),
    };
  },
};

/** Each export channel bound to its service, spread into the registry's handlers. */
export const exportHandlers = {
  'exports:run': exportService.run,
  'exports:progress': exportService.progress,
  'exports:cancel': exportService.cancel,
  'exports:read': exportService.read,
  'exports:discard': exportService.discard,
  'exports:columns': exportService.columns,
} as const;
