import crypto from 'node:crypto';

export interface Mailbox {
  readonly name?: string;
  readonly address: string;
}

export interface EmlDraft {
  readonly from?: Mailbox | null;
  readonly bcc: readonly Mailbox[];
  readonly subject: string;
  readonly text: string;
  /** The same message as HTML; without it the draft is plain text only. */
  readonly html?: string | null;
  readonly date?: Date;
}

/** RFC 2045 quoted-printable of UTF-8 text: lines of at most 76 characters, CRLF line breaks kept as hard breaks. */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n|\r|\n/g, '\n').split('\n');
  return lines
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      let out = '';
      let width = 0;
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        const last = i === bytes.length - 1;
        // Spaces and tabs survive only mid-line: a trailing one is encoded so no transport strips it.
        const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        const piece = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (width + piece.length > 75) {
          out += '=\r\n';
          width = 0;
        }
        out += piece;
        width += piece.length;
      }
      return out;
    })
    .join('\r\n');
}

/**
 * RFC 2047 encoded words for a header holding non-ASCII text ("=?UTF-8?B?…?="), each at most 75 characters and
 * never splitting a character; plain ASCII is left as it is.
 */
export function encodeHeaderText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    // 39 bytes of UTF-8 become 52 base64 characters: 64 with "=?UTF-8?B?" and "?=", so even the first word fits
    // on a line after "Subject: " within the 76 characters RFC 2047 allows.
    if (Buffer.byteLength(chunk + char) > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** `"Name" <address>`, the name quoted or encoded as it needs. */
export function formatMailbox(m: Mailbox): string {
  const name = m.name?.trim();
  if (!name) return m.address;
  if (/^[\x20-\x7e]*$/.test(name)) {
    return /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name)
      ? `${name} <${m.address}>`
      : `"${name.replace(/["\\]/g, (c) => `\\${c}`)}" <${m.address}>`;
  }
  const encoded = encodeHeaderText(name);
  // The address goes on a folded line of its own when it would make the name's last line too long.
  const last = encoded.split('\r\n').at(-1)!;
  return `${encoded}${last.length + m.address.length + 4 > 76 ? '\r\n ' : ' '}<${m.address}>`;
}

/** An address-list header folded after commas, so no line passes 78 characters (RFC 5322 §2.1.1). */
function addressHeader(name: string, mailboxes: readonly Mailbox[]): string {
  let out = `${name}:`;
  let width = out.length;
  mailboxes.forEach((m, i) => {
    const item = `${formatMailbox(m)}${i < mailboxes.length - 1 ? ',' : ''}`;
    const lines = item.split('\r\n');
    if (width + 1 + lines[0]!.length > 78) {
      out += '\r\n ';
      width = 1;
    } else {
      out += ' ';
      width += 1;
    }
    out += item;
    width = lines.length > 1 ? lines.at(-1)!.length : width + item.length;
  });
  return out;
}

const rfc5322Date = (date: Date) => date.toUTCString().replace(/GMT$/, '+0000');

/**
 * A draft message as an .eml file (RFC 5322 with MIME, RFC 2045/2046): the batch in Bcc, To left out (or the
 * sender, so the copy the user keeps shows who it went from), a multipart/alternative body with plain text and HTML
 * in UTF-8 quoted-printable, and `X-Unsent: 1`, which makes Outlook open the file as a draft ready to send rather
 * than as a received message. Thunderbird and Apple Mail open it too.
 */
export function buildEml(draft: EmlDraft): string {
  const boundary = `=_pressdesk_${crypto.randomBytes(12).toString('hex')}`;
  const headers = [
    ...(draft.from ? [`From: ${formatMailbox(draft.from)}`, `To: ${formatMailbox(draft.from)}`] : []),
    addressHeader('Bcc', draft.bcc),
    `Subject: ${encodeHeaderText(draft.subject)}`,
    `Date: ${rfc5322Date(draft.date ?? new Date())}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
  ];
  const textPart = [
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(draft.text),
  ];
  if (!draft.html) return `${[...headers, ...textPart].join('\r\n')}\r\n`;
  const htmlPart = [
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(draft.html),
  ];
  return [
    ...headers,
    `Content-Type: multipart/alternative;\r\n boundary="${boundary}"`,
    '',
    'This is a message in MIME format.',
    `--${boundary}`,
    ...textPart,
    `--${boundary}`,
    ...htmlPart,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/**
 * A `mailto:` URL (RFC 6068) with the batch in bcc, or null when it would pass `maxLength`: Windows hands a URL of
 * about 2,000 characters at most to the mail client, and some clients cut shorter, so bigger batches go by .eml or
 * by copying the addresses. The body is left out (and `withBody` false) when only it makes the URL too long.
 */
export function mailtoUrl(
  addresses: readonly string[],
  subject: string,
  body: string,
  maxLength = 2000,
): { url: string; withBody: boolean } | null {
  const encode = (s: string) => encodeURIComponent(s).replace(/%40/g, '@');
  const base = `mailto:?bcc=${addresses.map(encode).join(',')}${subject ? `&subject=${encode(subject)}` : ''}`;
  const full = body ? `${base}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}` : base;
  if (full.length <= maxLength) return { url: full, withBody: body !== '' };
  if (base.length <= maxLength) return { url: base, withBody: false };
  return null;
}
