import readline from 'node:readline/promises';
import { InterruptedError } from './errors';

/** Where a command talks to the user: results on stdout, everything else (progress, notes, errors) on stderr. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Someone is at the keyboard: stdin and stderr are terminals. */
  readonly interactive: boolean;
  readonly stderrIsTTY: boolean;
  readonly stderrColumns: number;
  /** Asks a yes/no question on stderr; only "y" or "yes" is a yes. */
  confirm(question: string, signal: AbortSignal): Promise<boolean>;
}

export function processTerminal(): Terminal {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns ?? 80,
    async confirm(question, signal) {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
      // The terminal is in raw mode while asking, so Ctrl+C arrives here and not as a signal.
      const interrupted = new Promise<never>((_resolve, reject) =>
        rl.once('SIGINT', () => reject(new InterruptedError('SIGINT'))),
      );
      try {
        const answer = await Promise.race([rl.question(question, { signal }), interrupted]);
        return /^\s*y(es)?\s*$/i.test(answer);
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw error;
      } finally {
        rl.close();
      }
    },
  };
}

export const printJson = (terminal: Terminal, value: unknown) => terminal.out(`${JSON.stringify(value, null, 2)}\n`);

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

/** A bar on stderr, drawn only when stderr is a terminal (never into a log file or a pipe). */
export function progressBar(terminal: Terminal, label: string): ProgressBar {
  if (!terminal.stderrIsTTY) return { update() {}, finish() {} };
  const width = Math.max(10, Math.min(40, terminal.stderrColumns - label.length - 10));
  let drawn = -1;
  return {
    update(done, total) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(fraction * 100);
      if (percent === drawn) return;
      drawn = percent;
      const filled = Math.round(fraction * width);
      terminal.err(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}%`);
    },
    finish() {
      if (drawn >= 0) terminal.err('\r\x1b[K');
    },
  };
}
