import { spawn } from 'node:child_process';

const launcher = (url: string): [string, string[]] => {
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
};

/**
 * Opens `url` in the default browser and does not wait for it. A failure (no desktop, no xdg-open) is reported
 * through `onFailure` and is not an error: the address is printed anyway.
 */
export function openBrowser(url: string, onFailure: (why: string) => void) {
  const [command, args] = launcher(url);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', (error) => onFailure(`${command} failed: ${error.message}`));
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) onFailure(`${command} exited with code ${code}`);
    });
    child.unref();
  } catch (error) {
    onFailure(`${command} failed: ${(error as Error).message}`);
  }
}
