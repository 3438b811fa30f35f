import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connectSqlite } from '../../../db/connect';
import { useTempDir } from '../../../db/testing/temp-dir';
import { importCommand } from '../../cli/commands/import';
import { describeError } from '../../cli/errors';
import type { Terminal } from '../../cli/terminal';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const newTempDir = useTempDir('pressdesk-import-cli-');

/**
 * Runs `pressdesk import ARGS` in-process the way electron/cli/run.ts does once the command is in its table:
 * parse, run, and turn any error into the one stderr line and exit code.
 */
async function pressdeskImport(db: string, args: string[], json = true) {
  let stdout = '';
  let stderr = '';
  const terminal: Terminal = {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    interactive: false,
    stderrIsTTY: false,
    stderrColumns: 80,
    confirm: () => Promise.resolve(false),
  };
  const ctx = { dbPath: db, json, debug: false, version: '0.0.0-test', signal: new AbortController().signal, terminal };
  let code: number;
  try {
    code = await importCommand.parse(args).run(ctx);
  } catch (error) {
    const described = describeError(error);
    stderr += `${described.line}\n`;
    code = described.exitCode;
  }
  return { code, stdout, stderr, json: stdout && json ? (JSON.parse(stdout) as Record<string, unknown>) : null };
}

const contacts = (db: string) => {
  const sqlite = connectSqlite(db, { fileMustExist: true });
  try {
    return sqlite.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
  } finally {
    sqlite.close();
  }
};

describe('pressdesk import', () => {
  it('previews with --dry-run without creating the database, then imports, then finds everyone again', async () => {
    const db = path.join(newTempDir(), 'pressdesk.db');
    const outlook = path.join(fixtures, 'outlook-2026.csv');
    const dry = await pressdeskImport(db, [outlook, '--dry-run']);
    expect(dry).toMatchObject({
      code: 0,
      stderr: '',
      json: { created: 4, updated: 0, merged: 0, skipped: 0, rejected: [] },
    });
    expect(Object.keys(dry.json!)).toEqual(['created', 'updated', 'merged', 'skipped', 'rejected']);
    expect(fs.existsSync(db)).toBe(false);

    expect(await pressdeskImport(db, [outlook])).toMatchObject({ code: 0, json: { created: 4 } });
    expect(await pressdeskImport(db, [outlook])).toMatchObject({ code: 0, json: { created: 0, skipped: 4 } });
    const google = await pressdeskImport(db, [path.join(fixtures, 'google-contacts.csv'), '--on-duplicate', 'merge']);
    expect(google).toMatchObject({ code: 0, json: { created: 2, updated: 2, merged: 2, skipped: 0 } });
    expect(contacts(db)).toBe(6);
  });

  it('writes nothing and exits 1 when a row is invalid, unless --skip-invalid', async () => {
    const dir = newTempDir();
    const db = path.join(dir, 'pressdesk.db');
    const file = path.join(dir, 'people.csv');
    fs.writeFileSync(file, 'Name,Email,Phone\nJo De Backer,jdebacker@iom.int,+32 2 287 71 15\nBroken,nope,12\n');
    const refused = await pressdeskImport(db, [file]);
    expect(refused).toMatchObject({
      code: 1,
      json: {
        created: 0,
        rejected: [
          { row: 3, field: 'Phone', reason: '"12": Add the country code (+32 …)' },
          { row: 3, field: 'Email', reason: '"nope" is not an email address' },
        ],
      },
      stderr:
        'pressdesk: row 3 (Phone, Email) is invalid: "12": Add the country code (+32 …); "nope" is not an email address, so nothing was imported. Fix it, or run again with --skip-invalid.\n',
    });
    expect(contacts(db)).toBe(0);
    expect(await pressdeskImport(db, [file, '--skip-invalid'])).toMatchObject({ code: 0, json: { created: 1 } });
    expect(contacts(db)).toBe(1);
  });

  it('exits 1 with one line for a bad file, and 2 for a bad flag', async () => {
    const dir = newTempDir();
    const db = path.join(dir, 'pressdesk.db');
    const binary = path.join(dir, 'photo.csv');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    expect(await pressdeskImport(db, [binary])).toEqual({
      code: 1,
      stdout: '',
      json: null,
      stderr:
        `pressdesk: ${binary}: The file is not text: it looks like a program, an image or an archive. ` +
        'Choose a CSV, TSV, XLSX, vCard (.vcf) or release text (.txt, .html) file.\n',
    });
    const empty = path.join(dir, 'empty.vcf');
    fs.writeFileSync(empty, '');
    const nothing = await pressdeskImport(db, [empty]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/The file is empty\. Choose a file/);
    expect(await pressdeskImport(db, [path.join(dir, 'missing.csv')])).toMatchObject({
      code: 1,
      stderr: `pressdesk: ${path.join(dir, 'missing.csv')} does not exist. Check the path.\n`,
    });
    const nobody = path.join(dir, 'nobody.vcf');
    fs.writeFileSync(nobody, 'BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Press Office\r\nEND:VCARD\r\n');
    expect(await pressdeskImport(db, [nobody])).toMatchObject({
      code: 1,
      json: { created: 0, rejected: [{ row: 1, field: 'KIND' }] },
      stderr: `pressdesk: nothing valid to import in ${nobody}: every row is rejected. Nothing was imported.\n`,
    });
    expect(await pressdeskImport(db, [binary, '--preset', 'cision'])).toMatchObject({
      code: 2,
      stderr:
        'pressdesk: --preset must be one of auto, outlook, google, generic, not "cision". Run `pressdesk import --help` for usage.\n',
    });
    expect(fs.existsSync(db)).toBe(true);
    expect(contacts(db)).toBe(0);
  });

  it('prints the preview and the result for people', async () => {
    const db = path.join(newTempDir(), 'pressdesk.db');
    await pressdeskImport(db, [path.join(fixtures, 'outlook-2026.csv')]);
    const { code, stdout } = await pressdeskImport(db, [path.join(fixtures, 'google-contacts.csv')], false);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'google-contacts.csv (google CSV, utf-8): 4 rows, 2 new, 2 duplicates of existing contacts (2 with something new), 0 repeated in the file, 0 rejected.',
    );
    expect(stdout).toMatch(/row 2: same person as contact \d+ Jo De Backer \(email, name; name score 1\.00\)/);
    expect(stdout).toContain('Created 2, updated 0, merged 0 rows, skipped 2 duplicates, rejected 0 rows.');
  });
});
