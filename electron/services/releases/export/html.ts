import { createHash } from 'node:crypto';
import type { ReleaseDocument } from './document';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

const STYLE = `body{font-family:"Noto Sans","Noto Sans Arabic",Arial,sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#111}
.reference{color:#555}.embargo{font-weight:bold}.subtitle{font-size:1.15rem;color:#333}
.dateline{font-weight:bold}blockquote{margin-inline:1.5rem;font-style:italic}table{border-collapse:collapse}
td,th{border:1px solid #999;padding:.25rem .5rem}.contacts p,.notes p{margin:.25rem 0}`;

/** The release as an HTML fragment (inline formatting, no styles): what "copy as rich text" puts on the clipboard. */
export function releaseHtmlFragment(doc: ReleaseDocument): string {
  const [heading = '', ...people] = doc.contactBlock.replace(/\n$/, '').split('\n');
  return [
    `<article lang="${escapeHtml(doc.language)}" dir="${doc.direction}">`,
    doc.reference ? `<p class="reference">${escapeHtml(doc.reference)}</p>` : '',
    doc.embargoLine ? `<p class="embargo"><strong>${escapeHtml(doc.embargoLine)}</strong></p>` : '',
    doc.title ? `<h1>${escapeHtml(doc.title)}</h1>` : '',
    doc.subtitle ? `<p class="subtitle"><em>${escapeHtml(doc.subtitle)}</em></p>` : '',
    doc.dateline ? `<p class="dateline">${escapeHtml(doc.dateline)}</p>` : '',
    // Already sanitised by the one allowlist; nothing else in this document comes from a person unescaped.
    doc.bodyHtml ? `<div class="body">${doc.bodyHtml}</div>` : '',
    heading
      ? `<section class="contacts"><p><strong>${escapeHtml(heading)}</strong></p>${people.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>`
      : '',
    doc.notesToEditors
      ? `<section class="notes"><h2>${escapeHtml(doc.notesHeading)}</h2><p>${lines(doc.notesToEditors)}</p></section>`
      : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A standalone HTML file. Its Content-Security-Policy allows nothing but its own style sheet (by hash): no script,
 * no remote fetch, no form, no frame, even if something got past the sanitiser.
 */
export function releaseHtmlDocument(doc: ReleaseDocument): string {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.language)}" dir="${doc.direction}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title || doc.reference || 'Press release')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    releaseHtmlFragment(doc),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
