import { describe, expect, it } from 'vitest';
import { hasTool, runTool } from '../export/testing/directory';
import { buildEml, encodeHeaderText, formatMailbox, mailtoUrl, quotedPrintable } from './eml';

/** Python's email package (a reader PressDesk did not write) parses the draft into plain JSON. */
const READ_EML = `
import email, json, sys
from email import policy
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
parts = {p.get_content_type(): p.get_content().replace('\\r\\n', '\\n') for p in msg.walk() if not p.is_multipart()}
print(json.dumps({
  'from': str(msg['From'] or ''), 'to': str(msg['To'] or ''), 'bcc': [a.addr_spec for a in msg['Bcc'].addresses],
  'bccNames': [a.display_name for a in msg['Bcc'].addresses], 'subject': str(msg['Subject']),
  'unsent': msg['X-Unsent'], 'type': msg.get_content_type(), 'parts': parts, 'defects': [str(d) for d in msg.defects],
}))`;

interface Parsed {
  from: string;
  to: string;
  bcc: string[];
  bccNames: string[];
  subject: string;
  unsent: string;
  type: string;
  parts: Record<string, string>;
  defects: string[];
}

describe('quoted-printable', () => {
  it('keeps lines under 76 characters, encodes non-ASCII, "=" and trailing spaces', () => {
    const encoded = quotedPrintable(`${'é'.repeat(40)} = ok \nnext`);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).toContain('=C3=A9');
    expect(encoded).toContain('=3D');
    expect(encoded).toContain('ok=20\r\nnext');
  });
});

describe('headers', () => {
  it('encodes non-ASCII text as RFC 2047 words and quotes names that need it', () => {
    expect(encodeHeaderText('Press release')).toBe('Press release');
    expect(encodeHeaderText('Communiqué')).toBe(`=?UTF-8?B?${Buffer.from('Communiqué').toString('base64')}?=`);
    expect(formatMailbox({ name: 'Dupont, Jean', address: 'j@x.org' })).toBe('"Dupont, Jean" <j@x.org>');
    expect(formatMailbox({ name: 'Jean Dupont', address: 'j@x.org' })).toBe('Jean Dupont <j@x.org>');
    expect(formatMailbox({ address: 'j@x.org' })).toBe('j@x.org');
  });
});

describe('mailto', () => {
  it('puts the batch in bcc, and drops the body, then the link, when it gets too long', () => {
    expect(mailtoUrl(['a@x.org', 'b@y.org'], 'Communiqué & news', 'Bonjour,\nvoici')).toEqual({
      url: 'mailto:?bcc=a@x.org,b@y.org&subject=Communiqu%C3%A9%20%26%20news&body=Bonjour%2C%0D%0Avoici',
      withBody: true,
    });
    expect(mailtoUrl(['a@x.org'], 'S', 'x'.repeat(3000))).toEqual({
      url: 'mailto:?bcc=a@x.org&subject=S',
      withBody: false,
    });
    const many = Array.from({ length: 200 }, (_, i) => `person${i}@example.org`);
    expect(mailtoUrl(many, 'S', '')).toBeNull();
  });
});

describe('.eml drafts', () => {
  const bcc = [
    { name: 'Hélène Lefèvre', address: 'hlefevre@iom.int' },
    { name: 'Dupont, Jean', address: 'jdupont@example.org' },
    ...Array.from({ length: 40 }, (_, i) => ({ name: `Person ${i}`, address: `person${i}@example.org` })),
  ];

  it('is a draft Outlook opens ready to send: Bcc batch, UTF-8 subject, text and HTML parts', () => {
    const eml = buildEml({
      from: { name: 'Service de presse', address: 'presse@iom.int' },
      bcc,
      subject: 'Communiqué : l’OIM à Genève — العربية',
      text: 'Bonjour,\n\nVoici le communiqué. Ligne très longue '.repeat(5),
      html: '<p>Bonjour,</p><p>Voici le <b>communiqué</b>.</p>',
      date: new Date('2026-03-12T10:00:00Z'),
    });
    expect(eml).toContain('X-Unsent: 1\r\n');
    expect(eml).toContain('Date: Thu, 12 Mar 2026 10:00:00 +0000\r\n');
    for (const line of eml.split('\r\n')) expect(line, line).toHaveLength(Math.min(line.length, 78));
    expect(eml).not.toMatch(/[^\r]\n/);
    if (!hasTool('python3')) return console.log('skipped: python3 is not installed');
    const parsed = JSON.parse(runTool('python3', ['-c', READ_EML], eml)) as Parsed;
    expect(parsed.defects).toEqual([]);
    expect(parsed.unsent).toBe('1');
    expect(parsed.from).toBe('Service de presse <presse@iom.int>');
    expect(parsed.to).toBe('Service de presse <presse@iom.int>');
    expect(parsed.bcc).toEqual(bcc.map((b) => b.address));
    expect(parsed.bccNames.slice(0, 2)).toEqual(['Hélène Lefèvre', 'Dupont, Jean']);
    expect(parsed.subject).toBe('Communiqué : l’OIM à Genève — العربية');
    expect(parsed.type).toBe('multipart/alternative');
    // Exactly the text, its trailing space included (quoted-printable keeps it as =20).
    expect(parsed.parts['text/plain']).toBe('Bonjour,\n\nVoici le communiqué. Ligne très longue '.repeat(5));
    expect(parsed.parts['text/html']).toBe('<p>Bonjour,</p><p>Voici le <b>communiqué</b>.</p>');
  });

  it('leaves To out without a sender, and is plain text without HTML', () => {
    const eml = buildEml({ bcc: bcc.slice(0, 1), subject: 'Hi', text: 'Body' });
    expect(eml).not.toMatch(/^(From|To):/m);
    if (!hasTool('python3')) return console.log('skipped: python3 is not installed');
    const parsed = JSON.parse(runTool('python3', ['-c', READ_EML], eml)) as Parsed;
    expect(parsed.type).toBe('text/plain');
    expect(parsed.bcc).toEqual(['hlefevre@iom.int']);
    expect(parsed.parts['text/plain']).toBe('Body\n');
  });
});
