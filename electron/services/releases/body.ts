/**
 * The release body as a flat list of blocks, read from HTML that `sanitizeBodyHtml` produced. The sanitiser's output
 * is a small, regular language (allowlisted tags, double-quoted attributes, `&amp; &lt; &gt; &quot;` escapes, every
 * element closed), so a tokenizer reads it exactly; plain text and DOCX are both built from these blocks.
 */

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  readonly href?: string;
}

/** A line break inside a paragraph is a run of "\n". */
export type Inline = Run;

export type Direction = 'rtl' | 'ltr' | 'auto';

export type BodyBlock =
  | { readonly kind: 'paragraph'; readonly runs: Inline[]; readonly quote: boolean; readonly dir?: Direction }
  | { readonly kind: 'heading'; readonly level: 2 | 3 | 4; readonly runs: Inline[]; readonly dir?: Direction }
  | {
      readonly kind: 'listItem';
      readonly ordered: boolean;
      /** 0 for a top-level item. */
      readonly level: number;
      /** 1-based position in its list, for ordered lists. */
      readonly number: number;
      readonly runs: Inline[];
      readonly dir?: Direction;
    }
  | { readonly kind: 'table'; readonly rows: { readonly header: boolean; readonly cells: Inline[][] }[] };

interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
}
type Node = Element | string;

const VOID = new Set(['br']);

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? whole;
  });

function parse(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const token = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>|([^<]+)|</gi;
  for (const match of html.matchAll(token)) {
    const [whole, closing, tagName, attrText, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined || tagName === undefined) {
      top.children.push(decode(text ?? whole));
      continue;
    }
    const tag = tagName.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([a-z-]+)(?:="([^"]*)")?/gi))
      attrs[a[1]!.toLowerCase()] = decode(a[2] ?? '');
    const element: Element = { tag, attrs, children: [] };
    top.children.push(element);
    if (!VOID.has(tag)) stack.push(element);
  }
  return root;
}

const INLINE_MARKS: Readonly<Record<string, keyof Omit<Run, 'text' | 'href'>>> = {
  strong: 'bold',
  em: 'italic',
  u: 'underline',
  s: 'strike',
};
const INLINE = new Set(['strong', 'em', 'u', 's', 'a', 'br']);

type Marks = Omit<Run, 'text'>;

function collectInline(node: Node, marks: Marks, out: Inline[]) {
  if (typeof node === 'string') {
    if (node !== '') out.push({ ...marks, text: node.replace(/[ \t\n\r\f]+/g, ' ') });
    return;
  }
  if (node.tag === 'br') {
    out.push({ ...marks, text: '\n' });
    return;
  }
  const mark = INLINE_MARKS[node.tag];
  const next: Marks = mark
    ? { ...marks, [mark]: true }
    : node.tag === 'a' && node.attrs.href
      ? { ...marks, href: node.attrs.href }
      : marks;
  for (const child of node.children) collectInline(child, next, out);
}

const sameMarks = (a: Run, b: Run) =>
  a.bold === b.bold &&
  a.italic === b.italic &&
  a.underline === b.underline &&
  a.strike === b.strike &&
  a.href === b.href;

/** Merges neighbouring runs with the same marks and trims the spaces HTML would not show. */
function tidy(runs: Inline[]): Inline[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    const text = last && (last.text.endsWith(' ') || last.text.endsWith('\n')) ? run.text.replace(/^ /, '') : run.text;
    if (text === '') continue;
    if (last && sameMarks(last, run) && last.text !== '\n' && text !== '\n')
      merged[merged.length - 1] = { ...last, text: last.text + text };
    else merged.push({ ...run, text });
  }
  const result = merged.map((r, i) => {
    const next = merged[i + 1];
    return next?.text.startsWith('\n') ? { ...r, text: r.text.replace(/ $/, '') } : r;
  });
  if (result[0]) result[0] = { ...result[0], text: result[0].text.replace(/^ /, '') };
  const end = result.length - 1;
  if (result[end]) result[end] = { ...result[end], text: result[end].text.replace(/ $/, '') };
  return result.filter((r) => r.text !== '');
}

const hasText = (runs: Inline[]) => runs.some((r) => r.text.trim() !== '');
const dirOf = (e: Element): Direction | undefined => e.attrs.dir as Direction | undefined;

function inlineOf(children: readonly Node[]): Inline[] {
  const runs: Inline[] = [];
  for (const child of children) collectInline(child, {}, runs);
  return tidy(runs);
}

/** A cell or list item's text: its paragraphs become lines. */
function flowText(element: Element, skip: (e: Element) => boolean = () => false): Inline[] {
  const runs: Inline[] = [];
  let pendingBreak = false;
  for (const child of element.children) {
    if (typeof child !== 'string' && skip(child)) continue;
    if (typeof child !== 'string' && !INLINE.has(child.tag)) {
      if (pendingBreak || runs.length) runs.push({ text: '\n' });
      for (const inner of child.children) collectInline(inner, {}, runs);
      pendingBreak = true;
    } else {
      collectInline(child, {}, runs);
    }
  }
  return tidy(runs);
}

const isList = (node: Node): node is Element => typeof node !== 'string' && (node.tag === 'ul' || node.tag === 'ol');

function walk(element: Element, quote: boolean, level: number, out: BodyBlock[]) {
  let loose: Node[] = [];
  const flushLoose = () => {
    const runs = inlineOf(loose);
    if (hasText(runs)) out.push({ kind: 'paragraph', runs, quote });
    loose = [];
  };
  for (const child of element.children) {
    if (typeof child === 'string' || INLINE.has(child.tag)) {
      loose.push(child);
      continue;
    }
    flushLoose();
    switch (child.tag) {
      case 'p': {
        const runs = inlineOf(child.children);
        const dir = dirOf(child);
        if (hasText(runs)) out.push({ kind: 'paragraph', runs, quote, ...(dir ? { dir } : {}) });
        break;
      }
      case 'h2':
      case 'h3':
      case 'h4': {
        const runs = inlineOf(child.children);
        const dir = dirOf(child);
        const heading = Number(child.tag.slice(1)) as 2 | 3 | 4;
        if (hasText(runs)) out.push({ kind: 'heading', level: heading, runs, ...(dir ? { dir } : {}) });
        break;
      }
      case 'ul':
      case 'ol': {
        let number = 0;
        for (const item of child.children) {
          if (typeof item === 'string' || item.tag !== 'li') continue;
          number++;
          const dir = dirOf(item);
          out.push({
            kind: 'listItem',
            ordered: child.tag === 'ol',
            level,
            number,
            runs: flowText(item, isList),
            ...(dir ? { dir } : {}),
          });
          for (const nested of item.children)
            if (isList(nested)) walk({ ...item, children: [nested] }, quote, level + 1, out);
        }
        break;
      }
      case 'blockquote':
        walk(child, true, level, out);
        break;
      case 'table': {
        const rows: { header: boolean; cells: Inline[][] }[] = [];
        const visit = (e: Element) => {
          for (const c of e.children) {
            if (typeof c === 'string') continue;
            if (c.tag === 'tr') {
              const cells = c.children.filter(
                (x): x is Element => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th'),
              );
              rows.push({
                header: cells.length > 0 && cells.every((x) => x.tag === 'th'),
                cells: cells.map((x) => flowText(x)),
              });
            } else if (c.tag === 'thead' || c.tag === 'tbody') visit(c);
          }
        };
        visit(child);
        if (rows.length) out.push({ kind: 'table', rows });
        break;
      }
      default:
        walk(child, quote, level, out);
    }
  }
  flushLoose();
}

/** Reads sanitised body HTML into blocks. Only call it on `sanitizeBodyHtml`'s output. */
export function bodyBlocks(sanitisedHtml: string): BodyBlock[] {
  const out: BodyBlock[] = [];
  walk(parse(sanitisedHtml), false, 0, out);
  return out;
}

const mailtoTarget = (href: string) => (href.toLowerCase().startsWith('mailto:') ? href.slice(7) : href);

/** A line of runs as text; with `links`, a link's target follows its text when the text does not already say it. */
export function runsText(runs: readonly Inline[], links: boolean): string {
  return runs
    .map((r) => {
      if (!links || !r.href) return r.text;
      const target = mailtoTarget(r.href);
      return r.text.trim() === target || r.text.trim() === r.href ? r.text : `${r.text} (${target})`;
    })
    .join('');
}

/**
 * The body as plain text: blocks separated by a blank line, list items one per line (`- ` or `1. `, indented by
 * level), table cells separated by tabs. `links` adds link targets, for exports; search indexes the words alone.
 */
export function blocksText(blocks: readonly BodyBlock[], options: { readonly links: boolean }): string {
  const parts: string[] = [];
  let previous: BodyBlock['kind'] | undefined;
  for (const block of blocks) {
    let text: string;
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        text = runsText(block.runs, options.links);
        break;
      case 'listItem': {
        const indent = '  '.repeat(block.level);
        const marker = block.ordered ? `${block.number}. ` : '- ';
        text = `${indent}${marker}${runsText(block.runs, options.links).replace(/\n/g, `\n${indent}${' '.repeat(marker.length)}`)}`;
        break;
      }
      case 'table':
        text = block.rows
          .map((row) => row.cells.map((c) => runsText(c, options.links).replace(/\n/g, ' ')).join('\t'))
          .join('\n');
        break;
    }
    const separator =
      previous === undefined ? '' : previous === 'listItem' && block.kind === 'listItem' ? '\n' : '\n\n';
    parts.push(separator, text);
    previous = block.kind;
  }
  return parts.join('');
}
