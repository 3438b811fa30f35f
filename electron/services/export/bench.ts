import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../../db/client';
import { exportContacts, type ExportFormat } from './export';

/**
 * Export timings for `npm run bench`. The CSV floor is the same rows (the default columns, name order, the same
 * contacts) read by one raw SQLite query and written with a bare string join, and again with csv-stringify: what an
 * export costs with none of PressDesk's work (formula neutralisation, international phone format, localized names
 * with fallbacks, chunking with progress and cancel, temporary file and rename, activity log).
 */
const FLOOR_SQL = `
  SELECT c.given_name, c.family_name, json_extract(c.title, '$.en'), json_extract(o.name, '$.en'),
         json_extract(f.name, '$.en'), json_extract(f.city, '$.en'), f.country,
         (SELECT address FROM contact_emails WHERE contact_id = c.id ORDER BY preferred DESC, position LIMIT 1),
         (SELECT e164 FROM contact_phones WHERE contact_id = c.id AND kind = 'office' ORDER BY position LIMIT 1),
         (SELECT e164 FROM contact_phones WHERE contact_id = c.id AND kind = 'mobile' ORDER BY position LIMIT 1),
         (SELECT group_concat(lang, ', ') FROM contact_languages WHERE contact_id = c.id)
  FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id LEFT JOIN offices f ON f.id = c.office_id
  WHERE c.archived_at IS NULL
  ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id`;

const HEADER =
  'First name,Last name,Job title,Organisation,Office,City,Country,Email,Business phone,Mobile phone,Languages';

const quote = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function floorJoin(db: Db, file: string) {
  const rows = db.$client.prepare(FLOOR_SQL).raw().all() as (string | number | null)[][];
  fs.writeFileSync(file, `\uFEFF${HEADER}\r\n${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
  return rows.length;
}

function floorCsvStringify(db: Db, file: string) {
  const rows = db.$client.prepare(FLOOR_SQL).raw().all() as unknown[][];
  fs.writeFileSync(file, `\uFEFF${HEADER}\r\n${stringify(rows, { record_delimiter: '\r\n' })}`);
  return rows.length;
}

const elapsed = async <T>(work: () => T | Promise<T>) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000) };
};

export interface ExportBenchOptions {
  /** A folder for the files (removed by the caller). */
  readonly dir: string;
  /** Contacts in the PDF sheet (default 2,000): the first ones by name. */
  readonly pdfContacts?: number;
  readonly progress?: (message: string) => void;
}

/**
 * Runs the exports against `db` (seeded beforehand, e.g. 100,000 contacts) and returns `npm run bench` entries. App
 * and floor alternate (floor, app, floor, app) and the best of two counts for each, so both see the same caches.
 */
export async function runExportBenchmark(db: Db, options: ExportBenchOptions): Promise<Record<string, unknown>> {
  const say = options.progress ?? (() => {});
  const everyone = { kind: 'filter' as const, filter: { query: '', includeArchived: false } };
  const file = (name: string) => path.join(options.dir, name);
  const run = (format: ExportFormat, name: string) =>
    exportContacts(db, { scope: everyone, format, destination: file(name), recordActivity: false });

  say('export: CSV against its floors…');
  const floor = [];
  const app = [];
  const stringified = [];
  for (let round = 0; round < 2; round++) {
    floor.push(await elapsed(() => floorJoin(db, file('floor.csv'))));
    stringified.push(await elapsed(() => floorCsvStringify(db, file('floor-stringify.csv'))));
    app.push(await elapsed(() => run('csv', 'app.csv')));
  }
  const best = <T extends { ms: number }>(samples: T[]) => samples.reduce((a, b) => (b.ms < a.ms ? b : a));
  const csv = best(app);
  const csvFloor = best(floor);
  const rows = csv.value.rows;
  const withActivity = await elapsed(() =>
    exportContacts(db, { scope: everyone, format: 'csv', destination: file('logged.csv') }),
  );
  db.$client.prepare("DELETE FROM activity WHERE kind = 'exported'").run();

  say('export: XLSX…');
  const xlsx = await elapsed(() => run('xlsx', 'app.xlsx'));
  say('export: vCard 4.0…');
  const vcard = await elapsed(() => run('vcf', 'app.vcf'));
  say('export: PDF…');
  const pdfIds = db.$client
    .prepare('SELECT id FROM contacts WHERE archived_at IS NULL ORDER BY id LIMIT ?')
    .pluck()
    .all(options.pdfContacts ?? 2000) as number[];
  const pdf = await elapsed(() =>
    exportContacts(db, {
      scope: { kind: 'selection', contactIds: pdfIds },
      format: 'pdf',
      destination: file('app.pdf'),
      recordActivity: false,
    }),
  );
  const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  return {
    [`export_csv_${label(rows)}`]: {
      app_ms: csv.ms,
      floor_ms: csvFloor.ms,
      ratio: Math.round((csv.ms / csvFloor.ms) * 100) / 100,
      app_cpu_ms: csv.cpuMs,
      floor_cpu_ms: csvFloor.cpuMs,
      csv_stringify_floor_ms: best(stringified).ms,
      with_activity_log_ms: withActivity.ms,
      rows,
      bytes: csv.value.bytes,
      floor: 'one raw SQLite query of the same rows and columns, joined with string concatenation',
    },
    [`export_xlsx_${label(rows)}`]: {
      app_ms: xlsx.ms,
      app_cpu_ms: xlsx.cpuMs,
      rows: xlsx.value.rows,
      bytes: xlsx.value.bytes,
    },
    [`export_vcard_${label(rows)}`]: {
      app_ms: vcard.ms,
      app_cpu_ms: vcard.cpuMs,
      rows: vcard.value.rows,
      bytes: vcard.value.bytes,
    },
    [`export_pdf_${label(pdf.value.rows)}`]: {
      app_ms: pdf.ms,
      app_cpu_ms: pdf.cpuMs,
      rows: pdf.value.rows,
      bytes: pdf.value.bytes,
    },
  };
}
