import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { AppError } from '../../ipc/contract/errors';
import type { ServiceContext } from '../context';
import { importService } from './service';

const sample = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/samples/iom-release-fr-2018.txt',
);

let opened: OpenedDatabase;
let ctx: ServiceContext;
beforeEach(async () => {
  opened = await openDatabase(':memory:');
  ctx = { db: opened.db, dbPath: ':memory:', schemaVersion: opened.schemaVersion, version: 'test', shell: 'browser' };
});
afterEach(() => opened.close());

const previewRelease = (importId: string) =>
  importService.preview(ctx, {
    importId,
    fileName: 'PR-2018-04',
    source: { kind: 'text', text: fs.readFileSync(sample, 'utf8') },
    preset: 'auto',
    mapping: null,
    defaultCountry: null,
    lang: 'fr',
    sheet: null,
  });

const david = {
  honorific: null,
  name: 'David Watt',
  title: 'Chargé de communication',
  organisation: 'HCR',
  office: 'Bureau du HCR pour l’Europe',
  phones: [
    { raw: '0032 2 627 59 58', kind: 'office' as const },
    { raw: '+32 470 00 11 22', kind: 'mobile' as const },
  ],
  emails: ['wattd@unhcr.org'],
};

describe('import:edit-row', () => {
  it('corrects an extracted person, plans the rows again, and the import writes the correction', async () => {
    await previewRelease('release-edit-1');
    const summary = await importService.editRow(ctx, { importId: 'release-edit-1', row: 3, person: david });
    expect(summary.counts).toMatchObject({ rows: 3, new: 3, rejected: 0 });
    const { rows } = importService.rows(ctx, {
      importId: 'release-edit-1',
      status: 'all',
      page: { offset: 0, limit: 10 },
    });
    expect(rows[2]!.contact).toMatchObject({
      givenName: 'David',
      familyName: 'Watt',
      title: { fr: 'Chargé de communication' },
      phones: [
        { raw: '0032 2 627 59 58', e164: '+3226275958', kind: 'office' },
        { raw: '+32 470 00 11 22', e164: '+32470001122', kind: 'mobile' },
      ],
    });

    // A correction that breaks the person is rejected with its reason, like any row.
    await importService.editRow(ctx, {
      importId: 'release-edit-1',
      row: 2,
      person: { ...david, name: 'Petra Hueck', phones: [{ raw: '12', kind: null }], emails: ['not-an-address'] },
    });
    const petra = importService.rows(ctx, {
      importId: 'release-edit-1',
      status: 'rejected',
      page: { offset: 0, limit: 10 },
    });
    expect(petra.rows.map((r) => r.row)).toEqual([2]);
    expect(petra.rows[0]!.problems.map((p) => p.field).sort()).toEqual(['email', 'phone']);

    await importService.apply(ctx, {
      importId: 'release-edit-1',
      onDuplicate: 'skip',
      decisions: [],
      skipInvalid: true,
      lawfulBasis: null,
      source: null,
      rememberMapping: true,
    });
    const saved = opened.db.$client
      .prepare("SELECT title FROM contacts WHERE family_name = 'Watt'")
      .pluck()
      .get() as string;
    expect(JSON.parse(saved)).toEqual({ fr: 'Chargé de communication' });
  });

  it('refuses to edit a spreadsheet row or a person the release does not have', async () => {
    await previewRelease('release-edit-2');
    await expect(importService.editRow(ctx, { importId: 'release-edit-2', row: 9, person: david })).rejects.toThrow(
      AppError,
    );
    await importService.preview(ctx, {
      importId: 'sheet-edit-1',
      fileName: 'people.csv',
      source: {
        kind: 'inline',
        contentBase64: Buffer.from('Name,Email\nAna Lopes,ana@example.org\n').toString('base64'),
      },
      preset: 'auto',
      mapping: null,
      defaultCountry: null,
      lang: 'en',
      sheet: null,
    });
    await expect(importService.editRow(ctx, { importId: 'sheet-edit-1', row: 2, person: david })).rejects.toThrow(
      /Only people extracted from a release/,
    );
  });
});
