import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialog } from '@playwright/test';
import { loadIom2018Contacts } from '../electron/testing/iom-2018-fixture';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { tabTo } from './pages/keyboard';
import { docxPackage, docxText, folded, pageApi, pdfText, ReleaseBlockBuilder } from './pages/release-acceptance';
import { ReleaseEditorPage, ReleasesPage } from './pages/releases-page';

const here = path.dirname(fileURLToPath(import.meta.url));
// Issue #5's sample: the heading and the three people of the IOM release, in the order it printed them.
const [heading, joLine, petraLine, davidLine] = fs
  .readFileSync(path.resolve(here, '../../shared/samples/iom-release-fr-2018.block-fr.txt'), 'utf8')
  .split('\n') as [string, string, string, string];
const petraMobile = ', +32 486 51 12 12';
const title = 'Réinstallation : l’UE doit tenir ses engagements';
const dateline = 'Bruxelles – Jeudi 12 avril 2018';

test('issue #5 acceptance: drafted from the keyboard, a suggested contact taken, approved once the check is met, exported to DOCX and PDF', async ({
  app,
  page,
}) => {
  const { contactIds } = await loadIom2018Contacts(pageApi(page));
  // Jo works on resettlement: the tag typed below is then one more reason to suggest him.
  await callApi(page, 'contacts:update', { id: contactIds[0]!, patch: { topics: ['resettlement'] } });

  // Drafted like a press officer: Alt+N, a title, French, and straight into the body.
  const list = new ReleasesPage(app);
  await list.open();
  await list.startNewByKeyboard();
  await expect(list.newTitle).toBeFocused();
  await page.keyboard.type(title);
  await tabTo(page, list.newLanguage);
  await list.newLanguage.selectOption('fr');
  await tabTo(page, list.createButton);
  await page.keyboard.press('Enter');
  const editor = new ReleaseEditorPage(page);
  await expect(editor.body).toBeFocused();
  await page.keyboard.type('Les organisations appellent les États membres à tenir leurs promesses.');
  const id = editor.id();

  await tabTo(page, editor.datelineCity, { backwards: true });
  await page.keyboard.type('Bruxelles');
  await tabTo(page, editor.datelineDate);
  await editor.datelineDate.fill('2018-04-12');
  const tags = page.getByRole('main').getByRole('textbox', { name: 'Tags', exact: true });
  await tabTo(page, tags, { max: 60 });
  await page.keyboard.type('resettlement');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['resettlement']);
  await page.keyboard.press('Tab');
  await expect(editor.dateline).toHaveText(dateline);
  await editor.saved();
  const drafted = await callApi(page, 'releases:get', { id });
  expect(drafted).toMatchObject({
    title,
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
    tags: ['resettlement'],
  });
  expect(drafted.body.text).toContain('Les organisations appellent');

  // Approval is refused while the release has no contact block, and the check says why.
  const builder = new ReleaseBlockBuilder(page);
  await expect(builder.finding('no_contact_block')).toContainText('The release has no contact block.');
  await expect(builder.check.getByRole('status')).toHaveText('1 problem blocks approval.');
  await editor.statusButton('Approve').click();
  await expect(app.toast('The release check blocks this step')).toBeVisible();
  expect((await callApi(page, 'releases:get', { id })).status).toBe('draft');

  // Jo is suggested, and the card says why; he is taken from there with the keyboard.
  const jo = builder.suggestion('Jo De Backer');
  const why = jo.getByRole('list', { name: 'Why suggested' });
  await expect(why).toContainText('speaks French');
  await expect(why).toContainText('Brussels office');
  await expect(why).toContainText('resettlement');
  await expect(why).toBeVisible();
  await jo.getByRole('button', { name: /^Add Jo De Backer \(.*speaks French/ }).focus();
  await page.keyboard.press('Enter');
  await expect(builder.rows).toHaveText([/Jo De Backer/]);
  await expect(builder.suggestion('Jo De Backer')).toHaveCount(0);
  await expect(builder.finding('no_contact_block')).toHaveCount(0);
  await expect.poll(() => builder.previewText()).toBe(`${heading}\n${joLine}\n`);

  await builder.addByName('Hueck', 'Petra Hueck');
  await builder.addByName('Watt', 'David Watt');
  await expect(builder.rows).toHaveText([/Jo De Backer/, /Petra Hueck/, /David Watt/]);
  await expect.poll(() => builder.previewText()).toBe(`${heading}\n${joLine}\n${petraLine}\n${davidLine}\n`);

  // David moves above Petra with Alt+Up; the preview follows.
  await builder.blocks.getByRole('button', { name: 'Move David Watt', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(builder.rows).toHaveText([/Jo De Backer/, /David Watt/, /Petra Hueck/]);
  await expect.poll(() => builder.previewText()).toBe(`${heading}\n${joLine}\n${davidLine}\n${petraLine}\n`);

  // Petra's mobile switched off (Space on its box): it leaves her line.
  const petraPhones = builder.blocks.getByRole('group', { name: 'Phone numbers shown for Petra Hueck' });
  await petraPhones.getByRole('checkbox', { name: /\+32 486 51 12 12/ }).focus();
  await page.keyboard.press('Space');
  await expect(petraPhones.getByRole('checkbox', { name: /\+32 486 51 12 12/ })).not.toBeChecked();
  const petraShown = petraLine.replace(petraMobile, '');
  expect(petraShown).not.toBe(petraLine);
  const block = `${heading}\n${joLine}\n${davidLine}\n${petraShown}\n`;
  await expect.poll(() => builder.previewText()).toBe(block);
  await expect
    .poll(async () => (await callApi(page, 'releases:get-blocks', { id })).preview.text, { message: 'saved block' })
    .toBe(block);

  // Nothing stands in the way now: approved.
  await expect(builder.check.getByRole('status')).toHaveText('Nothing stands in the way of approval.');
  await editor.statusButton('Approve').click();
  await expect(app.toast('Status: Approved.')).toBeVisible();
  expect((await callApi(page, 'releases:get', { id })).status).toBe('approved');

  // Exported through the buttons, read back by tools that did not write them.
  const readers = {
    DOCX: docxText(await builder.exportFile('DOCX')),
    PDF: pdfText(await builder.exportFile('PDF')),
  };
  for (const [format, raw] of Object.entries(readers)) {
    const text = folded(raw);
    expect(text, `${format}: title`).toContain(folded(title));
    expect(text, `${format}: dateline`).toContain(dateline);
    expect(text, `${format}: body`).toContain('Les organisations appellent les États membres');
    expect(text, `${format}: block heading`).toContain(folded(heading));
    // The people in the block's order, each with the numbers and address the block shows, and nothing switched off.
    const lines = [joLine, davidLine, petraShown].map(folded);
    const at = lines.map((line) => text.indexOf(line));
    expect(
      at.every((i) => i >= 0),
      `${format}: block lines ${JSON.stringify(lines)} in ${text}`,
    ).toBe(true);
    expect(at, `${format}: order Jo, David, Petra`).toEqual([...at].sort((a, b) => a - b));
    for (const shown of ['+32 2 287 71 15', '+32 470 13 10 28', '+32 2 627 59 58', '+32 2 227 97 29']) {
      expect(text, `${format}: ${shown}`).toContain(shown);
    }
    for (const email of ['jdebacker@iom.int', 'wattd@unhcr.org', 'hueck@icmc.net']) {
      expect(text, `${format}: ${email}`).toContain(email);
    }
    expect(text, `${format}: the phone switched off`).not.toContain('486 51 12 12');
  }
});

test('a body with a script, an onerror image and a javascript: link is stored, shown and exported without them', async ({
  app,
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const hostile =
    '<p>Avant.<script>alert(1)</script></p>' +
    '<p><img src=x onerror=alert(1)>Image.</p>' +
    '<p><a href="javascript:alert(1)">Lien piégé</a> et <a href="https://www.iom.int/">lien sûr</a>.</p>' +
    '<p>Après.</p>';
  const { id } = await callApi(page, 'releases:create', {
    language: 'fr',
    title: 'Texte piégé',
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
  });
  // The editor would never produce this body: it comes in through the API, as a script on the machine could send it.
  // The editor opens the document (TipTap JSON) when there is one: the same traps in it, as the same words.
  const text = (words: string, marks?: unknown[]) => ({ type: 'text', text: words, ...(marks ? { marks } : {}) });
  const link = (href: string) => [{ type: 'link', attrs: { href } }];
  const hostileDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [text('Avant.')] },
      { type: 'script', content: [text('alert(1)')] },
      { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
      { type: 'paragraph', attrs: { onerror: 'alert(1)' }, content: [text('Image.')] },
      {
        type: 'paragraph',
        content: [
          text('Lien piégé', link('javascript:alert(1)')),
          text(' et '),
          text('lien sûr', link('https://www.iom.int/')),
          text('.'),
        ],
      },
      { type: 'paragraph', content: [text('Après.')] },
    ],
  };
  await callApi(page, 'releases:update', { id, patch: { body: { json: hostileDoc, html: hostile } } });

  const forbidden = ['<script', 'onerror', 'javascript:'];
  const clean = (where: string, text: string) => {
    for (const bad of forbidden) expect(text.toLowerCase(), `${where} holds ${bad}`).not.toContain(bad);
  };
  const stored = await callApi(page, 'releases:get', { id });
  clean('stored html', stored.body.html);
  clean('stored json', JSON.stringify(stored.body.json));
  clean('stored text', stored.body.text);
  expect(stored.body.html).not.toContain('alert(1)');
  const storedDoc = JSON.stringify(stored.body.json);
  expect(storedDoc).not.toContain('alert(1)');
  // The document was kept (cleaned, not dropped): the editor below shows it, not the HTML.
  for (const words of ['Avant.', 'Image.', 'Lien piégé', 'https://www.iom.int/', 'Après.']) {
    expect(storedDoc).toContain(words);
  }
  // What is not dangerous stays: the words, the link text, the https link.
  for (const words of ['Avant.', 'Image.', 'Lien piégé', 'lien sûr', 'Après.']) {
    expect(stored.body.text).toContain(words);
  }
  expect(stored.body.html).toContain('href="https://www.iom.int/"');

  await app.openRoute(`#/releases/${id}`);
  const editor = new ReleaseEditorPage(page);
  await expect(editor.body).toContainText('Après.');
  await expect(editor.body).toContainText('Lien piégé');
  await expect(editor.body.locator('script, img, [onerror], a[href^="javascript" i]')).toHaveCount(0);
  await expect(editor.body.locator('a[href="https://www.iom.int/"]')).toHaveCount(1);

  const builder = new ReleaseBlockBuilder(page);
  const exported = {
    HTML: fs.readFileSync(await builder.exportFile('HTML'), 'utf8'),
    TXT: fs.readFileSync(await builder.exportFile('TXT'), 'utf8'),
    DOCX: docxPackage(await builder.exportFile('DOCX')),
  };
  const pdf = await builder.exportFile('PDF');
  for (const [format, text] of Object.entries(exported)) {
    clean(format, text);
    expect(text, format).toContain('Après.');
  }
  clean('PDF text', pdfText(pdf));
  expect(pdfText(pdf)).toContain('Après.');
  // A PDF link is an annotation outside the text: the file itself must not carry a javascript: action either.
  clean('PDF file', fs.readFileSync(pdf).toString('latin1'));
  expect(dialogs, 'dialogs opened by the page').toEqual([]);
});
