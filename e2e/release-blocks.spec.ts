import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Api } from '../electron/ipc/registry';
import { loadIom2018Contacts } from '../electron/testing/iom-2018-fixture';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { seriousViolations } from './pages/axe-check';

const here = path.dirname(fileURLToPath(import.meta.url));
const sample = fs.readFileSync(path.resolve(here, '../../shared/samples/iom-release-fr-2018.block-fr.txt'), 'utf8');
const shots = process.env.PRESSDESK_SHOTS;

/** The browser-mode API from inside the page, shaped as the registry's, so the unit tests' fixture runs unchanged. */
const pageApi = (page: Page): Api => ({
  call: (channel, input) =>
    page.evaluate(
      async ({ channel, input }) =>
        (await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        }).then((r) => r.json())) as never,
      { channel, input },
    ),
});

async function shot(page: Page, name: string) {
  if (!shots) return;
  // The window scrolls inside its main area; a tall viewport shows the whole editor in one picture.
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The preview's exact text: toHaveText would fold the no-break spaces and newlines this test is about. */
const previewText = (page: Page) => page.getByTestId('block-preview').textContent();

test('the IOM 2018 block is built by typing names and moving a row with the keyboard, byte for byte', async ({
  app,
  page,
}) => {
  await loadIom2018Contacts(pageApi(page));
  const release = await callApi(page, 'releases:create', {
    language: 'fr',
    title: 'Relocalisation : l’UE doit tenir ses engagements',
    body: { json: null, html: '<p>Bruxelles – Les organisations appellent les États membres…</p>' },
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
    tags: ['resettlement'],
  });
  await app.openRoute(`#/releases/${release.id}`);

  const check = page.getByRole('region', { name: 'Release check' });
  const missingBlock = check.locator('[data-check-code="no_contact_block"]');
  await expect(missingBlock).toContainText('The release has no contact block.');

  // The suggestions explain themselves before anyone is added.
  const suggestions = page.getByRole('region', { name: 'Suggested for this release' });
  const joSuggestion = suggestions.locator('li').filter({ hasText: 'Jo De Backer' });
  await expect(joSuggestion.getByRole('list', { name: 'Why suggested' })).toContainText('speaks French');
  await expect(joSuggestion.getByRole('list', { name: 'Why suggested' })).toContainText('Brussels office');
  await shot(page, 'blocks-1-empty');

  // Typed in the wrong order on purpose: David Watt first.
  const search = page.getByRole('combobox', { name: 'Add a person' });
  const blocks = page.getByRole('region', { name: 'Contact block' });
  const rows = blocks.locator('.block-row');
  for (const [typed, name] of [
    ['Watt', 'David Watt'],
    ['De Backer', 'Jo De Backer'],
    ['Hueck', 'Petra Hueck'],
  ] as const) {
    await search.focus();
    await page.keyboard.type(typed);
    await expect(page.getByRole('option', { name: new RegExp(name) })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(rows.filter({ hasText: name })).toHaveCount(1);
  }
  await expect(rows).toHaveText([/David Watt/, /Jo De Backer/, /Petra Hueck/]);

  // David Watt goes to the end with Alt+Down, twice, from his move handle; the live region says where he went.
  await blocks.getByRole('button', { name: 'Move David Watt', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(blocks.getByRole('status').last()).toHaveText('David Watt moved to position 2 of 3');
  await expect(blocks.getByRole('button', { name: 'Move David Watt', exact: true })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(blocks.getByRole('status').last()).toHaveText('David Watt moved to position 3 of 3');
  await expect(rows).toHaveText([/Jo De Backer/, /Petra Hueck/, /David Watt/]);

  await expect.poll(() => previewText(page)).toBe(sample);
  await expect(page.getByTestId('block-preview')).toHaveAttribute('dir', 'ltr');
  await expect(missingBlock).toHaveCount(0);
  await shot(page, 'blocks-2-sample');
  // What was saved renders the same, through the same renderer.
  expect((await callApi(page, 'releases:get-blocks', { id: release.id })).preview.text).toBe(sample);

  // One phone off: the preview follows, the check stays clean of the missing block.
  await blocks
    .getByRole('group', { name: 'Phone numbers shown for Petra Hueck' })
    .getByLabel(/\+32 486/)
    .uncheck();
  await expect
    .poll(() => previewText(page))
    .toBe(sample.replace('Tel\u00a0: +32 2 227 97 29, +32 486 51 12 12', 'Tel\u00a0: +32 2 227 97 29'));
  const saved = await callApi(page, 'releases:get-blocks', { id: release.id });
  expect(saved.blocks[0]!.rows.map((r) => r.phoneIds?.length ?? 'all')).toEqual(['all', 1, 'all']);

  // Dragged back to the top with the mouse, it is saved in that order.
  await rows.filter({ hasText: 'David Watt' }).dragTo(rows.filter({ hasText: 'Jo De Backer' }));
  await expect(rows).toHaveText([/David Watt/, /Jo De Backer/, /Petra Hueck/]);
  await expect
    .poll(async () =>
      (await callApi(page, 'releases:get-blocks', { id: release.id })).blocks[0]!.rows.map(
        (r) => r.contact.displayName,
      ),
    )
    .toEqual(['David Watt', 'Jo De Backer', 'Petra Hueck']);

  expect(await seriousViolations(page, 'release contact blocks')).toEqual([]);
});

test('the check lists a do-not-contact person with a way to them, and clears once they are removed', async ({
  app,
  page,
}) => {
  const { contactIds } = await loadIom2018Contacts(pageApi(page));
  const [jo, petra] = contactIds as [number, number, number];
  const release = await callApi(page, 'releases:create', {
    language: 'fr',
    title: 'T',
    body: { json: null, html: '<p>Texte.</p>' },
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
  });
  await callApi(page, 'releases:set-blocks', {
    id: release.id,
    blocks: [{ rows: [{ contactId: jo }, { contactId: petra }] }],
  });
  await callApi(page, 'contacts:update', { id: petra, patch: { doNotContact: true, doNotContactReason: 'Left ICMC' } });
  await app.openRoute(`#/releases/${release.id}`);

  const check = page.getByRole('region', { name: 'Release check' });
  const finding = check.locator('[data-check-code="contact_do_not_contact"]');
  await expect(finding).toContainText('Petra Hueck is marked do-not-contact.');
  await expect(check.getByRole('status')).toContainText('1 problem blocks approval');
  // Never suggested, even by name.
  await page.getByRole('combobox', { name: 'Add a person' }).fill('Hueck');
  await expect(page.getByText('No one to add matches “Hueck”.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Add a person' }).fill('');
  await shot(page, 'check-1-dnc');

  await finding.getByRole('button', { name: /Go to the fix/ }).click();
  await expect(page.getByRole('button', { name: 'Move Petra Hueck', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Remove Petra Hueck from the block' }).click();
  await expect(finding).toHaveCount(0);
  await expect(check.getByRole('status')).toHaveText('Nothing stands in the way of approval.');
  await shot(page, 'check-2-clean');

  // A second block under its own sub-heading, with the person added to it by name.
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByLabel('Sub-heading of block 2 (optional)').fill('In Geneva:');
  await expect(page.getByLabel('Add to')).toHaveValue('1');
  await page.getByRole('combobox', { name: 'Add a person' }).fill('Watt');
  await page.getByRole('option', { name: /David Watt/ }).click();
  await expect
    .poll(() => previewText(page))
    .toMatch(
      /\nIn Geneva:\nDavid Watt, Bureau du HCR pour l’Europe, Bruxelles, Tel\u00a0: \+32 2 627 59 58, Email\u00a0: wattd@unhcr\.org\n$/,
    );
  const saved = await callApi(page, 'releases:get-blocks', { id: release.id });
  expect(saved.blocks.map((b) => [b.subheading, b.rows.map((r) => r.contact.displayName)])).toEqual([
    [null, ['Jo De Backer']],
    ['In Geneva:', ['David Watt']],
  ]);
  await shot(page, 'blocks-4-two-blocks');
});

test('an Arabic release previews right to left, and Settings edits the French template with a live sample', async ({
  app,
  page,
}) => {
  const { contactIds } = await loadIom2018Contacts(pageApi(page));
  const release = await callApi(page, 'releases:create', { language: 'ar', title: 'بيان' });
  await callApi(page, 'releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: contactIds[0]! }] }] });
  await app.openRoute(`#/releases/${release.id}`);
  const preview = page.getByTestId('block-preview');
  await expect(preview).toHaveAttribute('dir', 'rtl');
  await expect(preview).toContainText('لمزيد من المعلومات، يرجى التواصل مع:');
  // The record has no Arabic office name: the preview says which language it fell back to.
  await expect(page.getByRole('list', { name: 'Shown in another language' })).toContainText(
    'Jo De Backer: no office name in Arabic',
  );
  await shot(page, 'blocks-3-arabic');

  await app.openRoute('#/settings');
  const section = page.getByRole('region', { name: 'Contact block templates' });
  await section.getByLabel('Language').selectOption('fr');
  await expect(section.getByRole('status')).toHaveText('Uses PressDesk’s default for French.');
  await section.getByLabel('Label each phone by its kind').check();
  await section.getByLabel('Label for Mobile').fill('Portable');
  await expect(section.getByTestId('template-sample')).toContainText(
    'Tél.\u00a0: +32 2 287 71 15, Portable\u00a0: +32 470 13 10 28',
  );
  await section.getByRole('button', { name: 'Save template' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved for all organisations in French.');
  await shot(page, 'settings-templates');
  const settings = await callApi(page, 'releases:get-settings', {});
  expect(settings.blockTemplates).toMatchObject([{ organisationId: null, language: 'fr', labelPhonesByKind: true }]);
  expect(await seriousViolations(page, 'settings')).toEqual([]);
});
