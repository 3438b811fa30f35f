import { decodeWindows1252 } from './decode';

/** One vCard property in jCard shape (RFC 7095), whichever version it came from: name, parameters, values. */
export interface CardProperty {
  readonly name: string;
  readonly params: Readonly<Record<string, string | string[]>>;
  /** Structured properties (N, ADR, ORG) have one value holding their components; CATEGORIES has several values. */
  readonly values: readonly (string | string[])[];
}

export interface RawCard {
  /** 1-based position of the card in the file. */
  readonly number: number;
  readonly version: string | null;
  /** The card's unfolded content lines, BEGIN and END included. */
  readonly lines: readonly string[];
  readonly complete: boolean;
}

const isQuotedPrintable = (line: string) => {
  const colon = line.indexOf(':');
  const head = (colon < 0 ? line : line.slice(0, colon)).toUpperCase();
  return head.includes('QUOTED-PRINTABLE');
};

/**
 * Joins folded lines (a line starting with a space or tab continues the previous one) and vCard 2.1's
 * quoted-printable soft breaks (a QUOTED-PRINTABLE value ending in "=" continues on the next line).
 */
export function unfold(text: string): string[] {
  const physical = text.split(/\r\n|\r|\n/);
  const lines: string[] = [];
  for (const line of physical) {
    const last = lines.length - 1;
    const previous = lines[last];
    if (previous !== undefined && previous.endsWith('=') && isQuotedPrintable(previous)) {
      lines[last] = previous.slice(0, -1) + line;
    } else if (previous !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      lines[last] = previous + line.slice(1);
    } else {
      lines.push(line);
    }
  }
  return lines;
}

/** Splits an unfolded file into its cards; text outside BEGIN:VCARD … END:VCARD is ignored. */
export function splitCards(lines: readonly string[]): RawCard[] {
  const cards: RawCard[] = [];
  let current: string[] | null = null;
  let version: string | null = null;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current) cards.push({ number: cards.length + 1, version, lines: current, complete: false });
      current = [line.trim()];
      version = null;
    } else if (current) {
      current.push(line);
      if (upper.startsWith('VERSION:')) version = upper.slice(8).trim();
      if (upper === 'END:VCARD') {
        cards.push({ number: cards.length + 1, version, lines: current, complete: true });
        current = null;
      }
    }
  }
  if (current) cards.push({ number: cards.length + 1, version, lines: current, complete: false });
  return cards;
}

/** Bytes of a quoted-printable value ("De=20B=C3=A4cker"); "=" not followed by two hex digits is kept as written. */
function decodeQuotedPrintable(value: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  return Uint8Array.from(bytes);
}

const westernLabels = /^(iso-?8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/;

function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').toLowerCase();
  if (westernLabels.test(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // An unknown label or bytes that are not in it: old phones wrote Latin-1 whatever they declared.
    return decodeWindows1252(bytes);
  }
}

/** Splits on a separator not preceded by a backslash, then unescapes each part (2.1 escapes only ";"). */
function splitEscaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      const next = value[i + 1]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

const structured = new Set(['n', 'adr', 'org']);

/**
 * Reads a vCard 2.1 content line: bare parameters ("TEL;WORK;VOICE:"), TYPE=, ENCODING=QUOTED-PRINTABLE with
 * CHARSET=, and skips BASE64 data (photos). ical.js reads 3.0 and 4.0 but not these.
 */
export function parseLine21(line: string): CardProperty | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const [rawName = '', ...rawParams] = line.slice(0, colon).split(';');
  const name = rawName.replace(/^[^.]*\./, '').toLowerCase();
  const params: Record<string, string | string[]> = {};
  const types: string[] = [];
  let encoding = '';
  let charset: string | undefined;
  for (const param of rawParams) {
    const eq = param.indexOf('=');
    const key = (eq < 0 ? '' : param.slice(0, eq)).trim().toLowerCase();
    const value = (eq < 0 ? param : param.slice(eq + 1)).trim();
    if (key === 'encoding' || (key === '' && /^(quoted-printable|base64|b|8bit|7bit)$/i.test(value))) {
      encoding = value.toLowerCase();
    } else if (key === 'charset') {
      charset = value;
    } else if (key === 'type' || key === '') {
      types.push(...value.split(',').map((t) => t.toLowerCase()));
    } else {
      params[key] = value;
    }
  }
  if (encoding === 'base64' || encoding === 'b') return null;
  if (types.length) params.type = types;
  let value = line.slice(colon + 1);
  if (encoding === 'quoted-printable') value = decodeCharset(decodeQuotedPrintable(value), charset);
  if (structured.has(name)) return { name, params, values: [splitEscaped(value, ';')] };
  if (name === 'categories') return { name, params, values: splitEscaped(value, ',') };
  return { name, params, values: [splitEscaped(value, ';').join(';')] };
}
