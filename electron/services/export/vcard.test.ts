import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { insertList, setMembers } from '../../../db/queries/lists';
import { useTempDir } from '../../../db/testing/temp-dir';
import { exportContacts } from './export';
import { pythonWith, runTool, seedSheetDirectory } from './testing/directory';
import { escapeText, foldLine, nameUuid } from './vcard';

describe('vCard text', () => {
  it('escapes backslash, comma, semicolon and line breaks (RFC 6350 §3.4)', () => {
    expect(escapeText('a\\b, c; d\r\ne\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
    expect(escapeText('10:00')).toBe('10:00');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `NOTE:${'é'.repeat(30)}${'ع'.repeat(30)}😀${'x'.repeat(80)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    // Every line is valid UTF-8 on its own: no sequence was cut.
    for (const l of lines) expect(Buffer.from(Buffer.from(l).toString('utf8')).equals(Buffer.from(l))).toBe(true);
    expect(foldLine('FN:short')).toBe('FN:short');
  });

  it('gives stable, distinct version-5 UUIDs', () => {
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
    expect(nameUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

/** Parses a vCard file with Python's vobject, a reader PressDesk did not write, into plain JSON. */
const READ_WITH_VOBJECT = `
import json, sys, vobject
cards = []
with open(sys.argv[1], encoding='utf-8', newline='') as f:
    for card in vobject.readComponents(f.read()):
        c = card.contents
        def values(name):
            return [p.value for p in c.get(name, [])]
        def params(name):
            return [{k: v for k, v in p.params.items()} for p in c.get(name, [])]
        n = c['n'][0].value if 'n' in c else None
        cards.append({
            'version': values('version'),
            'fn': values('fn'),
            'n': [n.family, n.given, n.prefix] if n else None,
            'org': values('org'),
            'title': values('title'),
            'titleParams': params('title'),
            'tel': values('tel'),
            'telParams': params('tel'),
            'email': values('email'),
            'lang': values('lang'),
            'note': values('note'),
            'categories': values('categories'),
            'uid': values('uid'),
            'rev': values('rev'),
            'kind': values('kind') + values('x-addressbookserver-kind'),
            'member': values('member') + values('x-addressbookserver-member'),
        })
print(json.dumps(cards))
`;

interface Parsed {
  version: string[];
  fn: string[];
  n: string[] | null;
  org: string[][];
  title: string[];
  titleParams: Record<string, string[]>[];
  tel: string[];
  telParams: Record<string, string[]>[];
  email: string[];
  lang: string[];
  note: string[];
  categories: string[][];
  uid: string[];
  rev: string[];
  kind: string[];
  member: string[];
}

describe('vCard export', () => {
  const tempDir = useTempDir();
  let opened: OpenedDatabase;
  let dir: string;
  let ids: ReturnType<typeof seedSheetDirectory>['ids'];
  beforeEach(async () => {
    opened = await openDatabase(':memory:');
    ({ ids } = seedSheetDirectory(opened.db));
    dir = tempDir();
  });
  afterEach(() => opened.close());

  const everyone = { kind: 'filter' as const, filter: { query: '', includeArchived: false } };
  const python = pythonWith('vobject');
  const read = (file: string) => JSON.parse(runTool(python ?? 'python3', ['-c', READ_WITH_VOBJECT, file])) as Parsed[];
  const vobjectMissing = () => python === null;

  it('4.0 reads back in vobject with every field, folded lines and escapes intact', async () => {
    if (vobjectMissing()) return console.log('skipped: python3-vobject is not installed');
    const file = path.join(dir, 'contacts.vcf');
    await exportContacts(opened.db, { scope: everyone, format: 'vcf', destination: file, lang: 'fr' });
    const text = fs.readFileSync(file, 'utf8');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const cards = read(file);
    expect(cards).toHaveLength(5);
    const helene = cards.find((c) => c.fn[0] === 'Hélène Lefèvre-Ménard')!;
    expect(helene.version).toEqual(['4.0']);
    expect(helene.n).toEqual(['Lefèvre-Ménard', 'Hélène', 'Mme']);
    expect(helene.org[0]).toEqual(['Organisation internationale pour les migrations', 'Siège de l’OIM']);
    // Every language's title, the export's language first.
    expect(helene.title).toEqual(['Porte-parole régionale, chargée de presse', 'Regional Spokesperson']);
    expect(helene.titleParams.map((p) => p.LANGUAGE)).toEqual([['fr'], ['en']]);
    expect(helene.tel).toEqual(['tel:+41227179111', 'tel:+41792854301']);
    expect(helene.telParams[0]).toMatchObject({ TYPE: ['work', 'voice'], PREF: ['1'], VALUE: ['uri'] });
    expect(helene.telParams[1]).toMatchObject({ TYPE: ['cell', 'voice'] });
    expect(helene.email).toEqual(['hlefevre@iom.int', 'presse@iom.int']);
    expect(helene.lang).toEqual(['fr', 'en']);
    expect(helene.note).toEqual(['Prefers "Hélène"; call before 10:00.\nBased in Genève; covers Bruxelles too.']);
    expect(helene.categories).toEqual([['migration, asylum', 'santé']]);
    expect(helene.uid[0]).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(helene.rev[0]).toMatch(/^\d{8}T\d{6}Z$/);
    const samer = cards.find((c) => c.n?.[0] === 'الجبوري')!;
    expect(samer.fn).toEqual(['سامر الجبوري']);
    expect(samer.title[0]).toBe('المتحدث الإقليمي');
    expect(cards.find((c) => c.email[0] === 'formula@example.org')?.fn).toEqual([
      '=HYPERLINK("http://x","y") @SUM(1+1)',
    ]);
  });

  it('3.0 reads back in vobject, with typed phones in international form', async () => {
    if (vobjectMissing()) return console.log('skipped: python3-vobject is not installed');
    const file = path.join(dir, 'contacts.vcf');
    await exportContacts(opened.db, { scope: everyone, format: 'vcf3', destination: file, lang: 'es' });
    const cards = read(file);
    const inigo = cards.find((c) => c.fn[0] === 'Íñigo Núñez Peña')!;
    expect(inigo.version).toEqual(['3.0']);
    expect(inigo.n).toEqual(['Núñez Peña', 'Íñigo', '']);
    expect(inigo.title).toEqual(['Oficial de prensa']);
    expect(inigo.tel).toEqual(['+41 22 717 92 22']);
    expect(inigo.telParams[0]?.TYPE).toEqual(['WORK', 'VOICE', 'PREF']);
    expect(inigo.email).toEqual(['inunez@iom.int']);
    expect(inigo.lang).toEqual([]);
    expect(inigo.rev[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('exports a list as its members plus a KIND:group card naming them (4.0) or Apple group (3.0)', async () => {
    if (vobjectMissing()) return console.log('skipped: python3-vobject is not installed');
    const listId = insertList(opened.db, {
      name: 'Genève, presse',
      description: 'Press; Geneva',
      owner: null,
      filter: null,
    });
    setMembers(opened.db, listId, [ids.helene, ids.inigo, ids.quiet], 'include');
    const list = {
      kind: 'list' as const,
      list: {
        id: listId,
        name: 'Genève, presse',
        description: 'Press; Geneva',
        owner: null,
        filter: null,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
        archivedAt: null,
      },
      includeDoNotContact: false,
    };
    for (const [format, version] of [
      ['vcf', '4.0'],
      ['vcf3', '3.0'],
    ] as const) {
      const file = path.join(dir, `${format}.vcf`);
      const result = await exportContacts(opened.db, { scope: list, format, destination: file });
      expect(result.rows).toBe(2);
      expect(result.skipped.doNotContact).toBe(1);
      const cards = read(file);
      expect(cards).toHaveLength(3);
      const group = cards.at(-1)!;
      expect(group.version).toEqual([version]);
      expect(group.kind).toEqual(['group']);
      expect(group.fn).toEqual(['Genève, presse']);
      expect(group.note).toEqual(['Press; Geneva']);
      expect(group.member.sort()).toEqual(
        cards
          .slice(0, 2)
          .map((c) => c.uid[0])
          .sort(),
      );
    }
  });
});
