import { expect, test } from './support/fixtures';
import { AppShell } from './pages/app-shell';
import { PageWatch } from './pages/page-watch';

// Every spec that uses the `app` fixture fails on a CSP violation; this one shows the watch would see one.
test('the browser-mode CSP blocks an injected inline script, and the watch reports it', async ({ page, server }) => {
  const watch = await PageWatch.start(page);
  await new AppShell(page).open(server.url);
  expect(watch.problems).toEqual([]);

  await page.evaluate(`{
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
  }`);

  await expect.poll(() => watch.problems).toContainEqual(expect.stringMatching(/CSP violation: script-src/));
  expect(await page.evaluate('window.inlineRan')).toBeUndefined();
});
