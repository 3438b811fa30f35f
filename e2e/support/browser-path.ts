import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the e2e tests drive: `CHROMIUM_PATH`, else a browser Playwright installed itself, else Debian's.
 * Playwright cannot download browsers on every machine, so the tests never try to.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => chromium.executablePath()), '/usr/bin/chromium'];
  const found = candidates.find((p): p is string => typeof p === 'string' && p !== '' && fs.existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium for the e2e tests: install one (`apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

function safe(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
