import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../db/testing/temp-dir';
import type { Channel, ChannelInput, ChannelOutput } from '../../ipc/contract';
import { useReleaseTestBed } from '../releases/testing/setup';
import { readZipEntry } from '../releases/testing/zip';
import { exportContacts, formatExtensions, type ExportFormat } from './export';

/** What someone pastes into a contact's names, title and notes, hoping a screen or a file runs it. */
const payloads = {
  givenName: '<script>alert(1)</script>',
  familyName: '<img src=x onerror=alert(1)>',
  title: '<svg onload=alert(1)>',
  notes: 'javascript:alert(1)',
} as const;
const everyPayload = Object.values(payloads);

const bed = useReleaseTestBed();

/** Any channel through the test bed's API, as the app calls it; a refusal fails the test with its message. */
async function must<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await bed().api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}
const tempDir = useTempDir('pressdesk-markup-safety-');
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

async function hostileContact() {
  return must('contacts:create', {
    givenName: payloads.givenName,
    familyName: payloads.familyName,
    title: { en: payloads.title, fr: payloads.title },
    notes: `${payloads.notes}\n${payloads.givenName}`,
    emails: [{ address: 'hostile@example.org' }],
    phones: [{ raw: '+41 22 717 9111' }],
  });
}

/**
 * The tags an HTML reader would act on. A payload escaped into text (`&lt;img …&gt;`) is not among them; a tag that
 * runs script, loads something or carries an event handler or a `javascript:` URL is reported.
 */
function executableTags(html: string): string[] {
  const tags = html.match(/<[a-z!/][^>]*>/gi) ?? [];
  return tags.filter(
    (tag) =>
      /^<\s*(script|img|svg|iframe|object|embed|link|meta\s+http-equiv=["']?refresh)\b/i.test(tag) ||
      /\son[a-z]+\s*=/i.test(tag) ||
      /(href|src|action)\s*=\s*["']?\s*javascript:/i.test(tag),
  );
}

/** What a PDF would act on: scripts, launch and URI actions pointing at script. */
const pdfActions = (pdf: Buffer) => {
  const raw = pdf.toString('latin1');
  return ['/JavaScript', '/JS ', '/JS(', '/Launch', '/URI (javascript', '/URI(javascript'].filter((k) =>
    raw.includes(k),
  );
};

function pdfText(pdf: Buffer): string {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.replace(/\s+/g, ' ');
}

/** Quoted-printable soft breaks and escapes undone, so the HTML part reads as a mail client sees it. */
const unquote = (qp: string) =>
  Buffer.from(
    qp.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

describe('markup in a contact never becomes executable in an export', () => {
  it.each<ExportFormat>(['csv', 'csv-semicolon', 'vcf', 'vcf3'])(
    'the %s contact export keeps the payloads as plain text, never as a link',
    async (format) => {
      const contact = await hostileContact();
      const file = path.join(tempDir(), `contacts${formatExtensions[format][0]}`);
      await exportContacts(bed().opened.db, {
        scope: { kind: 'selection', contactIds: [contact.id] },
        format,
        destination: file,
        columns: ['givenName', 'familyName', 'title', 'notes', 'email'],
        recordActivity: false,
      });
      const text = fs.readFileSync(file, 'utf8');
      for (const payload of [payloads.givenName, payloads.familyName, payloads.title]) expect(text).toContain(payload);
      expect(text).toContain('javascript:alert(1)');
      // The notes' URL-looking text is never made a vCard URL (a clickable link in every address book).
      expect(text).not.toMatch(/^(item\d+\.)?URL[;:].*javascript:/im);
    },
  );

  it('the XLSX contact export writes the payloads as string cells, with no links and no formulas', async () => {
    const contact = await hostileContact();
    const file = path.join(tempDir(), 'contacts.xlsx');
    await exportContacts(bed().opened.db, {
      scope: { kind: 'selection', contactIds: [contact.id] },
      format: 'xlsx',
      destination: file,
      columns: ['givenName', 'familyName', 'title', 'notes'],
      recordActivity: false,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const values = cells.map((c) => c.value);
    for (const payload of [payloads.givenName, payloads.familyName, payloads.title]) expect(values).toContain(payload);
    expect(values).toContain(`${payloads.notes}\n${payloads.givenName}`);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Hyperlink || c.type === ExcelJS.ValueType.Formula)).toEqual(
      [],
    );
  });

  it('the PDF contact sheet prints the payloads as text and carries no script or link action', async () => {
    const contact = await hostileContact();
    const file = path.join(tempDir(), 'contacts.pdf');
    await exportContacts(bed().opened.db, {
      scope: { kind: 'selection', contactIds: [contact.id] },
      format: 'pdf',
      destination: file,
      columns: ['givenName', 'familyName', 'title', 'notes'],
      recordActivity: false,
    });
    const pdf = fs.readFileSync(file);
    expect(pdfActions(pdf)).toEqual([]);
    if (hasPdftotext) {
      const text = pdfText(pdf);
      expect(text).toContain(payloads.givenName);
      expect(text).toContain('onerror=alert(1)>');
    }
  });

  describe('a release whose contact block names the contact', () => {
    async function hostileRelease() {
      const contact = await hostileContact();
      const release = await must('releases:create', {
        language: 'en',
        reference: 'PR-2026-001',
        title: 'Statement on the new reception centre',
        datelineCity: 'Geneva',
        datelineDate: '2026-04-12',
        body: { json: null, html: `<p>Plain body.</p><p>${payloads.givenName}</p>` },
        notesToEditors: payloads.notes,
      });
      await must('releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: contact.id }] }] });
      return { contact, release };
    }
    const exported = async (id: number, format: 'txt' | 'html' | 'docx' | 'pdf') =>
      Buffer.from((await must('releases:export', { id, format })).base64, 'base64');

    it('the HTML export escapes every "<" of the block: no tag, handler or javascript: URL comes through', async () => {
      const { release } = await hostileRelease();
      const html = (await exported(release.id, 'html')).toString('utf8');
      expect(executableTags(html)).toEqual([]);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    });

    it('the text export carries the names literally', async () => {
      const { release } = await hostileRelease();
      const text = (await exported(release.id, 'txt')).toString('utf8');
      for (const payload of [payloads.givenName, payloads.familyName, payloads.title]) expect(text).toContain(payload);
    });

    it('the Word export has the payloads as escaped text and no script or javascript: relationship', async () => {
      const { release } = await hostileRelease();
      const docx = await exported(release.id, 'docx');
      const xml = readZipEntry(docx, 'word/document.xml').toString('utf8');
      expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(xml).toContain('&lt;svg onload=alert(1)&gt;');
      expect(xml).not.toMatch(/<script|<w:object|<w:control/i);
      const rels = readZipEntry(docx, 'word/_rels/document.xml.rels').toString('utf8');
      expect(rels).not.toMatch(/javascript:|oleObject|vbaProject/i);
    });

    it('the PDF export prints the block as text, with no script or link action', async () => {
      const { release } = await hostileRelease();
      const pdf = await exported(release.id, 'pdf');
      expect(pdfActions(pdf)).toEqual([]);
      if (hasPdftotext) expect(pdfText(pdf)).toContain(payloads.givenName);
    });

    it('the .eml hand-off of the release has an HTML part with nothing executable and names safely encoded', async () => {
      const { contact, release } = await hostileRelease();
      const list = await must('lists:create', { name: '<script>alert(1)</script>' });
      await must('lists:add-members', { id: list.id, contactIds: [contact.id] });
      const draft = await must('lists:handoff-eml', {
        id: list.id,
        contactIds: [contact.id],
        releaseId: release.id,
      });
      const parts = draft.content.split(/\r?\n--[^\r\n]+\r?\n/);
      const htmlPart = parts.find((p) => /^Content-Type: text\/html/im.test(p));
      expect(htmlPart, 'the draft has an HTML part').toBeDefined();
      const html = unquote(
        htmlPart!
          .split(/\r?\n\r?\n/)
          .slice(1)
          .join('\n'),
      );
      expect(executableTags(html)).toEqual([]);
      // The names go only into the Bcc header, as one quoted display name: its angle brackets cannot pass for the
      // address, and a header is never rendered as HTML.
      const headers = draft.content.split(/\r?\n\r?\n/)[0]!;
      expect(headers).toMatch(/^Bcc:\s+"[^"\r\n]*" <hostile@example\.org>$/m);
      expect(draft.fileName).toMatch(/^[a-z0-9-]+\.eml$/);
    });
  });

  it('every payload is what the export test contact holds (the test would notice a trimmed or cleaned name)', async () => {
    const contact = await hostileContact();
    const stored = await must('contacts:get', { id: contact.id });
    expect([stored.givenName, stored.familyName, stored.title.en]).toEqual(everyPayload.slice(0, 3));
  });
});
