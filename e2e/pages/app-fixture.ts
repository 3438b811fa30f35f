import { expect, test as serverTest } from '../support/fixtures';
import { AppShell } from './app-shell';
import { PageWatch } from './page-watch';

/**
 * `app`: the PressDesk window, loaded from a fresh `pressdesk serve`, with a watch that fails the test on any CSP
 * violation or uncaught error seen while it ran.
 */
export const test = serverTest.extend<{ app: AppShell }>({
  app: async ({ page, server }, use) => {
    const watch = await PageWatch.start(page);
    const app = new AppShell(page);
    await app.open(server.url);
    await use(app);
    expect(watch.problems, 'CSP violations or uncaught errors in the window').toEqual([]);
  },
});

export { expect };
