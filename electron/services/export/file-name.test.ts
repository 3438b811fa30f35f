import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { exportRunInput } from '../../ipc/contract/exports';
import { must } from '../releases/testing/api';
import { useReleaseTestBed } from '../releases/testing/setup';
import type { ServiceContext } from '../context';
import { safeFileName } from './file-name';
import { exportService } from './service';
import { seedSheetDirectory } from './testing/directory';

/** What any of Windows, macOS and Linux would refuse, hide, misread or follow out of the folder. */
function unsafe(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return 'empty or a directory';
  if (/[/\\]/.test(name)) return 'path separator';
  if (/[\p{Cc}\p{Cf}<>:"|?*]/u.test(name)) return 'control, bidi or reserved character';
  if (name.startsWith('.')) return 'hidden (leading dot)';
  if (/[. ]$/.test(name)) return 'trailing dot or space';
  if (/^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i.test(name.split('.')[0]!.trimEnd()))
    return 'Windows device name';
  if (Array.from(name).length > 210) return 'too long';
  return null;
}

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..', 'export'],
    ['..\\..\\Windows\\win.ini', '_.._Windows_win.ini'],
    ['CON', '_CON'],
    ['nul.csv', '_nul.csv'],
    ['com1 .txt', '_com1 .txt'],
    ['LPT9', '_LPT9'],
    ['console', 'console'],
    ['Contacts presse. . ', 'Contacts presse'],
    ['.bashrc', 'bashrc'],
    ['a\u0000b\nc\u007f', 'a_b_c_'],
    ['report\u202Efdp.exe', 'report_fdp.exe'],
    ['équipe: "presse" <Genève>?', 'équipe_ _presse_ _Genève__'],
    ['   ', 'export'],
  ])('%j becomes %j', (name, expected) => {
    expect(safeFileName(name, 'export')).toBe(expected);
  });

  it('never returns a name any system would refuse, hide or follow out of the folder, whatever the text', () => {
    const pieces = fc.constantFrom(
      '..',
      '.',
      '/',
      '\\',
      ' ',
      'CON',
      'nul',
      'com1',
      'lpt²',
      '\u202e',
      '\u0000',
      ':',
      'é',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(pieces).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (name) => {
        const safe = safeFileName(name, 'export');
        expect(unsafe(safe), `${JSON.stringify(name)} → ${JSON.stringify(safe)}`).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('every file name built from user text goes through it', () => {
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await openDatabase(':memory:');
    seedSheetDirectory(opened.db);
  });
  afterEach(() => opened.close());

  it('a browser-mode contacts export named "../../CON" stays in its folder under a safe name', async () => {
    const ctx: ServiceContext = {
      db: opened.db,
      dbPath: ':memory:',
      schemaVersion: opened.schemaVersion,
      version: 'test',
      shell: 'browser',
    };
    const input = exportRunInput.parse({
      exportId: 'export-0001',
      source: { kind: 'contacts', filter: {} },
      format: 'xlsx',
      destination: { kind: 'download', fileName: '../../CON' },
    });
    const result = await exportService.run(ctx, input);
    expect(result.fileName).toBe('_.._CON.xlsx');
    const piece = exportService.read(ctx, { exportId: 'export-0001', offset: 0 });
    expect(piece.fileName).toBe('_.._CON.xlsx');
    exportService.discard(ctx, { exportId: 'export-0001' });
  });
});

describe('release export file names', () => {
  const bed = useReleaseTestBed();

  it.each(['../../x', 'CON', '.', '..', 'nul.'])(
    'reference %j gives a safe file name for every format',
    async (reference) => {
      const { api } = bed();
      const release = await must(api, 'releases:create', { language: 'fr', reference, title: 'Titre' });
      for (const format of ['txt', 'html', 'docx', 'pdf'] as const) {
        const { fileName } = await must(api, 'releases:export', { id: release.id, format });
        expect(unsafe(fileName), fileName).toBeNull();
        expect(fileName.endsWith(`-fr.${format}`)).toBe(true);
        expect(path.basename(fileName)).toBe(fileName);
      }
    },
  );
});
