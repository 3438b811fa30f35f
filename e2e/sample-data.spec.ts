import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './pages/app-fixture';
import { callApi } from './pages/api';
import { seriousViolations } from './pages/axe-check';

const shotsDir = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');

test('“Load sample data” on an empty database: cancel keeps it empty, then 1,000 contacts load', async ({
  app,
  page,
  server,
}) => {
  await app.openRoute('#/settings');
  const section = page.getByRole('region', { name: 'Sample data' });
  await section.getByLabel('Size').selectOption({ label: '10,000 contacts' });
  await section.getByRole('button', { name: 'Load sample data' }).click();
  await expect(section.getByRole('status')).toContainText('Writing contacts', { timeout: 60_000 });
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.toast('cancelled; nothing was added')).toBeVisible();
  const count = (table: string) => {
    const db = new Database(server.dbPath, { readonly: true });
    try {
      return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    } finally {
      db.close();
    }
  };
  expect(count('contacts')).toBe(0);
  expect(count('offices')).toBe(0);

  await section.getByLabel('Size').selectOption({ label: '1,000 contacts' });
  await section.getByRole('button', { name: 'Load sample data' }).click();
  await expect(app.toast(/Sample data loaded: 1,000 contacts in [\d,]+ offices/)).toBeVisible({ timeout: 60_000 });
  expect(count('contacts')).toBe(1000);
  await expect(section).toContainText('already holds data');

  const refused = await page.evaluate(async () => {
    const res = await fetch('/api/sample-data:load', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ runId: 'again', contacts: 1000 }),
    });
    return (await res.json()) as { ok: boolean; error?: { kind: string } };
  });
  expect(refused).toMatchObject({ ok: false, error: { kind: 'Conflict' } });

  await app.goTo('Contacts');
  await expect(page.getByText('1,000 contacts').first()).toBeVisible();
});

test('the office tree shows the hierarchy with local times and opens an office from the keyboard', async ({
  app,
  page,
}) => {
  await callApi(page, 'sample-data:load', { runId: 'tree', contacts: 1000 });
  await app.openRoute('#/offices');
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Tree' }).click();
  const tree = page.getByRole('tree', { name: 'Offices by hierarchy' });
  const first = tree.getByRole('treeitem').first();
  await expect(first).toHaveAttribute('aria-level', '1');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(first).toContainText('Headquarters');
  // Each office shows its local time (HH:MM) in its own time zone.
  await expect(first.locator('time').first()).toHaveText(/^\d{1,2}:\d{2}/);

  // Down from the first root reaches its first child.
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(tree.locator('[role="treeitem"]:focus')).toHaveAttribute('aria-level', '2');

  // A collapsed regional office: Right expands it, Right again enters it, Left goes back up, Left collapses it.
  const branch = tree.locator('[role="treeitem"][aria-level="2"][aria-expanded="false"]').first();
  const branchName = (await branch.locator('.office-tree__name').first().textContent()) ?? '';
  const second = tree.getByRole('treeitem', {
    name: new RegExp(`^${branchName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  });
  await second.focus();
  await page.keyboard.press('ArrowRight');
  await expect(second).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tree.locator('[role="treeitem"]:focus')).toHaveAttribute('aria-level', '3');
  await page.keyboard.press('ArrowLeft');
  await expect(second).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(second).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/offices\/\d+$/);
  const officeId = Number(/(\d+)$/.exec(page.url())?.[1]);
  const office = await callApi(page, 'offices:get', { id: officeId });
  await expect(page.getByRole('complementary').getByRole('form')).toBeVisible();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  expect(office.parentId).not.toBeNull();

  expect(await seriousViolations(page, 'Office tree')).toEqual([]);
  await page.screenshot({ path: path.join(shotsDir, 'office-tree.png'), animations: 'disabled', caret: 'hide' });
});
