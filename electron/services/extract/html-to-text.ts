import { decodeEntities } from './html-entities';

const BLOCK_TAGS =
  'p|div|h[1-6]|tr|ul|ol|table|thead|tbody|tfoot|section|article|header|footer|blockquote|dd|dt|dl|hr|address|pre|figure|figcaption|nav|main|aside|form|fieldset|caption';

const CELL = '\u001F';

/** True when the input is (part of) an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype|html|body|p|div|br|span|table|td|li|a|strong|b|em|h[1-6])\b[^>]*>/i.test(text);
}

function mailtoAddress(href: string): string | null {
  const match = /^\s*mailto:([^?"']+)/i.exec(href);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).trim();
  } catch {
    return match[1].trim();
  }
}

/**
 * Turns an HTML page or fragment into the plain text a reader sees, keeping the line structure that matters for
 * contact blocks: `<br>`, paragraphs and list items end lines, table cells become `|`-separated columns.
 * A `mailto:` link whose text is a name keeps its address beside the name.
 */
export function htmlToText(html: string): string {
  let text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Page chrome (menus, site header and footer with the switchboard) is never a release's contact block.
    .replace(
      /<(script|style|head|noscript|template|svg|iframe|nav|header|footer|form|button|select)\b[\s\S]*?<\/\1\s*>/gi,
      ' ',
    )
    // Source line breaks are only spaces in HTML; the tags below decide where lines end.
    .replace(/\s+/g, ' ');

  text = text.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_whole, attrs: string, inner: string) => {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const address = mailtoAddress(decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? ''));
    if (!address || /@/.test(inner) || /protected/i.test(inner)) return inner;
    return `${inner} ${address}`;
  });

  // A table row stays one line: line breaks inside a cell become commas ("Jane Doe<br>Spokesperson").
  text = text.replace(
    /(<t[dh]\b[^>]*>)([\s\S]*?)(?=<\/t[dh]\s*>|<t[dh]\b|<\/tr\s*>)/gi,
    (_whole, open: string, inner: string) => {
      const flat = inner
        .replace(/<br\s*\/?>|<\/?(?:p|div|li|ul|ol)\b[^>]*>/gi, ', ')
        .replace(/^(?:\s*,\s*)+|(?:\s*,\s*)+$/g, '')
        .replace(/(?:\s*,\s*){2,}/g, ', ');
      return `${open}${flat}`;
    },
  );

  text = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(?:li|tr)\s*>/gi, '')
    .replace(/<t[dh]\b[^>]*>/gi, CELL)
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<[^>]*>/g, '');

  return decodeEntities(text)
    .split('\n')
    .map((line) => {
      const cells = line.split(CELL).map((cell) => cell.replace(/[ \t]+/g, ' ').trim());
      return cells.filter((cell) => cell !== '').join(' | ');
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
