import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DatabaseProblem } from '../../db/errors';
import { actionsFor, errorActionFromUrl, htmlDataUrl, renderErrorPage } from './error-page';
import { shellStrings } from './shell-strings';

const problems: DatabaseProblem[] = [
  'missing',
  'not-sqlite',
  'truncated',
  'corrupt',
  'newer',
  'locked',
  'read-only',
  'network-filesystem',
  'migration-failed',
];

const page = (
  problem: DatabaseProblem,
  path = '/home/ana/.config/PressDesk/pressdesk.db',
  language: 'en' | 'fr' = 'en',
) => renderErrorPage({ problem, path, language, strings: shellStrings[language].error });

const links = (html: string) => [...html.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1] ?? '');

describe('database error page', () => {
  it.each(problems)('explains %s with the path and what to do, in both languages', (problem) => {
    for (const language of ['en', 'fr'] as const) {
      const html = page(problem, '/data/press.db', language);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain(`<h1>${shellStrings[language].error.heading[problem]}</h1>`);
      expect(html).toContain('/data/press.db');
      expect(links(html).map(errorActionFromUrl)).toEqual(actionsFor(problem));
    }
  });

  it('offers a restore only when the file itself is damaged, and a retry only when it is in use', () => {
    expect(actionsFor('corrupt')).toEqual(['restore', 'choose', 'quit']);
    expect(actionsFor('truncated')).toContain('restore');
    expect(actionsFor('locked')).toEqual(['retry', 'choose', 'quit']);
    expect(actionsFor('newer')).not.toContain('restore');
    for (const problem of problems) expect(actionsFor(problem).at(-1)).toBe('quit');
  });

  it('shows a hostile file name as text, never as markup', () => {
    const html = page('corrupt', `/tmp/<img src=x onerror=alert(1)>"'&.db`);
    expect(html).toContain('/tmp/&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;.db');
    expect(html).not.toContain('<img');
  });

  it('carries a CSP that allows its one stylesheet and no script at all', () => {
    const html = page('corrupt');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/^default-src 'none';/);
    expect(policy).not.toMatch(/script-src|unsafe/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });

  it('reads back only its own action links', () => {
    expect(errorActionFromUrl('app://pressdesk/__database-error/restore')).toBe('restore');
    expect(errorActionFromUrl('app://pressdesk/__database-error/rm-rf')).toBeUndefined();
    expect(errorActionFromUrl('app://pressdesk.evil/__database-error/quit')).toBeUndefined();
    expect(errorActionFromUrl('https://evil.example/app://pressdesk/__database-error/quit')).toBeUndefined();
  });

  it('loads as a data: URL that decodes to the page', () => {
    const html = page('locked');
    const url = htmlDataUrl(html);
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length))).toBe(html);
  });
});
