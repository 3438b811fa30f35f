import type { z } from 'zod';
import { AppError } from '../../ipc/contract/errors';
import type {
  ImportPlanRow,
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
import { applyPreview, type DuplicateAction } from './apply';
import { buildPreview, type PlanRow, type Preview } from './preview';
import { releaseReader } from './release';
import { importJobs, type ImportJob } from './store';

const LIST_CAP = 1000;

type Of<T extends z.ZodType> = z.infer<T>;

const toPlanRow = (r: PlanRow): ImportPlanRow => ({
  row: r.row,
  status: r.status,
  contact: r.contact && {
    honorific: r.contact.honorific,
    givenName: r.contact.givenName,
    familyName: r.contact.familyName,
    organisation: r.contact.organisation,
    organisationId: r.contact.organisationId,
    office: r.contact.office,
    officeId: r.contact.officeId,
    title: { ...r.contact.title },
    phones: r.contact.phones.map((p) => ({ raw: p.raw, e164: p.e164, kind: p.kind })),
    emails: r.contact.emails.map((e) => e.address),
    languages: [...r.contact.languages],
    topics: [...r.contact.topics],
  },
  problems: [...r.problems],
  warnings: [...r.warnings],
  match: r.match && {
    target: r.match.target,
    name: r.match.name,
    reasons: [...r.match.reasons],
    score: Math.round(r.match.score * 1000) / 1000,
    changes: [...r.match.changes],
  },
});

const summary = (importId: string, p: Preview): Of<typeof importPreviewOutput> => ({
  importId,
  fileName: p.fileName,
  format: p.format,
  encoding: p.encoding,
  needsMapping: p.needsMapping,
  table: p.table && {
    ...p.table,
    header: [...p.table.header],
    mapping: [...p.table.mapping],
    samples: p.table.samples.map((row) => [...row]),
  },
  counts: p.counts,
  organisationsToCreate: p.organisationsToCreate.slice(0, LIST_CAP),
});

function contentOf(job: ImportJob, input: Of<typeof importPreviewInput>): Buffer {
  switch (input.source.kind) {
    case 'inline':
      return Buffer.from(input.source.contentBase64, 'base64');
    case 'text':
      return Buffer.from(input.source.text, 'utf8');
    case 'uploaded':
      if (job.bytes === 0)
        throw new AppError('Validation', 'Nothing was uploaded for this import: send the file with import:upload');
      return Buffer.concat(job.chunks);
  }
}

/**
 * The import channels. A preview is held server-side under the client's id between `import:preview` and
 * `import:apply`; `import:progress` and `import:cancel` work while the preview call is still running, because the
 * preview yields to the event loop between chunks. The apply itself is one synchronous transaction.
 */
export const importService = {
  upload: (ctx: ServiceContext, input: Of<typeof importUploadInput>): Of<typeof importUploadOutput> => {
    const job = importJobs(ctx.db).append(input.importId, input.offset, Buffer.from(input.chunkBase64, 'base64'));
    return { importId: job.id, bytes: job.bytes };
  },

  preview: async (
    ctx: ServiceContext,
    input: Of<typeof importPreviewInput>,
  ): Promise<Of<typeof importPreviewOutput>> => {
    const jobs = importJobs(ctx.db);
    const job = input.source.kind === 'uploaded' ? jobs.get(input.importId) : jobs.open(input.importId);
    if (job.controller) throw new AppError('Conflict', 'This import is already being previewed');
    const content = contentOf(job, input);
    const controller = new AbortController();
    job.controller = controller;
    job.preview = null;
    job.phase = 'reading';
    try {
      const preview = await buildPreview(ctx.db, content, {
        fileName: input.fileName,
        preset: input.preset,
        mapping: input.mapping,
        defaultCountry: input.defaultCountry,
        lang: input.lang,
        ...(input.sheet ? { sheet: input.sheet } : {}),
        ...(input.source.kind === 'text' ? { format: 'release' as const } : {}),
        release: releaseReader,
        allowUnmapped: true,
        signal: controller.signal,
        onProgress: (p) => {
          job.phase = p.phase;
          job.done = p.done;
          job.total = p.total;
        },
      });
      job.preview = preview;
      job.phase = 'ready';
      return summary(job.id, preview);
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      job.phase = 'failed';
      throw error;
    } finally {
      job.controller = null;
    }
  },

  rows: (ctx: ServiceContext, input: Of<typeof importRowsInput>): Of<typeof importRowsOutput> => {
    const preview = importJobs(ctx.db).get(input.importId).preview;
    if (!preview) throw new AppError('Validation', 'This import has no preview yet');
    const rows = input.status === 'all' ? preview.rows : preview.rows.filter((r) => r.status === input.status);
    return {
      rows: rows.slice(input.page.offset, input.page.offset + input.page.limit).map(toPlanRow),
      total: rows.length,
    };
  },

  progress: (ctx: ServiceContext, input: Of<typeof importIdInput>): Of<typeof importProgressOutput> => {
    const job = importJobs(ctx.db).get(input.importId);
    return { phase: job.phase, done: job.done, total: job.total };
  },

  cancel: (ctx: ServiceContext, input: Of<typeof importIdInput>): Of<typeof importCancelOutput> => ({
    cancelled: importJobs(ctx.db).cancel(input.importId),
  }),

  apply: (ctx: ServiceContext, input: Of<typeof importApplyInput>): Of<typeof importApplyOutput> => {
    const jobs = importJobs(ctx.db);
    const job = jobs.get(input.importId);
    if (job.controller) throw new AppError('Conflict', 'Wait for the preview to finish before importing');
    if (!job.preview) throw new AppError('Validation', 'Preview the file before importing it');
    const decisions = new Map<number, DuplicateAction>(input.decisions.map((d) => [d.row, d.action]));
    job.phase = 'writing';
    try {
      const result = applyPreview(ctx.db, job.preview, {
        onDuplicate: input.onDuplicate,
        decisions,
        skipInvalid: input.skipInvalid,
        lawfulBasis: input.lawfulBasis,
        ...(input.source ? { source: input.source } : {}),
        rememberMapping: input.rememberMapping,
      });
      jobs.delete(job.id);
      return { ...result, rejected: result.rejected.slice(0, LIST_CAP), rejectedTotal: result.rejected.length };
    } catch (error) {
      job.phase = 'ready';
      throw error;
    }
  },
};
