import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { useTempDir } from '../../../db/testing/temp-dir';
import { wordsFor, type Column } from './columns';
import { BOM, csvField, csvRow } from './csv';
import { exportContacts } from './export';
import { hasTool, runTool, seedSheetDirectory } from './testing/directory';

describe('csvField', () => {
  it('quotes per RFC 4180 only when needed, doubling quotes', () => {
    expect(csvField('plain', ',')).toBe('plain');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvField('', ',')).toBe('');
  });

  it('neutralises every formula start, E.164 numbers included', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(
        csvField(`${start}1`, ',').startsWith(`'${start}`) || csvField(`${start}1`, ',').startsWith(`"'${start}`),
      ).toBe(true);
    expect(csvField('+41 22 717 91 11', ',')).toBe("'+41 22 717 91 11");
    expect(csvField('=HYPERLINK("http://x","y")', ',')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('a=b', ',')).toBe('a=b');
  });

  it('writes typed values as text', () => {
    const columns: Column<{ n: number; b: boolean; d: string | null }>[] = [
      {
        id: 'n',
        labels: { en: 'n', fr: 'n', es: 'n' },
        type: 'number',
        needs: [],
        byDefault: true,
        width: 5,
        value: (r) => r.n,
      },
      {
        id: 'b',
        labels: { en: 'b', fr: 'b', es: 'b' },
        type: 'boolean',
        needs: [],
        byDefault: true,
        width: 5,
        value: (r) => r.b,
      },
      {
        id: 'd',
        labels: { en: 'd', fr: 'd', es: 'd' },
        type: 'datetime',
        needs: [],
        byDefault: true,
        width: 5,
        value: (r) => r.d,
      },
    ];
    expect(csvRow({ n: 12, b: true, d: '2026-03-12T09:30:00.000Z' }, columns, ',', wordsFor('fr'))).toBe(
      '12,oui,2026-03-12T09:30:00Z\r\n',
    );
    expect(csvRow({ n: 1, b: false, d: null }, columns, ';', wordsFor('en'))).toBe('1;no;\r\n');
  });
});

describe('CSV export', () => {
  const tempDir = useTempDir();
  let opened: OpenedDatabase;
  let dir: string;
  beforeEach(async () => {
    opened = await openDatabase(':memory:');
    seedSheetDirectory(opened.db);
    dir = tempDir();
  });
  afterEach(() => opened.close());

  const columns = ['givenName', 'familyName', 'title', 'office', 'city', 'email', 'phones', 'topics', 'notes'];
  const everyone = { kind: 'filter' as const, filter: { query: '', includeArchived: false } };

  it('is UTF-8 with a byte order mark, CRLF line ends and the chosen columns in order', async () => {
    const file = path.join(dir, 'contacts.csv');
    const result = await exportContacts(opened.db, {
      scope: everyone,
      format: 'csv',
      destination: file,
      columns: ['email', 'familyName'],
      lang: 'fr',
    });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith(`${BOM}Courriel,Nom\r\n`)).toBe(true);
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(result.rows + 1);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(result.rows).toBe(5);
  });

  it("reads back intact in Python's csv module, both separators", async () => {
    if (!hasTool('python3')) return console.log('skipped: python3 is not installed');
    for (const [format, separator] of [
      ['csv', ','],
      ['csv-semicolon', ';'],
    ] as const) {
      const file = path.join(dir, `${format}.csv`);
      await exportContacts(opened.db, { scope: everyone, format, destination: file, columns, lang: 'fr' });
      const rows = JSON.parse(
        runTool('python3', [
          '-c',
          `import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))`,
          file,
          separator,
        ]),
      ) as string[][];
      expect(rows[0]).toEqual([
        'Prénom',
        'Nom',
        'Fonction',
        'Bureau',
        'Ville',
        'Courriel',
        'Téléphones',
        'Thèmes',
        'Notes',
      ]);
      const helene = rows.find((r) => r[1] === 'Lefèvre-Ménard')!;
      expect(helene).toEqual([
        'Hélène',
        'Lefèvre-Ménard',
        'Porte-parole régionale, chargée de presse',
        'Siège de l’OIM',
        'Genève',
        'hlefevre@iom.int',
        "'+41 22 717 91 11 (bureau); +41 79 285 43 01 (portable)",
        'migration, asylum; santé',
        'Prefers "Hélène"; call before 10:00.\nBased in Genève; covers Bruxelles too.',
      ]);
      expect(rows.find((r) => r[1] === 'Núñez Peña')?.[0]).toBe('Íñigo');
      expect(rows.find((r) => r[1] === 'الجبوري')?.[0]).toBe('سامر');
      const formula = rows.find((r) => r[5] === 'formula@example.org')!;
      expect(formula.slice(0, 3)).toEqual(['\'=HYPERLINK("http://x","y")', "'@SUM(1+1)", "'-2+3"]);
    }
  });

  it('stays text through LibreOffice: CSV to XLSX and back, no formula run', async () => {
    if (!hasTool('soffice')) return console.log('skipped: LibreOffice (soffice) is not installed');
    const file = path.join(dir, 'contacts.csv');
    await exportContacts(opened.db, { scope: everyone, format: 'csv', destination: file, columns, lang: 'fr' });
    const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
    // Filter options: comma, UTF-8 (76), first line 1, every column as text is NOT forced: what a user gets by default.
    runTool('soffice', [
      profile,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'xlsx',
      '--outdir',
      path.join(dir, 'lo'),
      file,
    ]);
    const xlsx = path.join(dir, 'lo', 'contacts.xlsx');
    runTool('soffice', [
      profile,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      path.join(dir, 'back'),
      xlsx,
    ]);
    const back = fs
      .readdirSync(path.join(dir, 'back'))
      .map((f) => fs.readFileSync(path.join(dir, 'back', f), 'utf8'))
      .join('\n');
    expect(back).toContain('Hélène');
    expect(back).toContain('Lefèvre-Ménard');
    expect(back).toContain('Íñigo');
    expect(back).toContain('الجبوري');
    expect(back).toContain('hlefevre@iom.int');
    expect(back).toContain('+41 22 717 91 11');
    // The formula arrives as its text, apostrophe included, never run (which would leave only "y").
    expect(back).toContain('=HYPERLINK(""http://x"",""y"")');
    expect(back).toContain('Prefers ""Hélène""');
  }, 180_000);
});
