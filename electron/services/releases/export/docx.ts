import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { BodyBlock, Inline } from '../body';
import type { ReleaseDocument } from './document';

const NUMBERING = 'release-numbered-list';
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_SCRIPT = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/** A paragraph's direction: what its HTML says, else its first strong letter, else the release's language. */
function isRtl(text: string, fallback: 'ltr' | 'rtl', dir?: string): boolean {
  if (dir === 'rtl') return true;
  if (dir === 'ltr') return false;
  for (const char of text) {
    if (RTL_SCRIPT.test(char)) return true;
    if (LTR_SCRIPT.test(char)) return false;
  }
  return fallback === 'rtl';
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

function textRuns(text: string, rtl: boolean, style: RunStyle = {}): TextRun[] {
  const direction = rtl ? { rightToLeft: true, language: { bidirectional: 'ar-SA' } } : {};
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...style, ...direction }));
}

function inlineChildren(runs: readonly Inline[], rtl: boolean, base: RunStyle = {}): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const style: RunStyle = {
      ...base,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.underline ? { underline: {} } : {}),
      ...(run.strike ? { strike: true } : {}),
    };
    if (!run.href) return textRuns(run.text, rtl, style);
    return [
      new ExternalHyperlink({
        link: run.href,
        children: textRuns(run.text, rtl, { ...style, style: 'Hyperlink' }),
      }),
    ];
  });
}

/** Only right-to-left paragraphs say so: a left-to-right one carries no bidi mark at all. */
const bidi = (rtl: boolean) => (rtl ? { bidirectional: true } : {});

const plain = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');

function paragraph(
  text: string,
  rtl: boolean,
  options: { style?: RunStyle; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {},
) {
  return new Paragraph({
    children: textRuns(text, rtl, options.style),
    ...bidi(rtl),
    ...(options.heading ? { heading: options.heading } : {}),
  });
}

const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

function bodyChildren(blocks: readonly BodyBlock[], direction: 'ltr' | 'rtl') {
  const children: (Paragraph | Table)[] = [];
  let listInstance = 0;
  let previous: BodyBlock | undefined;
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph': {
        const rtl = isRtl(plain(block.runs), direction, block.dir);
        children.push(
          new Paragraph({
            children: inlineChildren(block.runs, rtl, block.quote ? { italics: true } : {}),
            ...bidi(rtl),
            ...(block.quote ? { indent: { start: 720, end: 720 } } : {}),
          }),
        );
        break;
      }
      case 'heading': {
        const rtl = isRtl(plain(block.runs), direction, block.dir);
        children.push(
          new Paragraph({
            children: inlineChildren(block.runs, rtl),
            heading: HEADINGS[block.level],
            ...bidi(rtl),
          }),
        );
        break;
      }
      case 'listItem': {
        const rtl = isRtl(plain(block.runs), direction, block.dir);
        // Every ordered list counts from 1: a new instance when one starts.
        if (
          block.ordered &&
          block.level === 0 &&
          block.number === 1 &&
          !(previous?.kind === 'listItem' && previous.level > 0)
        )
          listInstance++;
        children.push(
          new Paragraph({
            children: inlineChildren(block.runs, rtl),
            ...bidi(rtl),
            ...(block.ordered
              ? { numbering: { reference: NUMBERING, level: Math.min(block.level, 8), instance: listInstance } }
              : { bullet: { level: Math.min(block.level, 8) } }),
          }),
        );
        break;
      }
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            visuallyRightToLeft: direction === 'rtl',
            rows: block.rows.map(
              (row) =>
                new TableRow({
                  tableHeader: row.header,
                  children: row.cells.map((cell) => {
                    const rtl = isRtl(plain(cell), direction);
                    return new TableCell({
                      children: [
                        new Paragraph({
                          children: inlineChildren(cell, rtl, row.header ? { bold: true } : {}),
                          ...bidi(rtl),
                        }),
                      ],
                    });
                  }),
                }),
            ),
          }),
        );
        break;
    }
    previous = block;
  }
  return children;
}

/**
 * The release as a Word document: reference, embargo line, title, subtitle, dateline, body (headings, paragraphs,
 * lists, quotes, tables, bold/italic/underline/strike, links), contact block and notes to editors. Arabic paragraphs
 * are right to left (bidi paragraph and runs), with a complex-script font that has Arabic.
 */
export async function releaseDocx(doc: ReleaseDocument): Promise<Buffer> {
  const rtl = doc.direction === 'rtl';
  const children: (Paragraph | Table)[] = [];
  if (doc.reference) children.push(paragraph(doc.reference, rtl, { style: { size: 18 } }));
  if (doc.embargoLine)
    children.push(paragraph(doc.embargoLine, isRtl(doc.embargoLine, doc.direction), { style: { bold: true } }));
  if (doc.title) children.push(paragraph(doc.title, isRtl(doc.title, doc.direction), { heading: HeadingLevel.TITLE }));
  if (doc.subtitle)
    children.push(paragraph(doc.subtitle, isRtl(doc.subtitle, doc.direction), { style: { italics: true } }));
  if (doc.dateline)
    children.push(paragraph(doc.dateline, isRtl(doc.dateline, doc.direction), { style: { bold: true } }));
  children.push(...bodyChildren(doc.body, doc.direction));
  const [heading, ...people] = doc.contactBlock.replace(/\n$/, '').split('\n');
  if (heading) {
    children.push(paragraph('', rtl));
    children.push(paragraph(heading, isRtl(heading, doc.direction), { style: { bold: true } }));
    for (const line of people) children.push(paragraph(line, isRtl(line, doc.direction)));
  }
  if (doc.notesToEditors) {
    children.push(
      paragraph(doc.notesHeading, isRtl(doc.notesHeading, doc.direction), { heading: HeadingLevel.HEADING_2 }),
    );
    for (const line of doc.notesToEditors.split(/\n{2,}/)) children.push(paragraph(line, isRtl(line, doc.direction)));
  }

  const document = new Document({
    creator: 'PressDesk',
    title: doc.title || doc.reference || 'Press release',
    styles: {
      default: {
        document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial' }, size: 22 } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
