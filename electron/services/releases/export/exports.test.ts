import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../db/testing/temp-dir';
import { loadIom2018Contacts } from '../../../testing/iom-2018-fixture';
import { must } from '../testing/api';
import { hostileBody } from '../testing/hostile-body';
import { useReleaseTestBed } from '../testing/setup';
import { docxParagraphs, readZipEntry } from '../testing/zip';
import { writeReleaseExport } from './exports';

const sample = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../../shared/samples/iom-release-fr-2018.block-fr.txt',
  ),
  'utf8',
);

const bed = useReleaseTestBed();
const tempDir = useTempDir('pressdesk-release-export-');

const decode = (base64: string) => Buffer.from(base64, 'base64');

const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** The PDF's text as poppler reads it, with line wrapping and bidi marks taken out. */
function pdfText(pdf: Buffer, dir: string): string {
  const file = path.join(dir, 'release.pdf');
  fs.writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.replace(/[\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

async function sampleRelease(
  body = '<p>L’événement a rassemblé des acteurs de la <strong>société civile</strong>.</p>',
) {
  const { api } = bed();
  const { contactIds } = await loadIom2018Contacts(api);
  const release = await must(api, 'releases:create', {
    language: 'fr',
    reference: 'PR-2018-014',
    title: 'L’OIM, le HCR et la CICM présentent des modèles européens innovants pour la protection des réfugiés',
    subtitle: 'Un projet cofinancé par l’UE',
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
    embargo: { until: '2018-04-12T10:00:00+02:00', timeZone: 'Europe/Brussels' },
    body: { json: null, html: body },
    notesToEditors: 'L’OIM est l’agence des Nations Unies chargée des migrations.',
  });
  await must(api, 'releases:set-blocks', {
    id: release.id,
    blocks: [{ rows: contactIds.map((contactId) => ({ contactId })) }],
  });
  return release;
}

/** What must never appear in anything exported from `hostileBody`. */
const HOSTILE = [
  /<script/i,
  /alert/i,
  /onerror|onclick|onload/i,
  /javascript:/i,
  /data:text/i,
  /<svg|<iframe|<img/i,
  /expression\(/i,
  /evil\.example/,
];

describe('release exports', () => {
  it('writes the plain text with the sample block byte for byte', async () => {
    const release = await sampleRelease();
    const { text } = await must(bed().api, 'releases:render', { id: release.id });
    expect(text).toContain(sample);
    expect(text).toBe(
      [
        'PR-2018-014',
        'SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC',
        'L’OIM, le HCR et la CICM présentent des modèles européens innovants pour la protection des réfugiés\nUn projet cofinancé par l’UE',
        'Bruxelles – Jeudi 12 avril 2018',
        'L’événement a rassemblé des acteurs de la société civile.',
        sample.replace(/\n$/, ''),
        'Note aux rédactions\nL’OIM est l’agence des Nations Unies chargée des migrations.',
      ].join('\n\n') + '\n',
    );
    const file = await must(bed().api, 'releases:export', { id: release.id, format: 'txt' });
    expect(file).toMatchObject({ fileName: 'PR-2018-014-fr.txt', mimeType: 'text/plain; charset=utf-8' });
    expect(decode(file.base64).toString('utf8')).toBe(text);
  });

  it('writes a standalone HTML file with a strict CSP and the block', async () => {
    const release = await sampleRelease();
    const file = await must(bed().api, 'releases:export', { id: release.id, format: 'html' });
    const html = decode(file.base64).toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr" dir="ltr">/);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).toContain(
      '<p>Jo De Backer, Bureau régional de l’OIM à Bruxelles, Tel\u00a0: +32 2 287 71 15, +32 470 13 10 28, Email\u00a0: jdebacker@iom.int</p>',
    );
    expect(html).toContain('<p class="embargo"><strong>SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC</strong></p>');
    expect(html).not.toMatch(/<script/i);
  });

  it('writes a DOCX whose text, read back by unzipping, holds the block with its accents', async () => {
    const release = await sampleRelease(
      '<h2>Résumé</h2><p>Texte <em>important</em> et <a href="https://resettlement.eu">lien</a>.</p><ol><li>un</li><li>deux</li></ol><ul><li>puce</li></ul>',
    );
    const file = await must(bed().api, 'releases:export', { id: release.id, format: 'docx' });
    expect(file.fileName).toBe('PR-2018-014-fr.docx');
    const zip = decode(file.base64);
    const xml = readZipEntry(zip, 'word/document.xml').toString('utf8');
    const paragraphs = docxParagraphs(xml);
    for (const line of sample.replace(/\n$/, '').split('\n')) expect(paragraphs).toContain(line);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'PR-2018-014',
        'SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC',
        'Bruxelles – Jeudi 12 avril 2018',
        'Résumé',
        'Texte important et lien.',
        'un',
        'deux',
        'puce',
        'Note aux rédactions',
      ]),
    );
    expect(xml).toContain('<w:numPr>');
    expect(xml).toMatch(/<w:i\/>|<w:i w:val="true"\/>/);
    const rels = readZipEntry(zip, 'word/_rels/document.xml.rels').toString('utf8');
    expect(rels).toContain('Target="https://resettlement.eu"');
    expect(xml).not.toContain('<w:bidi');
  });

  it.skipIf(!hasPdftotext)(
    'writes a PDF whose text, read back by pdftotext, holds the block with its accents',
    async () => {
      const release = await sampleRelease();
      const file = await must(bed().api, 'releases:export', { id: release.id, format: 'pdf' });
      expect(file).toMatchObject({ fileName: 'PR-2018-014-fr.pdf', mimeType: 'application/pdf' });
      const text = pdfText(decode(file.base64), tempDir());
      for (const expected of [
        'SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC',
        'Bruxelles – Jeudi 12 avril 2018',
        'L’événement a rassemblé des acteurs de la société civile.',
        'Jo De Backer, Bureau régional de l’OIM à Bruxelles',
        '+32 2 287 71 15, +32 470 13 10 28',
        'Petra Hueck, CICM Europe, Bruxelles',
        'David Watt, Bureau du HCR pour l’Europe, Bruxelles',
        'wattd@unhcr.org',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  it('sets Arabic paragraphs right to left in the DOCX, the HTML and the PDF', async () => {
    const { api } = bed();
    const release = await must(api, 'releases:create', {
      language: 'ar',
      title: 'المنظمة الدولية للهجرة تقدم نماذج أوروبية مبتكرة',
      datelineCity: 'بروكسل',
      datelineDate: '2018-04-12',
      body: { json: null, html: '<p>نص البيان الصحفي.</p><p dir="ltr">IOM, UNHCR</p>' },
    });
    const docx = decode((await must(api, 'releases:export', { id: release.id, format: 'docx' })).base64);
    const xml = readZipEntry(docx, 'word/document.xml').toString('utf8');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const arabic = paragraphs.find((p) => p.includes('نص البيان الصحفي.'))!;
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toContain('<w:rtl/>');
    expect(paragraphs.find((p) => p.includes('IOM, UNHCR'))).not.toContain('<w:bidi/>');
    expect(docxParagraphs(xml)).toContain('بروكسل – الخميس 12 أبريل 2018');
    const html = decode((await must(api, 'releases:export', { id: release.id, format: 'html' })).base64).toString(
      'utf8',
    );
    expect(html).toContain('<html lang="ar" dir="rtl">');
    if (hasPdftotext) {
      const pdf = decode((await must(api, 'releases:export', { id: release.id, format: 'pdf' })).base64);
      expect(pdfText(pdf, tempDir())).toContain('نص البيان الصحفي.');
    }
  });

  it('sanitises a hostile body in what it stores and in every export', async () => {
    const { api } = bed();
    const release = await sampleRelease(hostileBody);
    // Written behind the service's back, as an older version or another tool might have: exports sanitise again.
    bed().opened.db.$client.prepare('UPDATE releases SET body_html = ? WHERE id = ?').run(hostileBody, release.id);
    const stored = await must(api, 'releases:get', { id: release.id });
    const outputs: [string, string][] = [
      ['stored', release.body.html],
      ['read back', stored.body.html],
    ];
    const rendered = await must(api, 'releases:render', { id: release.id });
    outputs.push(['copy text', rendered.text], ['copy html', rendered.html]);
    for (const format of ['txt', 'html'] as const) {
      outputs.push([
        format,
        decode((await must(api, 'releases:export', { id: release.id, format })).base64).toString('utf8'),
      ]);
    }
    const docx = decode((await must(api, 'releases:export', { id: release.id, format: 'docx' })).base64);
    outputs.push(['docx', readZipEntry(docx, 'word/document.xml').toString('utf8')]);
    outputs.push(['docx links', readZipEntry(docx, 'word/_rels/document.xml.rels').toString('utf8')]);
    if (hasPdftotext) {
      const pdf = decode((await must(api, 'releases:export', { id: release.id, format: 'pdf' })).base64);
      outputs.push(['pdf', pdfText(pdf, tempDir())]);
    }
    for (const [name, output] of outputs) {
      for (const bad of HOSTILE) expect(output, `${name} matches ${bad}`).not.toMatch(bad);
    }
    expect(stored.body.html).toContain('<a href="https://iom.int/news?a=1&amp;b=2" rel="noopener noreferrer">IOM</a>');
    expect(rendered.text).toContain('IOM (https://iom.int/news?a=1&b=2) press@iom.int');
  });

  it('writes a file under a temporary name and renames it, leaving nothing else behind', async () => {
    const release = await sampleRelease();
    const dir = tempDir();
    const target = path.join(dir, 'release.docx');
    fs.writeFileSync(target, 'old');
    const written = await writeReleaseExport(bed().ctx.db, release.id, 'docx', target);
    expect(fs.readdirSync(dir)).toEqual(['release.docx']);
    expect(written.bytes).toBe(fs.statSync(target).size);
    expect(docxParagraphs(readZipEntry(fs.readFileSync(target), 'word/document.xml').toString('utf8'))).toContain(
      'Bruxelles – Jeudi 12 avril 2018',
    );

    const aborted = new AbortController();
    aborted.abort();
    await expect(
      writeReleaseExport(bed().ctx.db, release.id, 'txt', path.join(dir, 'x.txt'), aborted.signal),
    ).rejects.toThrow();
    await expect(
      writeReleaseExport(bed().ctx.db, release.id, 'txt', path.join(dir, 'missing', 'x.txt')),
    ).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['release.docx']);
  });
});
