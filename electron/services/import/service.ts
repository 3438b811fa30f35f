import type { z } from 'zod';
import { AppError } from '../../ipc/contract/errors';
import type {
  ImportPlanRow,
  importApplyInput,
  importApplyOutput,
  importCancelOutput,
  importEditRowInput,
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
import { applyPreview, applyPreviewInBackground, type ApplyOptions, type DuplicateAction } from './apply';
import { buildPreview, planRows, type PlanRow, type Preview } from './preview';
import { releaseReader } from './release';
import { importJobs, type ImportJob } from './store';
import type { CandidateContact } from './types';
import { openImportConnection } from './writer-connection';
import { yieldToEventLoop } from './yield';

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

  /**
   * Corrects one person extracted from a release (name, title, organisation, office, phones, emails), then plans
   * every row again, so validation, organisation and office matching and duplicates reflect the correction.
   */
  editRow: async (
    ctx: ServiceContext,
    input: Of<typeof importEditRowInput>,
  ): Promise<Of<typeof importPreviewOutput>> => {
    const job = importJobs(ctx.db).get(input.importId);
    if (job.controller) throw new AppError('Conflict', 'Wait for the preview or the import to finish');
    const preview = job.preview;
    if (!preview?.candidates) throw new AppError('Validation', 'Only people extracted from a release can be edited');
    const index = preview.candidates.findIndex((c) => c.row === input.row);
    const before = preview.candidates[index];
    if (!before) throw new AppError('NotFound', `This release has no person ${input.row}`);
    const p = input.person;
    const edited: CandidateContact = {
      ...before,
      honorific: p.honorific || null,
      givenName: '',
      familyName: '',
      fullName: p.name,
      organisation: p.organisation || null,
      office: p.office || null,
      titles: p.title ? [{ text: p.title, lang: before.titles[0]?.lang ?? before.organisationLang }] : [],
      // A number left as extracted keeps the country its block gave it; a new one is read as typed.
      phones: p.phones.map(
        (ph) =>
          before.phones.find((old) => old.raw === ph.raw && old.kind === ph.kind) ?? {
            raw: ph.raw,
            kind: ph.kind,
            origin: 'phone',
          },
      ),
      emails: p.emails.map((address) => ({ address, kind: null, origin: 'email' })),
      problems: [],
    };
    const candidates = preview.candidates.map((c, i) => (i === index ? edited : c));
    const plan = await planRows(ctx.db, candidates, {
      defaultCountry: preview.defaultCountry ?? null,
      lang: preview.lang,
    });
    const next: Preview = { ...preview, ...plan, candidates };
    job.preview = next;
    return summary(job.id, next);
  },

  progress: (ctx: ServiceContext, input: Of<typeof importIdInput>): Of<typeof importProgressOutput> => {
    const job = importJobs(ctx.db).get(input.importId);
    return { phase: job.phase, done: job.done, total: job.total };
  },

  cancel: (ctx: ServiceContext, input: Of<typeof importIdInput>): Of<typeof importCancelOutput> => ({
    cancelled: importJobs(ctx.db).cancel(input.importId),
  }),

  /**
   * Writes the previewed import, all or nothing. On a database file the write runs on a connection of its own and
   * pauses between chunks, so `import:progress` counts it and `import:cancel` rolls it back; an in-memory database
   * (tests) has only the one connection, so it is written in one synchronous transaction.
   */
  apply: async (ctx: ServiceContext, input: Of<typeof importApplyInput>): Promise<Of<typeof importApplyOutput>> => {
    const jobs = importJobs(ctx.db);
    const job = jobs.get(input.importId);
    if (job.controller) throw new AppError('Conflict', 'Wait for the preview to finish before importing');
    const preview = job.preview;
    if (!preview) throw new AppError('Validation', 'Preview the file before importing it');
    const controller = new AbortController();
    const options: ApplyOptions = {
      onDuplicate: input.onDuplicate,
      decisions: new Map<number, DuplicateAction>(input.decisions.map((d) => [d.row, d.action])),
      skipInvalid: input.skipInvalid,
      lawfulBasis: input.lawfulBasis,
      ...(input.source ? { source: input.source } : {}),
      rememberMapping: input.rememberMapping,
      signal: controller.signal,
      onProgress: (p) => {
        job.done = p.done;
        job.total = p.total;
      },
    };
    job.controller = controller;
    job.phase = 'writing';
    job.done = 0;
    job.total = 0;
    try {
      let result;
      if (ctx.dbPath === ':memory:') {
        result = applyPreview(ctx.db, preview, options);
      } else {
        const connection = openImportConnection(ctx.dbPath);
        try {
          result = await applyPreviewInBackground(connection.db, preview, { ...options, pause: yieldToEventLoop });
        } finally {
          connection.close();
        }
      }
      jobs.delete(job.id);
      job.phase = 'done';
      return { ...result, rejected: result.rejected.slice(0, LIST_CAP), rejectedTotal: result.rejected.length };
    } catch (error) {
      job.phase = 'ready';
      if (controller.signal.aborted) throw controller.signal.reason;
      throw error;
    } finally {
      job.controller = null;
    }
  },
};
