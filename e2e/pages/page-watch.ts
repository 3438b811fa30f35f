import type { Page } from '@playwright/test';

const CSP_PREFIX = 'pressdesk-e2e: CSP violation';

// Runs before the app's own scripts on every load (init scripts are not subject to the page's CSP). A string, not a
// function: the e2e code is compiled without the DOM library.
const reportViolations = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('${CSP_PREFIX}: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
    ' at ' + e.sourceFile + ':' + e.lineNumber);
}, true);`;

/**
 * Collects what must never happen in the window: Content-Security-Policy violations (reported by the page's
 * `securitypolicyviolation` event or Chromium's console) and uncaught exceptions.
 */
export class PageWatch {
  readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith(CSP_PREFIX) || /Content Security Policy/i.test(text)) this.problems.push(text);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught ${error.name}: ${error.message}`));
  }

  /** Starts watching; call before the first `goto`, so the listener is in place before any script runs. */
  static async start(page: Page): Promise<PageWatch> {
    const watch = new PageWatch(page);
    await page.addInitScript({ content: reportViolations });
    return watch;
  }
}
