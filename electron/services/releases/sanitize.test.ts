import { describe, expect, it } from 'vitest';
import { blocksText, bodyBlocks } from './body';
import { safeHref, sanitizeBodyHtml, sanitizeBodyJson } from './sanitize';
import { hostileBody } from './testing/hostile-body';

describe('sanitizeBodyHtml', () => {
  const clean = sanitizeBodyHtml(hostileBody);

  it('removes scripts, handlers, frames, SVG, styles and unsafe links', () => {
    for (const bad of [
      /<script/i,
      /alert/i,
      /onerror|onclick|onload/i,
      /javascript:/i,
      /data:/i,
      /<svg|<iframe|<style|<img/i,
      /expression|style=/i,
      /evil\.example/,
      /svg text|frame text/,
    ]) {
      expect(clean).not.toMatch(bad);
    }
  });

  it('keeps the text, the safe links (with rel="noopener noreferrer") and the allowed formatting', () => {
    expect(clean).toBe(
      '<p>Before after</p>' +
        '<p>Image<strong>bold</strong></p>' +
        '<p>js link mixed tab</p>' +
        '<p>data link relative</p>' +
        '<p>styled</p>' +
        '<p><a href="https://iom.int/news?a=1&amp;b=2" rel="noopener noreferrer">IOM</a> ' +
        '<a href="mailto:press@iom.int" rel="noopener noreferrer">press@iom.int</a></p>',
    );
  });

  it('is stable: sanitising twice changes nothing', () => {
    expect(sanitizeBodyHtml(clean)).toBe(clean);
  });

  it('maps editor headings into h2–h4 and keeps a meaningful dir', () => {
    expect(sanitizeBodyHtml('<h1 dir="RTL">A</h1><h6>B</h6><p dir="evil">C</p><p dir="rtl">د</p>')).toBe(
      '<h2 dir="rtl">A</h2><h4>B</h4><p>C</p><p dir="rtl">د</p>',
    );
  });
});

describe('safeHref', () => {
  it('accepts absolute http, https and mailto only', () => {
    expect(safeHref('https://www.iom.int/')).toBe('https://www.iom.int/');
    expect(safeHref(' mailto:a@b.org ')).toBe('mailto:a@b.org');
    for (const bad of [
      'javascript:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
      '//evil',
      '/local',
      'vbscript:x',
      'http:/x',
    ])
      expect(safeHref(bad)).toBeNull();
  });
});

describe('sanitizeBodyJson', () => {
  it('keeps known nodes and marks, drops unknown ones and unsafe links', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1, onclick: 'x' }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'bad',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }],
            },
            {
              type: 'text',
              text: 'good',
              marks: [{ type: 'link', attrs: { href: 'https://iom.int', target: '_blank' } }],
            },
            { type: 'image', attrs: { src: 'data:image/svg+xml,<svg onload=alert(1)>' } },
            { type: 'text', text: 'x', marks: [{ type: 'textStyle', attrs: { style: 'expression(1)' } }] },
          ],
        },
        { type: 'iframe', attrs: { src: 'https://evil' } },
      ],
    };
    expect(sanitizeBodyJson(doc)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bad', marks: [{ type: 'bold' }] },
            {
              type: 'text',
              text: 'good',
              marks: [{ type: 'link', attrs: { href: 'https://iom.int', rel: 'noopener noreferrer' } }],
            },
            { type: 'text', text: 'x' },
          ],
        },
      ],
    });
  });

  it('refuses what is not a document node', () => {
    expect(sanitizeBodyJson('<p>')).toBeNull();
    expect(sanitizeBodyJson({ type: 'script' })).toBeNull();
    expect(sanitizeBodyJson({ type: 'paragraph', content: [] })).toBeNull();
  });
});

describe('bodyBlocks and blocksText', () => {
  const html = sanitizeBodyHtml(
    '<h2>Résumé</h2><p>L’OIM  et le <strong>HCR</strong> <em>ont</em> présenté<br>les <a href="https://resettlement.eu">résultats</a>.</p>' +
      '<ul><li><p>un</p></li><li>deux<ol><li>a</li><li>b</li></ol></li></ul>' +
      '<blockquote><p>« Citation »</p></blockquote>' +
      '<table><tr><th>Pays</th><th>Places</th></tr><tr><td>France</td><td>10 000</td></tr></table>' +
      'Texte libre',
  );

  it('reads headings, runs with marks, breaks, nested lists, quotes and tables', () => {
    const blocks = bodyBlocks(html);
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'listItem',
      'listItem',
      'listItem',
      'listItem',
      'paragraph',
      'table',
      'paragraph',
    ]);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      quote: false,
      runs: [
        { text: 'L’OIM et le ' },
        { text: 'HCR', bold: true },
        { text: ' ' },
        { text: 'ont', italic: true },
        { text: ' présenté' },
        { text: '\n' },
        { text: 'les ' },
        { text: 'résultats', href: 'https://resettlement.eu' },
        { text: '.' },
      ],
    });
    expect(blocks[6]).toMatchObject({ kind: 'paragraph', quote: true });
  });

  it('writes plain text for search without link targets, and for exports with them', () => {
    const blocks = bodyBlocks(html);
    expect(blocksText(blocks, { links: false })).toBe(
      'Résumé\n\nL’OIM et le HCR ont présenté\nles résultats.\n\n- un\n- deux\n  1. a\n  2. b\n\n« Citation »\n\nPays\tPlaces\nFrance\t10 000\n\nTexte libre',
    );
    expect(blocksText(blocks, { links: true })).toContain('les résultats (https://resettlement.eu).');
  });
});
