import PDFDocument from 'pdfkit';
import { ArabicPieces, compatible, glyphClaims } from './arabic';
import { facesOf, fontCopy, textWidth, type Face } from './fonts';
import { TextLayout, type LaidLine, type Run, type TextStyle } from './text';

export type PageSize = 'A4' | 'Letter';

export interface PdfOptions {
  readonly size: PageSize;
  /** Shown large on the first page and small in every page's header; also the file's metadata title. */
  readonly title: string;
  readonly subtitle?: string | undefined;
  /** Already formatted for the reader ("12 mars 2026"); shown in every page's header. */
  readonly date: string;
  /** BCP 47 language of the document (PDF /Lang). */
  readonly lang: string;
  /** Right to left mirrors the page: text aligned right, header title on the right. */
  readonly direction: 'ltr' | 'rtl';
  /** "Page 3 of 12" in the document's language. */
  readonly pageLabel: (page: number, total: number) => string;
}

export interface Paragraph {
  readonly text: string;
  readonly style?: Partial<TextStyle>;
}

export interface TableColumn {
  readonly header: string;
  /** Share of the content width; the shares need not add up to 1, they are scaled. */
  readonly share: number;
}

const MARGIN = 48;
const HEADER_GAP = 28;
const FOOTER = 30;

const BODY: TextStyle = { size: 9, weight: 'regular', color: '#1f1f1f' };
const MUTED = '#5f6368';
const RULE = '#c8ccd0';

const HEADINGS: Readonly<Record<1 | 2 | 3, TextStyle>> = {
  1: { size: 13, weight: 'bold', color: '#12355b' },
  2: { size: 10.5, weight: 'bold', color: '#1f1f1f' },
  3: { size: 9.5, weight: 'bold', color: MUTED },
};

const lineHeight = (style: TextStyle) => style.size * 1.32;

/**
 * PressDesk's one PDF layout module, shared by contact sheets and release exports: headings, paragraphs, key/value
 * lines, tables and blocks kept together, with a header (title, date) and footer (page X of Y) on every page, A4 or
 * Letter. Text goes through `TextLayout`, which picks Noto Sans or Noto Sans Arabic per character (both embedded and
 * subset), shapes Arabic with fontkit and orders right-to-left runs with bidi-js.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly text: TextLayout;
  private readonly registered = new Set<string>();
  private readonly glyphMaps = new Map<string, Map<number, string>[]>();
  private readonly runRegistration = new Map<string, string>();
  private readonly arabic = new ArabicPieces();
  private readonly left: number;
  private readonly right: number;
  private readonly top: number;
  private readonly bottom: number;
  private y: number;
  private pageStart: (() => void) | null = null;

  constructor(private readonly options: PdfOptions) {
    this.doc = new PDFDocument({
      size: options.size === 'Letter' ? 'LETTER' : 'A4',
      margins: { top: MARGIN + HEADER_GAP, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
      bufferPages: true,
      autoFirstPage: true,
      lang: options.lang,
      displayTitle: true,
      info: { Title: options.title, Creator: 'PressDesk', Producer: 'PressDesk' },
    });
    this.text = new TextLayout(textWidth);
    this.left = MARGIN;
    this.right = this.doc.page.width - MARGIN;
    this.top = MARGIN + HEADER_GAP;
    this.bottom = this.doc.page.height - MARGIN - FOOTER;
    this.y = this.top;
    this.titleBlock();
  }

  get width() {
    return this.right - this.left;
  }

  private use(face: Face, size: number, name = face.name) {
    if (!this.registered.has(name)) {
      const copy = Number(name.split('~')[1] ?? 0);
      this.doc.registerFont(name, copy === 0 ? face.data : fontCopy(face.data, copy));
      this.registered.add(name);
    }
    return this.doc.font(name).fontSize(size);
  }

  /**
   * The registration of `face` to draw `text` with. A PDF font maps each glyph to one piece of text (its ToUnicode
   * map, which pdfkit fills from the first use of each glyph), but Noto Sans Arabic draws several letters with one
   * dotless glyph plus dots (ت and ي, ر and ز): drawn with one registration, copied or extracted text would read ي
   * for ت. So an Arabic run whose glyphs already stand for other letters in every registration so far gets a new
   * registration of the same font, whose map (and fontkit's glyph cache, where pdfkit reads it) starts empty.
   */
  private registrationFor(face: Face, text: string): string {
    if (!face.arabic) return face.name;
    const key = `${face.name}\u0000${text}`;
    const known = this.runRegistration.get(key);
    if (known !== undefined) return known;
    const wanted = glyphClaims(face, text);
    const maps = this.glyphMaps.get(face.name) ?? [];
    this.glyphMaps.set(face.name, maps);
    let index = maps.findIndex((map) => compatible(map, wanted));
    if (index === -1) {
      maps.push(new Map());
      index = maps.length - 1;
    }
    const map = maps[index]!;
    for (const [id, chars] of wanted) if (!map.has(id)) map.set(id, chars);
    const name = index === 0 ? face.name : `${face.name}~${index}`;
    this.runRegistration.set(key, name);
    return name;
  }

  private style(partial: Partial<TextStyle> | undefined): TextStyle {
    return { ...BODY, ...partial };
  }

  /** Lines of a paragraph at this width, for measuring before drawing. */
  lines(paragraph: Paragraph, width = this.width): { lines: LaidLine[]; style: TextStyle; height: number } {
    const style = this.style(paragraph.style);
    const lines = this.text.layout(paragraph.text, style, width);
    return { lines, style, height: lines.length * lineHeight(style) };
  }

  /** Draws laid-out lines from the current position in a column starting at `x` of `width` points. */
  private drawLines(lines: readonly LaidLine[], style: TextStyle, x: number, width: number, y: number) {
    let top = y;
    for (const line of lines) {
      let pen = this.options.direction === 'rtl' ? x + width - line.width : x;
      const baseline = top + style.size * 1.02;
      for (const run of line.runs) {
        if (!run.gap && run.text.trim() !== '') this.drawRun(run, style, pen, baseline);
        pen += run.width;
      }
      top += lineHeight(style);
    }
    return top;
  }

  /** One run at `x` on the baseline `y`; an Arabic word whose letters share glyphs goes in pieces, right to left. */
  private drawRun(run: Run, style: TextStyle, x: number, y: number) {
    const pieces = run.face.arabic ? this.arabic.split(run.face, run.text) : [run.text];
    let right = x + run.width;
    for (const piece of pieces) {
      const width = pieces.length === 1 ? run.width : textWidth(run.face, style.size, piece);
      const left = pieces.length === 1 ? x : right - width;
      this.use(run.face, style.size, this.registrationFor(run.face, piece))
        .fillColor(style.color)
        .text(piece, left, y, {
          lineBreak: false,
          baseline: 'alphabetic',
          textWidth: width,
        } as PDFKit.Mixins.TextOptions);
      right -= width;
    }
  }

  /** Called at the top of every page after the first, before anything else is drawn (e.g. "Geneva (continued)"). */
  onPageStart(callback: (() => void) | null) {
    this.pageStart = callback;
  }

  newPage() {
    this.doc.addPage();
    this.y = this.top;
    this.pageStart?.();
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number) {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  spacer(points: number) {
    this.y = Math.min(this.y + points, this.bottom);
  }

  private titleBlock() {
    const title = this.lines({ text: this.options.title, style: { size: 18, weight: 'bold', color: '#12355b' } });
    this.y = this.drawLines(title.lines, title.style, this.left, this.width, this.y);
    const meta = [this.options.subtitle, this.options.date].filter((s): s is string => Boolean(s)).join(' · ');
    const sub = this.lines({ text: meta, style: { size: 10, color: MUTED } });
    this.y = this.drawLines(sub.lines, sub.style, this.left, this.width, this.y) + 6;
    this.rule();
    this.y += 10;
  }

  rule() {
    this.doc.moveTo(this.left, this.y).lineTo(this.right, this.y).lineWidth(0.6).strokeColor(RULE).stroke();
  }

  /** A heading kept with at least `keepWith` points of what follows it. */
  heading(text: string, level: 1 | 2 | 3 = 1, keepWith = 40) {
    const laid = this.lines({ text, style: HEADINGS[level] });
    const before = level === 1 ? 10 : 6;
    this.ensureSpace(before + laid.height + keepWith);
    if (this.y > this.top) this.y += before;
    this.y = this.drawLines(laid.lines, laid.style, this.left, this.width, this.y) + 2;
    if (level === 1) {
      this.rule();
      this.y += 4;
    }
  }

  paragraph(text: string, style?: Partial<TextStyle>) {
    const laid = this.lines({ text, style });
    const height = lineHeight(laid.style);
    // Line by line, so a long paragraph flows onto the next page.
    for (const line of laid.lines) {
      this.ensureSpace(height);
      this.y = this.drawLines([line], laid.style, this.left, this.width, this.y);
    }
    this.y += 3;
  }

  /** "Label: value" with the label muted; the value wraps under itself. */
  keyValue(label: string, value: string, labelShare = 0.25) {
    const labelWidth = this.width * labelShare;
    const key = this.lines({ text: label, style: { color: MUTED } }, labelWidth - 8);
    const val = this.lines({ text: value }, this.width - labelWidth);
    this.ensureSpace(Math.max(key.height, val.height));
    const rtl = this.options.direction === 'rtl';
    const keyX = rtl ? this.right - labelWidth + 8 : this.left;
    const valX = rtl ? this.left : this.left + labelWidth;
    const a = this.drawLines(key.lines, key.style, keyX, labelWidth - 8, this.y);
    const b = this.drawLines(val.lines, val.style, valX, this.width - labelWidth, this.y);
    this.y = Math.max(a, b) + 2;
  }

  /**
   * Side-by-side columns of paragraphs kept together on one page: one entry of a grouped list (a person's name and
   * title beside their phones and emails). Columns are placed right to left in a right-to-left document.
   */
  columns(columns: readonly { readonly share: number; readonly paragraphs: readonly Paragraph[] }[], gap = 12) {
    const total = columns.reduce((sum, c) => sum + c.share, 0);
    const usable = this.width - gap * (columns.length - 1);
    let x = 0;
    const placed = columns.map((c) => {
      const width = (usable * c.share) / total;
      const laid = c.paragraphs.map((p) => this.lines(p, width));
      const height = laid.reduce((sum, l) => sum + l.height, 0);
      const offset = x;
      x += width + gap;
      return { width, laid, height, offset };
    });
    const height = Math.max(0, ...placed.map((p) => p.height));
    this.ensureSpace(height);
    const rtl = this.options.direction === 'rtl';
    for (const p of placed) {
      let y = this.y;
      const colX = rtl ? this.right - p.offset - p.width : this.left + p.offset;
      for (const l of p.laid) y = this.drawLines(l.lines, l.style, colX, p.width, y);
    }
    this.y += height + 4;
  }

  /** A table with a bold header row, repeated at the top of each page it runs onto. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]) {
    const header = columns.map((c) => ({
      share: c.share,
      paragraphs: [{ text: c.header, style: { weight: 'bold' as const } }],
    }));
    this.ensureSpace(60);
    this.columns(header, 8);
    const previous = this.pageStart;
    this.onPageStart(() => {
      previous?.();
      this.columns(header, 8);
    });
    for (const row of rows) {
      this.columns(
        columns.map((c, i) => ({ share: c.share, paragraphs: [{ text: row[i] ?? '' }] })),
        8,
      );
    }
    this.onPageStart(previous);
  }

  /** Draws each page's header and footer (now that the page count is known) and ends the document. */
  end() {
    const range = this.doc.bufferedPageRange();
    const small: TextStyle = { size: 8, weight: 'regular', color: MUTED };
    const rtl = this.options.direction === 'rtl';
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      // The page's own margins would push text drawn in the margin onto a new page.
      this.doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      const headY = MARGIN;
      if (i > 0) {
        const title = this.lines({ text: this.options.title, style: small }, this.width * 0.7);
        const date = this.lines({ text: this.options.date, style: small }, this.width * 0.3);
        this.drawAligned(title.lines.slice(0, 1), small, headY, rtl ? 'right' : 'left');
        this.drawAligned(date.lines.slice(0, 1), small, headY, rtl ? 'left' : 'right');
        this.doc
          .moveTo(this.left, headY + 14)
          .lineTo(this.right, headY + 14)
          .lineWidth(0.4)
          .strokeColor(RULE)
          .stroke();
      }
      const page = this.lines({ text: this.options.pageLabel(i + 1, range.count), style: small });
      this.drawAligned(page.lines, small, this.doc.page.height - MARGIN - 10, 'center');
    }
    this.doc.end();
  }

  private drawAligned(lines: readonly LaidLine[], style: TextStyle, y: number, align: 'left' | 'right' | 'center') {
    for (const line of lines) {
      let pen =
        align === 'left'
          ? this.left
          : align === 'right'
            ? this.right - line.width
            : this.left + (this.width - line.width) / 2;
      for (const run of line.runs) {
        if (!run.gap && run.text.trim() !== '') this.drawRun(run, style, pen, y + style.size);
        pen += run.width;
      }
    }
  }
}

/** Loads the fonts up front so a missing font package fails before any file is created. */
export const preloadPdfFonts = () => {
  facesOf('regular');
  facesOf('bold');
};
