import type { Db } from '../../../db/client';
import { AppError } from '../../ipc/contract/errors';
import { ImportError } from './errors';
import { MAX_FILE_BYTES, type Preview } from './preview';
import type { Progress } from './types';

export type ImportPhase = 'uploading' | Progress['phase'] | 'ready' | 'done' | 'failed' | 'cancelled';

/** One import in progress: the uploaded bytes, the running preview's controller, then the preview to apply. */
export interface ImportJob {
  readonly id: string;
  chunks: Buffer[];
  bytes: number;
  controller: AbortController | null;
  preview: Preview | null;
  phase: ImportPhase;
  done: number;
  total: number;
  touched: number;
}

/** Previews are held in memory between preview and apply; idle ones are dropped so they cannot pile up. */
const IDLE_MS = 60 * 60 * 1000;
const MAX_JOBS = 4;

/**
 * The imports of one database, held server-side under an id the client chooses (so it can poll progress and cancel
 * while the preview call is still running). Kept per database handle, not in a global, so two windows or test
 * databases never see each other's previews.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  private sweep(now: number) {
    for (const [id, job] of this.jobs) {
      if (now - job.touched > IDLE_MS && job.controller === null) this.jobs.delete(id);
    }
  }

  get(id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job) {
      throw new AppError(
        'NotFound',
        'This import is no longer open (applied, cancelled or expired): open the file again',
      );
    }
    job.touched = Date.now();
    return job;
  }

  /** The job with this id, created if new; a job whose preview is running cannot be restarted. */
  open(id: string): ImportJob {
    const now = Date.now();
    this.sweep(now);
    const existing = this.jobs.get(id);
    if (existing) {
      if (existing.controller) throw new AppError('Conflict', 'This import is already being previewed');
      existing.touched = now;
      return existing;
    }
    if (this.jobs.size >= MAX_JOBS) {
      const idle = [...this.jobs.values()]
        .filter((j) => j.controller === null)
        .sort((a, b) => a.touched - b.touched)[0];
      if (!idle) throw new AppError('Conflict', 'Too many imports are running at once: wait for one to finish');
      this.jobs.delete(idle.id);
    }
    const job: ImportJob = {
      id,
      chunks: [],
      bytes: 0,
      controller: null,
      preview: null,
      phase: 'uploading',
      done: 0,
      total: 0,
      touched: now,
    };
    this.jobs.set(id, job);
    return job;
  }

  append(id: string, offset: number, chunk: Buffer): ImportJob {
    const job = this.open(id);
    if (offset !== job.bytes) {
      throw new AppError(
        'Conflict',
        `The upload expected the piece at byte ${job.bytes}, not ${offset}: send the pieces in order`,
      );
    }
    if (job.bytes + chunk.length > MAX_FILE_BYTES) {
      this.jobs.delete(id);
      throw new ImportError('too-large', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    }
    job.chunks.push(chunk);
    job.bytes += chunk.length;
    job.preview = null;
    job.phase = 'uploading';
    job.done = job.bytes;
    return job;
  }

  /**
   * Aborts a running preview and forgets the import; a running write is rolled back but its preview kept, so the
   * user can apply it again.
   */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    if (job.phase === 'writing') {
      job.controller?.abort(new ImportCancelled());
      return job.controller !== null;
    }
    job.controller?.abort(new ImportCancelled());
    job.phase = 'cancelled';
    this.jobs.delete(id);
    return true;
  }

  delete(id: string) {
    this.jobs.delete(id);
  }
}

/** The reason a cancelled preview stops with. */
class ImportCancelled extends AppError {
  constructor() {
    super('Conflict', 'The import was cancelled; nothing was written');
  }
}

const perDatabase = new WeakMap<Db, ImportJobs>();

export function importJobs(db: Db): ImportJobs {
  let jobs = perDatabase.get(db);
  if (!jobs) {
    jobs = new ImportJobs();
    perDatabase.set(db, jobs);
  }
  return jobs;
}
