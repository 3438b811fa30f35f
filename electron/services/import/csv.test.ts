import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDelimited, sniffDelimiter, stripFormulaGuard } from './csv';
import { decodeText } from './decode';
import { ImportError } from './errors';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const spectrum = path.join(fixtures, 'csv-spectrum');

async function readObjects(bytes: Uint8Array) {
  const sheet = await parseDelimited(decodeText(bytes).text);
  return sheet.rows.map(({ cells }) => Object.fromEntries(sheet.header.map((h, i) => [h, cells[i] ?? ''])));
}

/** Windows-1252 bytes for text in that code page (Latin-1 plus the 0x80–0x9F punctuation Excel writes). */
const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => ({ '’': 0x92, '€': 0x80, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0)));

describe('csv-spectrum', () => {
  const names = fs.readdirSync(spectrum).filter((f) => f.endsWith('.csv'));

  it('has all twelve fixtures', () => {
    expect(names).toHaveLength(12);
  });

  it.each(names)('%s parses as its expected JSON', async (name) => {
    const expected: unknown = JSON.parse(fs.readFileSync(path.join(spectrum, name.replace(/\.csv$/, '.json')), 'utf8'));
    expect(await readObjects(fs.readFileSync(path.join(spectrum, name)))).toEqual(expected);
  });
});

describe('encodings', () => {
  const text = 'Prénom,Nom,Courriel\nAmélie,N’Diaye,andiaye@iom.int\n';
  const expected = [{ Prénom: 'Amélie', Nom: 'N’Diaye', Courriel: 'andiaye@iom.int' }];

  it('reads UTF-8 with and without a BOM', async () => {
    expect(await readObjects(Buffer.from(text))).toEqual(expected);
    expect(await readObjects(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(expected);
    expect(decodeText(Buffer.from(`\uFEFF${text}`)).encoding).toBe('utf-8');
  });

  it('reads UTF-16LE with its BOM, and without one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(utf16).encoding).toBe('utf-16le');
    expect(await readObjects(utf16)).toEqual(expected);
    expect(await readObjects(Buffer.from(text, 'utf16le'))).toEqual(expected);
  });

  it('reads Windows-1252 when the bytes are not UTF-8', async () => {
    const bytes = cp1252(text);
    expect(decodeText(bytes)).toMatchObject({ encoding: 'windows-1252', malformed: false });
    expect(await readObjects(bytes)).toEqual(expected);
  });

  it('marks a UTF-8 file with a few damaged bytes as malformed instead of reading it as cp1252', () => {
    const good = Buffer.from('Prénom,Nom\nAmélie,Ndiaye\nJosé,Núñez\nRenée,Côté\n');
    const damaged = Buffer.concat([good, Buffer.from([0x4a, 0xe9, 0x2c, 0x58, 0x0a])]);
    const decoded = decodeText(damaged);
    expect(decoded).toMatchObject({ encoding: 'utf-8', malformed: true });
    expect(decoded.text).toContain('Amélie');
    expect(decoded.text).toContain('J\uFFFD,X');
  });

  it('refuses empty and binary files with a reason', () => {
    const problem = (bytes: Uint8Array) => {
      try {
        decodeText(bytes);
        return null;
      } catch (error) {
        return error instanceof ImportError ? error.problem : error;
      }
    };
    expect(problem(new Uint8Array())).toBe('empty');
    expect(problem(Buffer.from('  \r\n\t\n'))).toBe('empty');
    expect(problem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('binary');
  });
});

describe('delimiters and shapes', () => {
  it('sniffs ";" (French Excel) and tabs, and ignores delimiters inside quotes', async () => {
    expect(sniffDelimiter('Nom;Prénom;Téléphone\nDupont;Jean;"+33 1 23, 45"\n')).toBe(';');
    expect(sniffDelimiter('Name\tEmail\tPhone\nJo\tjo@iom.int\t+32 2\n')).toBe('\t');
    expect(sniffDelimiter('"Last; First",Email\n"Smith; Jo",jo@x.org\n')).toBe(',');
    const sheet = await parseDelimited('Nom;Prénom;Société\nDupont;Jean;"IOM; OIM"\n');
    expect(sheet).toMatchObject({ delimiter: ';', header: ['Nom', 'Prénom', 'Société'] });
    expect(sheet.rows[0]!.cells).toEqual(['Dupont', 'Jean', 'IOM; OIM']);
  });

  it('keeps quoted newlines in their cell and numbers rows as a spreadsheet does', async () => {
    const sheet = await parseDelimited('Name,Notes\r\nJo,"line one\r\nline two"\r\nPetra,short\r\n');
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Jo', 'line one\r\nline two'] },
      { row: 3, cells: ['Petra', 'short'] },
    ]);
  });

  it('keeps ragged rows: short rows are short, long rows keep their extra cells', async () => {
    const sheet = await parseDelimited('a,b,c\n1\n2,3,4,5\n6,7,8\n');
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((r) => r.cells)).toEqual([['1'], ['2', '3', '4', '5'], ['6', '7', '8']]);
  });

  it('rejects a row with a stray quote instead of reading it as one cell, and keeps its neighbours', async () => {
    const sheet = await parseDelimited(
      [
        'Given Name,Family Name,Email,Organisation',
        'Amélie,Folavakog,a.folavakog@unhcr.org,"UNHCR"',
        '"Jérôme,Sofukikap,j.sofukikap@iom.int,"IOM"',
        'Zoë,Senurigog,z.senurigog@unicef.org,"UNICEF"',
      ].join('\r\n'),
    );
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Amélie', 'Folavakog', 'a.folavakog@unhcr.org', 'UNHCR'] },
      { row: 4, cells: ['Zoë', 'Senurigog', 'z.senurigog@unicef.org', 'UNICEF'] },
    ]);
    expect(sheet.problems).toEqual([
      { row: 3, reason: 'Unbalanced quote on line 3: the cells of this row could not be told apart' },
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('rejects only the line of a quote that never closes, and reads on from the next line (%s)', async (_, eol) => {
    const sheet = await parseDelimited(
      ['Name,Email', 'Jo,jo@iom.int', 'Petra,"hueck@icmc.net', 'David,wattd@unhcr.org', 'Ana,ana@wfp.org', ''].join(
        eol,
      ),
    );
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Jo', 'jo@iom.int'] },
      { row: 4, cells: ['David', 'wattd@unhcr.org'] },
      { row: 5, cells: ['Ana', 'ana@wfp.org'] },
    ]);
    expect(sheet.problems).toEqual([
      {
        row: 3,
        reason: 'A quote opened on line 3 is not closed on that line, so the cells of this row could not be told apart',
      },
    ]);
  });

  it('counts a CRLF as one line and a quoted line break as part of its row in the line it reports', async () => {
    const sheet = await parseDelimited(
      'Name,Notes\r\nJo,"line one\r\nline two"\r\n\r\nPetra,"never closed\r\nDavid,short\r\n',
    );
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Jo', 'line one\r\nline two'] },
      { row: 4, cells: ['David', 'short'] },
    ]);
    // Row 3 (the empty line is not a row) starts on line 5 of the file: Jo's row takes lines 2 and 3.
    expect(sheet.problems).toEqual([
      {
        row: 3,
        reason: 'A quote opened on line 5 is not closed on that line, so the cells of this row could not be told apart',
      },
    ]);
  });

  it("takes a quoted cell over several lines as legitimate only if its row then has the header's width", async () => {
    // The quote opened in Petra's row closes two lines on, but that "row" would have three cells, not two: only
    // Petra's line is rejected, and the lines after it are read again as rows of their own (a quote inside an
    // unquoted cell is kept as written).
    const sheet = await parseDelimited(
      'Name,Email\nPetra,"hueck@icmc.net\nDavid,wattd@unhcr.org\nAna",x\nJo,jo@iom.int\n',
    );
    expect(sheet.rows).toEqual([
      { row: 3, cells: ['David', 'wattd@unhcr.org'] },
      { row: 4, cells: ['Ana"', 'x'] },
      { row: 5, cells: ['Jo', 'jo@iom.int'] },
    ]);
    expect(sheet.problems).toEqual([
      {
        row: 2,
        reason: 'A quote opened on line 2 is not closed on that line, so the cells of this row could not be told apart',
      },
    ]);
    const legit = await parseDelimited(
      'Name,Notes,Email\nPetra,"Geneva,\nthen Brussels",hueck@icmc.net\nJo,,jo@iom.int\n',
    );
    expect(legit.problems).toEqual([]);
    expect(legit.rows).toEqual([
      { row: 2, cells: ['Petra', 'Geneva,\nthen Brussels', 'hueck@icmc.net'] },
      { row: 3, cells: ['Jo', '', 'jo@iom.int'] },
    ]);
  });

  it('rejects a row over a million characters, quoted or not, and reads on from the next line', async () => {
    const long = 'x'.repeat(1_000_001);
    const sheet = await parseDelimited(`Name,Notes\nJo,${long}\nAna,"${long}"\nPetra,short\n`);
    expect(sheet.rows.map((r) => [r.row, r.cells[0]?.slice(0, 10)])).toEqual([[4, 'Petra']]);
    expect(sheet.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(sheet.problems[1]!.reason).toBe(
      'This row (line 3) is too long to be a contact (over a million characters); it could not be read',
    );
  });

  it('keeps a quote inside an unquoted cell as written, and an empty quoted cell as empty', async () => {
    const sheet = await parseDelimited('Name,Screen\nJo,"27"" monitor"\nPetra,27" monitor\nDavid,""\n');
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['Jo', '27" monitor'],
      ['Petra', '27" monitor'],
      ['David', ''],
    ]);
  });

  it('strips exactly one formula guard quote, only before = + - @ tab or CR', () => {
    expect(stripFormulaGuard("'+32 470 13 10 28")).toBe('+32 470 13 10 28');
    expect(stripFormulaGuard("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(stripFormulaGuard("'-5")).toBe('-5');
    expect(stripFormulaGuard("'@iom")).toBe('@iom');
    expect(stripFormulaGuard("'\tx")).toBe('\tx');
    expect(stripFormulaGuard("''+1")).toBe("''+1");
    expect(stripFormulaGuard("'tis")).toBe("'tis");
    expect(stripFormulaGuard("O'Brien")).toBe("O'Brien");
  });

  it('stops at once when cancelled, and reports progress while reading', async () => {
    const big = `Name,Email\n${'Jo,jo@iom.int\n'.repeat(200_000)}`;
    const seen: number[] = [];
    const sheet = await parseDelimited(big, { onProgress: (p) => seen.push(p.done) });
    expect(sheet.rows).toHaveLength(200_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(big.length);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(parseDelimited(big, { signal: controller.signal })).rejects.toThrow('stop');
  });
});
