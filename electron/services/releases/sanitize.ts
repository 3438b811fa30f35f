import sanitizeHtml from 'sanitize-html';

const isSpaceOrControl = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
};

/**
 * A link target PressDesk keeps: an absolute http, https or mailto URL. Everything else goes, relative and
 * protocol-relative URLs included: an exported release is read far from the app, where only absolute links work.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"); refusing them refuses every such trick.
  if ([...trimmed].some(isSpaceOrControl)) return null;
  return /^(?:https?:\/\/[^/]|mailto:[^/])/i.test(trimmed) ? trimmed : null;
}

const BLOCK_WITH_DIR = ['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'td', 'th'] as const;
const DIRECTIONS = new Set(['rtl', 'ltr', 'auto']);

/** Keeps `dir` only with a value that means something, so `dir` alone never reaches the stored HTML. */
const keepDir =
  (tagName: string): sanitizeHtml.Transformer =>
  (_tag, attribs) => {
    const dir = attribs.dir?.toLowerCase();
    const kept = Object.fromEntries(Object.entries(attribs).filter(([name]) => name !== 'dir'));
    return { tagName, attribs: dir && DIRECTIONS.has(dir) ? { ...kept, dir } : kept };
  };

const bodyOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'u',
    's',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    th: ['colspan', 'rowspan', 'dir'],
    td: ['colspan', 'rowspan', 'dir'],
    ...Object.fromEntries(BLOCK_WITH_DIR.filter((t) => t !== 'td' && t !== 'th').map((t) => [t, ['dir']])),
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  allowVulnerableTags: false,
  // The text inside these is not the release's text: scripts, styles, embedded documents and graphics go whole.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'noscript',
    'template',
    'title',
    'svg',
    'math',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'canvas',
    'video',
    'audio',
    'xmp',
    'noembed',
    'noframes',
    'plaintext',
  ],
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    h1: keepDir('h2'),
    h2: keepDir('h2'),
    h3: keepDir('h3'),
    h4: keepDir('h4'),
    h5: keepDir('h4'),
    h6: keepDir('h4'),
    p: keepDir('p'),
    li: keepDir('li'),
    blockquote: keepDir('blockquote'),
    td: keepDir('td'),
    th: keepDir('th'),
    a: (tagName, attribs) => {
      const href = safeHref(attribs.href);
      const kept: sanitizeHtml.Attributes = href ? { href, rel: 'noopener noreferrer' } : {};
      return { tagName, attribs: kept };
    },
  },
};

/**
 * The release body HTML as PressDesk stores and exports it: a strict allowlist (paragraphs, h2–h4, bold, italic,
 * underline, strike, links to http/https/mailto with rel="noopener noreferrer", lists, quotes, breaks, simple tables).
 * No script, style, iframe, SVG, event handler, style attribute, or javascript:/data: URL survives.
 */
export function sanitizeBodyHtml(html: string): string {
  // A link whose target was refused keeps only its text (escaped text never holds a literal "<a>").
  return sanitizeHtml(html, bodyOptions).replace(/<a>([\s\S]*?)<\/a>/g, '$1');
}

/** The editor's node and mark types PressDesk keeps, with the attributes each may carry. */
const NODE_TYPES = new Set([
  'doc',
  'paragraph',
  'heading',
  'text',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'hardBreak',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
]);
const MARK_TYPES = new Set(['bold', 'italic', 'underline', 'strike', 'link']);
const MAX_DEPTH = 40;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nodeAttrs(type: string, attrs: unknown): JsonObject | undefined {
  if (!isObject(attrs)) return undefined;
  const kept: JsonObject = {};
  const dir = typeof attrs.dir === 'string' ? attrs.dir.toLowerCase() : undefined;
  if (dir && DIRECTIONS.has(dir)) kept.dir = dir;
  if (type === 'heading') {
    const level = typeof attrs.level === 'number' ? attrs.level : 2;
    kept.level = Math.min(4, Math.max(2, Math.trunc(level)));
  }
  if (type === 'orderedList' && typeof attrs.start === 'number' && Number.isSafeInteger(attrs.start))
    kept.start = attrs.start;
  if (type === 'tableCell' || type === 'tableHeader') {
    for (const key of ['colspan', 'rowspan'] as const) {
      const n = attrs[key];
      if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 100) kept[key] = n;
    }
  }
  return Object.keys(kept).length ? kept : undefined;
}

function cleanMarks(marks: unknown): Json[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const kept: Json[] = [];
  for (const mark of marks) {
    if (!isObject(mark) || typeof mark.type !== 'string' || !MARK_TYPES.has(mark.type)) continue;
    if (mark.type === 'link') {
      const href = safeHref(isObject(mark.attrs) ? mark.attrs.href : undefined);
      if (href) kept.push({ type: 'link', attrs: { href, rel: 'noopener noreferrer' } });
    } else {
      kept.push({ type: mark.type });
    }
  }
  return kept.length ? kept : undefined;
}

function cleanNode(node: unknown, depth: number): JsonObject | null {
  if (!isObject(node) || typeof node.type !== 'string' || !NODE_TYPES.has(node.type) || depth > MAX_DEPTH) return null;
  const out: JsonObject = { type: node.type };
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return null;
    out.text = node.text;
  }
  const attrs = nodeAttrs(node.type, node.attrs);
  if (attrs) out.attrs = attrs;
  const marks = cleanMarks(node.marks);
  if (marks) out.marks = marks;
  if (Array.isArray(node.content)) {
    out.content = node.content.flatMap((child) => cleanNode(child, depth + 1) ?? []);
  }
  return out;
}

/**
 * The editor's document (TipTap/ProseMirror JSON) with only the nodes, marks and attributes the HTML allowlist
 * allows: it goes back into the editor, so a link there must be as safe as a link in the HTML.
 */
export function sanitizeBodyJson(json: unknown): JsonObject | null {
  return isObject(json) && json.type === 'doc' ? cleanNode(json, 0) : null;
}
