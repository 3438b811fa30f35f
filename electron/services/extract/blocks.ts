import { findEmails } from './emails';
import { isStopLine, matchHeading, matchHeadingInside, type HeadingMatch } from './headings';
import { scanPhones } from './phones';

export interface BlockLines {
  readonly heading: string | null;
  readonly language: string | null;
  readonly lines: string[];
}

const MAX_LINES_WITHOUT_DETAILS = 6;
const MAX_LINES_BEFORE_DETAILS = 12;

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => w !== '').length;
}

/** Whether a line carries contact details: an address (even a hidden one) or a number written as one. */
function hasDetails(line: string): boolean {
  if (findEmails(line).length > 0) return true;
  return scanPhones(line, null, []).candidates.some((c) => c.kind !== null || /^(?:\(?\s*\+|00)/.test(c.raw));
}

const STREET =
  /(?<![\p{L}\p{N}])(?:via|rue|route|chemin|avenue|av\.|street|road|calle|rua|avenida|plot|p\.?\s?o\.?\s?box|b\.?p\.?|case postale|apartado|caixa postal)\s+\S*\d|\d+,?\s+(?:rue|avenue|street|road|route|chemin|calle|rua)(?![\p{L}])/iu;
const POSTCODE_TOWN = /(?<![\d+])\d{4,5}\s+\p{Lu}\p{Ll}+/u;

/** A postal address, as in a site footer: it ends a block whose people have already been read. */
function isAddress(line: string): boolean {
  let rest = line;
  for (const candidate of scanPhones(line, null, []).candidates) rest = rest.replace(candidate.raw, ' ');
  return STREET.test(rest) || POSTCODE_TOWN.test(rest);
}

/**
 * Running text rather than a contact line: long, or a sentence, with no details to justify it. A long line right
 * above a line of details is a name and title ("Jean Dupont, chargé de communication et de plaidoyer, …").
 */
function isProse(line: string, details: boolean, detailsBelow: boolean): boolean {
  const words = wordCount(line);
  if (details) return words > 60;
  if (detailsBelow) return words > 40;
  return words > 14 || line.length > 120 || (words > 8 && /[.!?»"”]$/.test(line.trim()));
}

/** Whether the next non-blank line after `index` carries details. */
function detailsBelow(lines: readonly string[], details: readonly boolean[], index: number): boolean {
  for (let i = index + 1; i < lines.length; i += 1) if ((lines[i] ?? '').trim() !== '') return details[i] ?? false;
  return false;
}

function headingOf(line: string, details: boolean): HeadingMatch | null {
  return matchHeading(line) ?? (details ? matchHeadingInside(line) : null);
}

function headedBlock(
  lines: readonly string[],
  details: readonly boolean[],
  headingIndex: number,
  heading: HeadingMatch,
): BlockLines {
  const body: string[] = heading.rest ? [heading.rest] : [];
  let seenDetails = heading.rest ? hasDetails(heading.rest) : false;
  let sinceDetails = 0;
  let beforeDetails = 0;
  let proseBefore = 0;
  for (let i = headingIndex + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      body.push('');
      continue;
    }
    const lineDetails = details[i] ?? false;
    if (headingOf(line, lineDetails) || isStopLine(line) || (seenDetails && isAddress(line))) break;
    if (isProse(line, lineDetails, detailsBelow(lines, details, i))) {
      // A sentence may introduce the people ("Our spokespeople speak English and French."); running text ends them.
      if (seenDetails || proseBefore >= 2) break;
      proseBefore += 1;
      continue;
    }
    body.push(line);
    if (lineDetails) {
      seenDetails = true;
      sinceDetails = 0;
    } else if (seenDetails) {
      sinceDetails += 1;
      if (sinceDetails > MAX_LINES_WITHOUT_DETAILS) break;
    } else {
      beforeDetails += 1;
      if (beforeDetails > MAX_LINES_BEFORE_DETAILS) break;
    }
  }
  return { heading: heading.heading, language: heading.language, lines: body };
}

/** Runs of short contact-like lines with details in them, for text that has no heading. */
function unheadedBlocks(lines: readonly string[], details: readonly boolean[]): BlockLines[] {
  const blocks: BlockLines[] = [];
  let run: string[] = [];
  let detailsAt: number[] = [];
  const close = () => {
    const first = detailsAt[0];
    const last = detailsAt[detailsAt.length - 1];
    if (first !== undefined && last !== undefined) {
      const from = Math.max(0, first - MAX_LINES_WITHOUT_DETAILS);
      blocks.push({ heading: null, language: null, lines: run.slice(from, last + MAX_LINES_WITHOUT_DETAILS + 1) });
    }
    run = [];
    detailsAt = [];
  };
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') {
      run.push('');
      continue;
    }
    const lineDetails = details[i] ?? false;
    if (isStopLine(line) || isProse(line, lineDetails, detailsBelow(lines, details, i)) || isAddress(line)) {
      close();
      continue;
    }
    if (lineDetails) detailsAt.push(run.length);
    run.push(line);
  }
  close();
  return blocks;
}

/** The contact blocks of a text: each heading and the contact lines under it, or unheaded runs when none has any. */
export function findBlocks(text: string): { readonly headed: BlockLines[]; readonly unheaded: () => BlockLines[] } {
  const lines = text.split('\n');
  const details = lines.map(hasDetails);
  const headed: BlockLines[] = [];
  for (const [i, line] of lines.entries()) {
    const heading = headingOf(line, details[i] ?? false);
    if (heading) headed.push(headedBlock(lines, details, i, heading));
  }
  return { headed, unheaded: () => unheadedBlocks(lines, details) };
}
