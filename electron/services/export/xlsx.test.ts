import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { useTempDir } from '../../../db/testing/temp-dir';
import { exportContacts, exportOffices } from './export';
import { hasTool, runTool, seedSheetDirectory } from './testing/directory';

describe('XLSX export', () => {
  const tempDir = useTempDir();
  let opened: OpenedDatabase;
  let dir: string;
  beforeEach(async () => {
    opened = await openDatabase(':memory:');
    seedSheetDirectory(opened.db);
    dir = tempDir();
  });
  afterEach(() => opened.close());

  const columns = [
    'id',
    'givenName',
    'familyName',
    'title',
    'phones',
    'doNotContact',
    'doNotContactUntil',
    'updatedAt',
  ];
  const everyone = { kind: 'filter' as const, filter: { query: '', includeArchived: false } };

  it('has typed cells, text never a formula, and a frozen, filtered header row', async () => {
    const file = path.join(dir, 'contacts.xlsx');
    const result = await exportContacts(opened.db, { scope: everyone, format: 'xlsx', destination: file, columns });
    expect(result.rows).toBe(5);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H1');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'PressDesk ID',
      'First name',
      'Last name',
      'Job title',
      'Phones',
      'Do not contact',
      'Do not contact until',
      'Updated',
    ]);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const formula = rows.find((r) => r[2] === '=HYPERLINK("http://x","y")')!;
    expect(formula[3]).toBe('@SUM(1+1)');
    expect(formula[4]).toBe('-2+3');
    expect(formula[5]).toBe('+41 22 917 12 34 (office)');
    expect(typeof formula[1]).toBe('number');
    expect(formula[6]).toBe(false);
    expect(formula[8]).toBeInstanceOf(Date);
    for (const row of sheet.getRows(2, sheet.rowCount - 1) ?? []) {
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    }
    // The file itself holds no formula element at all.
    if (hasTool('python3')) {
      const xml = runTool('python3', [
        '-c',
        'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode())',
        file,
      ]);
      expect(xml).toContain('<sheetData>');
      expect(xml).not.toMatch(/<f[ >]/);
    }
  });

  it('opens in LibreOffice with every name, accent, phone and formula-looking text intact', async () => {
    if (!hasTool('soffice')) return console.log('skipped: LibreOffice (soffice) is not installed');
    const file = path.join(dir, 'contacts.xlsx');
    await exportContacts(opened.db, { scope: everyone, format: 'xlsx', destination: file, columns, lang: 'fr' });
    const out = path.join(dir, 'back');
    runTool('soffice', [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out,
      file,
    ]);
    const text = fs
      .readdirSync(out)
      .map((f) => fs.readFileSync(path.join(out, f), 'utf8'))
      .join('\n');
    const lines = text.split(/\r?\n/);
    expect(lines[0]).toBe(
      'ID PressDesk,Prénom,Nom,Fonction,Téléphones,Ne pas contacter,Ne pas contacter avant,Modifié le',
    );
    expect(text).toContain('Hélène,Lefèvre-Ménard,"Porte-parole régionale, chargée de presse"');
    // No French title: English is the fallback.
    expect(text).toContain('Íñigo,Núñez Peña,Press Officer');
    expect(text).toContain('سامر,الجبوري,Regional Spokesperson');
    expect(text).toContain('+41 22 717 91 11 (bureau); +41 79 285 43 01 (portable)');
    // Shown as text: run as a formula, LibreOffice would show "y" and 2 and 1.
    expect(text).toContain('"=HYPERLINK(""http://x"",""y"")",@SUM(1+1),-2+3,+41 22 917 12 34 (bureau)');
  }, 180_000);

  it('exports offices with their switchboard and multi-line address', async () => {
    const file = path.join(dir, 'offices.xlsx');
    const result = await exportOffices(opened.db, {
      scope: { query: '', includeArchived: false },
      format: 'xlsx',
      destination: file,
      lang: 'fr',
    });
    expect(result.rows).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const values = workbook.worksheets[0]!.getSheetValues() as unknown[][];
    expect(values[1]).toEqual([
      undefined,
      'Organisation',
      'Bureau',
      'Ville',
      'Pays',
      'Région',
      'Téléphone',
      'Courriel',
      'Adresse',
    ]);
    expect(values.slice(2).map((r) => r[2])).toContain('Siège de l’OIM');
    expect(values.slice(2).find((r) => r[2] === 'Siège de l’OIM')?.[8]).toBe('17 route des Morillons\n1211 Genève 19');
  });
});
