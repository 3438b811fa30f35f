// The database error page in a real Chromium (Debian's, or CHROMIUM_PATH): its CSP lets its one stylesheet apply and
// blocks any script, and a hostile file name stays text.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlDataUrl, renderErrorPage } from './error-page';
import { shellStrings } from './shell-strings';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
if (!executablePath) process.stderr.write('error-page.chromium.test.ts skipped: no Chromium (set CHROMIUM_PATH)\n');

let browser: Browser;
beforeAll(async () => {
  if (executablePath) browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
}, 30_000);
afterAll(async () => {
  if (executablePath) await browser.close();
});

describe.skipIf(!executablePath)('the database error page in Chromium', () => {
  it('is styled, runs no script, and shows a hostile path as text', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    // Page code as strings: this file is type-checked with Node's types, not the DOM's.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective))",
    );
    const path = '/tmp/<img src=x onerror="document.title=1">.db';
    await page.goto(
      htmlDataUrl(renderErrorPage({ problem: 'corrupt', path, language: 'en', strings: shellStrings.en.error })),
    );

    await expect
      .poll(() => page.evaluate("getComputedStyle(document.querySelector('nav a')).borderRadius"))
      .toBe('6px');
    expect(await page.locator('.file').textContent()).toBe(path);
    expect(await page.locator('img').count()).toBe(0);
    expect(violations).toEqual([]);

    await page.evaluate(
      "document.head.append(Object.assign(document.createElement('script'), { textContent: 'document.title = 1' }))",
    );
    await expect.poll(() => violations).toContain('script-src-elem');
    expect(await page.title()).toBe(shellStrings.en.error.windowTitle);
    await page.close();
  });
});
