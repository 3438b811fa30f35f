import { createHash } from 'node:crypto';
import type { DatabaseProblem } from '../../db/errors';
import { APP_ORIGIN } from './app-origin';
import type { ShellLanguage, ShellStrings } from './shell-strings';

export type ErrorAction = 'restore' | 'choose' | 'retry' | 'quit';

/** What the user can do about each problem; restoring is offered only where the file itself is the problem. */
export function actionsFor(problem: DatabaseProblem): readonly ErrorAction[] {
  switch (problem) {
    case 'not-sqlite':
    case 'truncated':
    case 'corrupt':
      return ['restore', 'choose', 'quit'];
    case 'locked':
      return ['retry', 'choose', 'quit'];
    case 'missing':
    case 'newer':
    case 'read-only':
    case 'network-filesystem':
    case 'migration-failed':
      return ['choose', 'quit'];
  }
}

// The page has no script and no preload: its buttons are links that main intercepts on `will-navigate`.
const ACTION_PREFIX = `${APP_ORIGIN}/__database-error/`;
const actionUrl = (action: ErrorAction) => `${ACTION_PREFIX}${action}`;

export function errorActionFromUrl(url: string): ErrorAction | undefined {
  if (!url.startsWith(ACTION_PREFIX)) return undefined;
  const action = url.slice(ACTION_PREFIX.length);
  return (['restore', 'choose', 'retry', 'quit'] as const).find((a) => a === action);
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const style = `
:root { color-scheme: light dark; font: 15px/1.5 system-ui, sans-serif; }
body { margin: 0; padding: 32px 40px; background: Canvas; color: CanvasText; }
h1 { font-size: 20px; margin: 0 0 12px; }
p { margin: 0 0 12px; }
.file { font: 13px/1.4 ui-monospace, monospace; padding: 8px 10px; border: 1px solid GrayText; border-radius: 6px;
  overflow-wrap: anywhere; }
.note { color: GrayText; font-size: 13px; }
nav { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 24px; }
nav a { padding: 8px 14px; border: 1px solid GrayText; border-radius: 6px; color: inherit; text-decoration: none; }
nav a:first-child { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
nav a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
`;
// Only this exact stylesheet may apply: no script, no other style, nothing loaded from anywhere.
const styleHash = createHash('sha256').update(style).digest('base64');
const policy = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;

export interface ErrorPageInput {
  readonly problem: DatabaseProblem;
  readonly path: string;
  readonly language: ShellLanguage;
  readonly strings: ShellStrings['error'];
}

/** A self-contained page (loaded as a data: URL) saying what went wrong with which file, and what to do next. */
export function renderErrorPage({ problem, path, language, strings }: ErrorPageInput): string {
  const labels: Record<ErrorAction, string> = {
    restore: strings.restore,
    choose: strings.choose,
    retry: strings.retry,
    quit: strings.quit,
  };
  const links = actionsFor(problem)
    .map((action) => `<a href="${actionUrl(action)}">${escapeHtml(labels[action])}</a>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <title>${escapeHtml(strings.windowTitle)}</title>
    <style>${style}</style>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(strings.heading[problem])}</h1>
      <p>${escapeHtml(strings.advice[problem])}</p>
      <p>${escapeHtml(strings.fileLabel)}</p>
      <p class="file">${escapeHtml(path)}</p>
      <p class="note">${escapeHtml(strings.untouched)}</p>
      <nav>
      ${links}
      </nav>
    </main>
  </body>
</html>
`;
}

export const htmlDataUrl = (html: string) => `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
