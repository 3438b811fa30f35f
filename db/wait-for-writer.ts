import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseOpenError } from './errors';
import { acquireWriterLock } from './lock';

/**
 * For a command run with `--wait`: returns once no other PressDesk holds `dbPath` for writing (or the one that did has
 * died), polling every `intervalMs`; `onWaiting` is told once who it is waiting for. Ctrl+C (the signal) stops it.
 * The caller then takes the lock itself; if another writer got in between, it is refused as without `--wait`.
 */
export async function waitForWriter(
  dbPath: string,
  {
    signal,
    onWaiting,
    intervalMs = 250,
  }: { signal?: AbortSignal; onWaiting?: (holder: string) => void; intervalMs?: number } = {},
): Promise<void> {
  let told = false;
  for (;;) {
    signal?.throwIfAborted();
    try {
      acquireWriterLock(dbPath, 'a command waiting for its turn').release();
      return;
    } catch (error) {
      if (!(error instanceof DatabaseOpenError) || error.problem !== 'locked') throw error;
      if (!told) onWaiting?.(error.message);
      told = true;
    }
    // Interrupted: the caller's reason (the CLI's InterruptedError, exit 130), not a bare AbortError.
    await sleep(intervalMs, undefined, { signal }).catch(() => signal?.throwIfAborted());
  }
}
