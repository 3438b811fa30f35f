import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { insertList, setMembers } from '../../../db/queries/lists';
import { seedDemo } from '../../../db/seed/seed-demo';
import { useTempDir } from '../../../db/testing/temp-dir';
import { hasTool, runTool, seedSheetDirectory } from '../../services/export/testing/directory';
import { cleanEnv, collect, expectOneErrorLine, runCli, startCli, useBuiltCli } from '../test-support';

const cli = useBuiltCli();
const tempDir = useTempDir();

/** A database file with the sheet directory and a list "Genève presse" of three people, one do-not-contact. */
async function directoryFile(dir: string, extraContacts = 0) {
  const file = path.join(dir, 'pressdesk.db');
  const opened = await openDatabase(file, { create: true, owner: 'test' });
  try {
    const { ids } = seedSheetDirectory(opened.db);
    const list = insertList(opened.db, { name: 'Genève presse', description: '', owner: null, filter: null });
    setMembers(opened.db, list, [ids.helene, ids.inigo, ids.quiet], 'include');
    if (extraContacts > 0) seedDemo(opened.db, { contacts: extraContacts, seed: 7, append: true });
  } finally {
    opened.close();
  }
  return file;
}

const activityRows = async (db: string) => {
  const opened = await openDatabase(db, { readonly: true });
  try {
    return opened.db.$client.prepare("SELECT count(*) FROM activity WHERE kind = 'exported'").pluck().get() as number;
  } finally {
    opened.close();
  }
};

describe('pressdesk export', () => {
  let db: string;
  beforeAll(async () => {
    db = await directoryFile(fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'pressdesk-export-db-')));
  });

  it('exports contacts matching --query with chosen columns and prints {path, rows}', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'geneve.csv');
    const result = await runCli(
      cli(),
      [
        'export',
        'contacts',
        '--db',
        db,
        '--format',
        'csv-semicolon',
        '--out',
        out,
        '--query',
        'genève',
        '--columns',
        'familyName,email',
        '--json',
      ],
      cleanEnv(tempDir()),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ path: out, rows: 2 });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      '\uFEFFLast name;Email\r\nLefèvre-Ménard;hlefevre@iom.int\r\nNúñez Peña;inunez@iom.int\r\n',
    );
    expect(await activityRows(db)).toBeGreaterThanOrEqual(2);
  });

  it('exports a list by name, leaving do-not-contact people out and saying so on stderr', async () => {
    const out = path.join(tempDir(), 'list.vcf');
    const result = await runCli(
      cli(),
      ['export', 'list', 'genève PRESSE', '--db', db, '--format', 'vcf', '--out', out],
      cleanEnv(tempDir()),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Exported 2 contacts to ${out}\n`);
    expect(result.stderr).toBe('pressdesk: left out 1 do-not-contact and 0 archived member.\n');
    const vcf = fs.readFileSync(out, 'utf8');
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expect(vcf).toContain('KIND:group');
    expect(vcf).not.toContain('dana@example.org');
  });

  it('exports offices as a PDF', async () => {
    if (!hasTool('pdftotext', ['-v'])) return console.log('skipped: poppler-utils (pdftotext) is not installed');
    const out = path.join(tempDir(), 'offices.pdf');
    const result = await runCli(
      cli(),
      ['export', 'offices', '--db', db, '--format', 'pdf', '--out', out, '--json'],
      cleanEnv(tempDir()),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ path: out, rows: 2 });
    const text = runTool('pdftotext', ['-enc', 'UTF-8', out, '-']);
    expect(text).toContain('IOM Headquarters');
    expect(text).toContain('+41 22 717 91 11');
  });

  it.each([
    [['export', 'people', '--format', 'csv', '--out', 'x.csv'], 'export needs contacts, offices or list NAME'],
    [['export', 'list', '--format', 'csv', '--out', 'x.csv'], "export list needs the list's NAME"],
    [['export', 'contacts', '--format', 'docx', '--out', 'x.docx'], '--format must be one of'],
    [['export', 'contacts', '--format', 'csv'], 'export needs --out FILE'],
    [['export', 'list', 'x', '--query', 'q', '--format', 'csv', '--out', 'x.csv'], '--query does not apply to a list'],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const result = await runCli(cli(), [...args, '--db', db], cleanEnv(tempDir()));
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toContain(message);
  });

  it('fails with exit 1 on an unknown list, an unknown column and a missing database, writing nothing', async () => {
    const dir = tempDir();
    const cases = [
      [
        ['export', 'list', 'Nobody', '--db', db, '--format', 'csv', '--out', path.join(dir, 'a.csv')],
        1,
        'there is no list named "Nobody"',
      ],
      [
        [
          'export',
          'contacts',
          '--db',
          db,
          '--format',
          'csv',
          '--columns',
          'email,shoeSize',
          '--out',
          path.join(dir, 'b.csv'),
        ],
        2,
        'Unknown column shoeSize',
      ],
      [
        ['export', 'contacts', '--db', path.join(dir, 'none.db'), '--format', 'csv', '--out', path.join(dir, 'c.csv')],
        1,
        '',
      ],
    ] as const;
    for (const [args, code, message] of cases) {
      const result = await runCli(cli(), args, cleanEnv(tempDir()));
      expect(result.code).toBe(code);
      expect(expectOneErrorLine(result.stderr)).toContain(message);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('stops on Ctrl+C with exit 130 and leaves no file', async () => {
    const big = await directoryFile(tempDir(), 4000);
    const dir = tempDir();
    const out = path.join(dir, 'sheet.pdf');
    const child = startCli(
      cli(),
      ['export', 'contacts', '--db', big, '--format', 'pdf', '--out', out],
      cleanEnv(tempDir()),
    );
    child.stdin?.end();
    const done = collect(child, 120_000);
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (fs.readdirSync(dir).some((f) => f.endsWith('.part'))) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        } else if (Date.now() - started > 60_000) {
          clearInterval(poll);
          reject(new Error('the export never started writing'));
        }
      }, 2);
    });
    const result = await done;
    expect(result.code).toBe(130);
    expect(expectOneErrorLine(result.stderr)).toBe('pressdesk: interrupted. Nothing was left half-written.');
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 180_000);
});
