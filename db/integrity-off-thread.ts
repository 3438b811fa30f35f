import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { DatabaseOpenError } from './errors';
import { verifyReadOnly } from './inspect';
import { nativeBinding } from './native-binding';

/**
 * What the worker thread runs, as CommonJS text: the same code whether PressDesk runs from its bundles, in the
 * Electron main process or from its TypeScript sources under test, with no file of its own to build or find. It only
 * opens the file read-only and reads the check's rows; everything else stays typed, on this side.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  parentPort.postMessage({ rows: db.pragma(workerData.pragma, { simple: false }).map((r) => String(Object.values(r)[0])) });
} catch (error) {
  parentPort.postMessage({ failed: { code: String((error && error.code) || ''), message: String(error && error.message) } });
} finally {
  if (db) db.close();
}`;

type WorkerAnswer =
  { readonly rows: string[] } | { readonly failed: { readonly code: string; readonly message: string } };

/**
 * `integrity_check` (or `quick_check`) of a database file on a worker thread, refusing a damaged file as
 * `verifyReadOnly` does. The check reads every page: 2.6 s for 100,000 contacts, during which the main process (the
 * window's API, the browser-mode server) would otherwise answer nothing.
 */
export async function checkIntegrityOffThread(file: string, check: 'quick' | 'full'): Promise<void> {
  let answer: WorkerAnswer;
  try {
    answer = await askWorker(file, check);
  } catch {
    // The thread itself could not run (a runtime that cannot load the driver in a worker): checked here instead,
    // holding this thread as every check did before, rather than never finishing a backup.
    verifyReadOnly(file, check);
    return;
  }
  if ('failed' in answer) {
    const { code, message } = answer.failed;
    if (code === 'SQLITE_NOTADB')
      throw new DatabaseOpenError('not-sqlite', file, `${file} is not a PressDesk database`);
    if (code.startsWith('SQLITE_CORRUPT')) throw new DatabaseOpenError('corrupt', file, `${file} is damaged`);
    throw new Error(message);
  }
  const [first = 'integrity check failed'] = answer.rows;
  if (answer.rows.length !== 1 || first !== 'ok') {
    throw new DatabaseOpenError('corrupt', file, `${file} is damaged (${first})`);
  }
}

function askWorker(file: string, check: 'quick' | 'full') {
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        pragma: check === 'quick' ? 'quick_check' : 'integrity_check',
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        nativeBinding: nativeBinding(),
      },
    });
    worker.once('message', (message: WorkerAnswer) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the integrity check stopped early (exit code ${code})`)));
  });
}
