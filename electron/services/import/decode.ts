import { ImportError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /**
   * True when the file is mostly UTF-8 but holds byte sequences that are not: those became U+FFFD, and the rows
   * holding them are rejected ("bad encoding") rather than imported with a wrong letter.
   */
  readonly malformed: boolean;
}

const REPLACEMENT = '\uFFFD';

/**
 * Windows-1252's 0x80–0x9F (curly quotes, €, dashes), where Latin-1 has control characters. Node 20's
 * TextDecoder('windows-1252') decodes them as Latin-1, so "N’Diaye" would lose its apostrophe.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes, to tell "UTF-8 with a few bad bytes" from cp1252. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Control characters that never appear in a text export: NUL and friends, not tab, CR, LF or form feed. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control > sample.length / 100;
}

/**
 * Decodes an exported text file the way spreadsheet and address-book programs write them: a BOM decides
 * (UTF-8, UTF-16LE, UTF-16BE); otherwise valid UTF-8 is UTF-8, and anything else is Windows-1252 (what Excel on
 * Windows writes for "CSV"), unless the file is plainly UTF-8 with a few damaged bytes.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('empty', 'The file is empty');
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = decodeUtf8(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', malformed: false };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', malformed: false };
  } else if (looksLikeUtf16WithoutBom(bytes)) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', malformed: false };
  } else {
    decoded = decodeUtf8(bytes);
  }
  if (looksBinary(decoded.text)) {
    throw new ImportError('binary', 'The file is not text: it looks like a program, an image or an archive');
  }
  if (decoded.text.trim() === '') throw new ImportError('empty', 'The file holds only blank space');
  return decoded;
}

/** "N\0a\0m\0e\0": UTF-16LE written without its BOM, which some Windows tools do. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let zeroOdd = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0 && bytes[i - 1] !== 0) zeroOdd++;
  return zeroOdd > (n / 2) * 0.9;
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', malformed: false };
  } catch {
    const { valid, invalid } = utf8Evidence(bytes);
    if (valid > invalid * 4) {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', malformed: true };
    }
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', malformed: false };
  }
}

/** True when a value carries a character the decoder could not read (only meaningful for malformed files). */
export const hasBadEncoding = (value: string) => value.includes(REPLACEMENT);
