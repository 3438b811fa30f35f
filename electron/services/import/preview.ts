import type { Db } from '../../../db/client';
import { AppError } from '../../ipc/contract/errors';
import {
  readDirectorySnapshot,
  readImportMapping,
  readMergeTargets,
  readOfficeNames,
  readOrganisationNames,
} from '../../../db/queries/import';
import {
  columnFields,
  detectPreset,
  headerSignature,
  presetMapping,
  type ColumnMapping,
  type Preset,
  type PresetChoice,
} from './columns';
import { parseDelimited, sniffDelimiter } from './csv';
import { decodeText, type DecodedText } from './decode';
import { DirectoryNames } from './directory';
import { DuplicateFinder, type DuplicateMatch, type Person } from './duplicates';
import { ImportError } from './errors';
import { fold } from './fold';
import { detectFormat } from './formats';
import { mergeInto, workingFromRow, workingFromTarget, type FieldChange, type ResolvedContact } from './merge';
import { nameParts } from './names';
import { isPhoneCountry } from './places';
import { releaseCandidates, type ReleaseReader } from './release';
import { sheetCandidates } from './sheet-candidates';
import type { CandidateContact, FieldProblem, ProgressFn, Sheet, SourceFormat } from './types';
import { checkCandidate } from './validate';
import { parseVcards } from './vcard';
import { readXlsx } from './xlsx';
import { yieldToEventLoop } from './yield';

// Most rows have no problems and no warnings: one shared empty list instead of two per row.
const NONE: readonly never[] = Object.freeze([]);

/** Larger files are refused before reading: no press office's address book is 100 MB of text. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface PreviewOptions {
  readonly fileName: string;
  readonly preset?: PresetChoice;
  /** The user's mapping, one field (or null) per column; replaces the remembered or preset mapping. */
  readonly mapping?: ColumnMapping | null;
  /** Country for numbers without a country code in rows without a country column value; never guessed. */
  readonly defaultCountry?: string | null;
  /** Language (ISO 639-1) of titles and new organisation names whose source does not say. Default "en". */
  readonly lang?: string;
  /**
   * Return a preview that asks for a column mapping (`needsMapping`) instead of refusing a sheet whose columns were
   * not recognised: for the app, which can show the columns and let the user choose.
   */
  readonly allowUnmapped?: boolean;
  /** The workbook sheet to read (default: the first with rows). */
  readonly sheet?: string;
  /** Read the content as release text whatever it looks like (text the user pasted). */
  readonly format?: 'release';
  /** Release extraction for .txt, .html and .docx; without it those files are refused. */
  readonly release?: ReleaseReader;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressFn;
}

export interface TableInfo {
  readonly header: readonly string[];
  /** Identifies the header layout; the confirmed mapping is remembered under it. */
  readonly signature: string;
  readonly preset: Preset;
  /** Google's "current" or "older" layout, Outlook's "current" or "older", null for a generic sheet. */
  readonly layout: string | null;
  readonly mapping: ColumnMapping;
  readonly mappingSource: 'remembered' | 'preset' | 'chosen';
  /** The first rows as read, so the user can check the mapping against real values. */
  readonly samples: readonly (readonly string[])[];
  readonly delimiter: string | null;
  readonly sheet: string | null;
}

export type RowStatus = 'new' | 'duplicate' | 'rejected';

export interface PlanRow {
  readonly row: number;
  readonly status: RowStatus;
  /** Null when rejected. */
  readonly contact: ResolvedContact | null;
  readonly problems: readonly FieldProblem[];
  readonly warnings: readonly string[];
  /** For duplicates: what the row matched, why, with the name score, and what a merge would change. */
  readonly match: (DuplicateMatch & { readonly changes: readonly FieldChange[] }) | null;
}

export interface PreviewCounts {
  readonly rows: number;
  readonly new: number;
  /** Rows matching a contact already in the directory. */
  readonly duplicates: number;
  /** Of those, the ones a merge would change (the others are already in the directory as they are). */
  readonly updates: number;
  /** Rows matching an earlier row of the same file. */
  readonly inFile: number;
  readonly rejected: number;
}

export interface Preview {
  readonly fileName: string;
  readonly format: SourceFormat;
  readonly encoding: string | null;
  readonly table: TableInfo | null;
  /** The sheet's columns were not recognised: the user must say what they hold, then preview again. */
  readonly needsMapping: boolean;
  readonly rows: readonly PlanRow[];
  /** Organisations new rows name that the directory does not have; the apply creates them (and any a merge needs). */
  readonly organisationsToCreate: readonly string[];
  readonly counts: PreviewCounts;
  readonly lang: string;
  /**
   * A release's people as extracted, kept so the user can correct one and the rows be planned again (a release
   * has a handful of people; a sheet's rows are not kept twice).
   */
  readonly candidates?: readonly CandidateContact[];
  readonly defaultCountry?: string | null;
}

const isColumnMapping = (value: unknown, width: number): value is ColumnMapping =>
  Array.isArray(value) &&
  value.length === width &&
  value.every((f) => f === null || (columnFields as readonly unknown[]).includes(f));

interface ChosenMapping {
  readonly mapping: ColumnMapping;
  readonly source: TableInfo['mappingSource'];
  readonly preset: Preset;
  readonly layout: string | null;
  readonly signature: string;
}

/** The user's mapping if given; else, for "auto", the one remembered for this header; else the preset's. */
function chooseMapping(db: Db, sheet: Sheet, options: PreviewOptions): ChosenMapping {
  const signature = headerSignature(sheet.header);
  const detected = detectPreset(sheet.header);
  const preset = !options.preset || options.preset === 'auto' ? detected.preset : options.preset;
  const layout = preset === detected.preset ? detected.layout : null;
  if (options.mapping) {
    if (!isColumnMapping(options.mapping, sheet.header.length)) {
      throw new ImportError(
        'no-columns',
        `The mapping must give one field (or nothing) for each of the ${sheet.header.length} columns`,
      );
    }
    return { mapping: options.mapping, source: 'chosen', preset, layout, signature };
  }
  if (!options.preset || options.preset === 'auto') {
    const remembered = readImportMapping(db, signature) as { mapping?: unknown } | undefined;
    if (remembered && isColumnMapping(remembered.mapping, sheet.header.length)) {
      return { mapping: remembered.mapping, source: 'remembered', preset, layout, signature };
    }
  }
  return { mapping: presetMapping(sheet.header, preset), source: 'preset', preset, layout, signature };
}

const identifying = new Set([
  'givenName',
  'familyName',
  'fullName',
  'email',
  'phone',
  'phoneOffice',
  'phoneMobile',
  'phoneWhatsapp',
]);

/** The sheet with a name for every column (ragged rows widen it), and the table the preview shows for it. */
function mapSheet(db: Db, sheet: Sheet, options: PreviewOptions): { widened: Sheet; table: TableInfo } {
  if (sheet.header.every((h) => h.trim() === '')) {
    throw new ImportError('no-columns', 'The first row is empty: the file needs a header row naming its columns');
  }
  const width = Math.max(sheet.header.length, ...sheet.rows.slice(0, 1000).map((r) => r.cells.length));
  const header = Array.from({ length: width }, (_, i) => sheet.header[i]?.trim() || `Column ${i + 1}`);
  const chosen = chooseMapping(db, { ...sheet, header }, options);
  const table: TableInfo = {
    header,
    signature: chosen.signature,
    preset: chosen.preset,
    layout: chosen.layout,
    mapping: chosen.mapping,
    mappingSource: chosen.source,
    samples: sheet.rows.slice(0, 5).map((r) => r.cells.map((c) => (c.length > 200 ? `${c.slice(0, 200)}…` : c))),
    delimiter: sheet.delimiter ?? null,
    sheet: sheet.sheetName ?? null,
  };
  return { widened: { ...sheet, header }, table };
}

const recognised = (table: TableInfo) => table.mapping.some((f) => f !== null && identifying.has(f));

const unrecognised = () =>
  new ImportError(
    'no-columns',
    'No column of this file was recognised as a name, email or phone number: choose what each column holds',
  );

/**
 * What the preview says about a sheet whose columns were not recognised, when the caller can ask the user to map
 * them (the app): the columns and sample rows, and no rows planned yet.
 */
function needsMapping(
  options: PreviewOptions,
  format: SourceFormat,
  encoding: string | null,
  table: TableInfo,
): Preview {
  return {
    fileName: options.fileName,
    format,
    encoding,
    table,
    needsMapping: true,
    rows: [],
    organisationsToCreate: [],
    counts: { rows: 0, new: 0, duplicates: 0, updates: 0, inFile: 0, rejected: 0 },
    lang: options.lang ?? 'en',
  };
}

/**
 * Reads a file and plans its import without writing anything: every row validated (rejections with the reason per
 * field), organisations matched, duplicates found against the directory and earlier rows, and for each duplicate
 * what a merge would change. Long files are read in chunks: `signal` cancels, `onProgress` reports counts.
 */
export async function buildPreview(db: Db, bytes: Uint8Array, options: PreviewOptions): Promise<Preview> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError('too-large', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  }
  if (bytes.length === 0) throw new ImportError('empty', 'The file is empty');
  if (options.defaultCountry && !isPhoneCountry(options.defaultCountry)) {
    throw new AppError('Validation', `${options.defaultCountry} has no phone numbering plan: choose another country`);
  }
  const lang = options.lang ?? 'en';
  // Decoded on first use: an Excel workbook is not text.
  const decoding: { value?: DecodedText } = {};
  const text = () => (decoding.value ??= decodeText(bytes)).text;
  const detected = options.format ?? detectFormat(options.fileName, bytes, text);
  let format: SourceFormat;
  let table: TableInfo | null = null;
  let candidates: CandidateContact[];
  if (detected === 'xlsx' || detected === 'csv') {
    format = detected;
    let sheet: Sheet;
    if (detected === 'xlsx') {
      sheet = await readXlsx(bytes, options.sheet);
    } else {
      const delimiter = sniffDelimiter(text());
      // The header decides whether the file can be imported at all: check it before reading 50 MB of rows.
      if (!options.mapping) {
        const head = mapSheet(db, await parseDelimited(text().slice(0, 65_536), { delimiter }), options).table;
        if (!recognised(head)) {
          if (options.allowUnmapped) return needsMapping(options, format, decoding.value?.encoding ?? null, head);
          throw unrecognised();
        }
      }
      sheet = await parseDelimited(text(), { delimiter, signal: options.signal, onProgress: options.onProgress });
    }
    const mapped = mapSheet(db, sheet, options);
    table = mapped.table;
    if (!recognised(table)) {
      if (options.allowUnmapped) return needsMapping(options, format, decoding.value?.encoding ?? null, table);
      throw unrecognised();
    }
    candidates = sheetCandidates(mapped.widened, table.mapping, decoding.value?.malformed ?? false);
  } else if (detected === 'vcard') {
    format = 'vcard';
    candidates = await parseVcards(text(), { signal: options.signal, onProgress: options.onProgress });
    if (candidates.length === 0)
      throw new ImportError('nothing-valid', 'The file holds no vCard (BEGIN:VCARD … END:VCARD)');
  } else {
    format = 'release';
    if (!options.release) throw new ImportError('unsupported', 'Release text cannot be imported here yet');
    let releaseText: string;
    if (detected !== 'docx') releaseText = text();
    else if (options.release.docxText) releaseText = await options.release.docxText(bytes);
    else throw new ImportError('unsupported', 'Word documents cannot be read yet: paste the release text');
    candidates = releaseCandidates(options.release.extract(releaseText));
    if (candidates.length === 0) throw new ImportError('nothing-valid', 'No contact block was found in this text');
  }
  options.signal?.throwIfAborted();
  const plan = await planRows(db, candidates, { ...options, lang });
  const encoding = decoding.value?.encoding ?? null;
  return {
    fileName: options.fileName,
    format,
    encoding,
    table,
    needsMapping: false,
    ...plan,
    lang,
    ...(format === 'release' ? { candidates, defaultCountry: options.defaultCountry ?? null } : {}),
  };
}

/**
 * Validates candidates from any source and matches them against the directory and each other. Shared by files and
 * by release extraction, so every source gets the same checks, duplicate rules and preview.
 */
export async function planRows(
  db: Db,
  candidates: readonly CandidateContact[],
  options: Pick<PreviewOptions, 'defaultCountry' | 'signal' | 'onProgress'> & { readonly lang: string },
): Promise<Pick<Preview, 'rows' | 'organisationsToCreate' | 'counts'>> {
  const names = new DirectoryNames(readOrganisationNames(db), readOfficeNames(db));
  const finder = new DuplicateFinder();
  const snapshot = readDirectorySnapshot(db);
  const emailsOf = new Map<number, string[]>();
  const phonesOf = new Map<number, string[]>();
  for (const e of snapshot.emails)
    (emailsOf.get(e.contactId) ?? emailsOf.set(e.contactId, []).get(e.contactId)!).push(e.address);
  for (const p of snapshot.phones)
    (phonesOf.get(p.contactId) ?? phonesOf.set(p.contactId, []).get(p.contactId)!).push(p.e164);
  for (const c of snapshot.contacts) {
    finder.add(
      { kind: 'contact', id: c.id },
      {
        ...nameParts(c.givenName, c.familyName),
        name: `${c.givenName} ${c.familyName}`.trim(),
        organisation: c.organisationId === null ? '' : `id:${c.organisationId}`,
        emails: emailsOf.get(c.id) ?? [],
        e164s: phonesOf.get(c.id) ?? [],
      },
    );
  }

  const rows: (Omit<PlanRow, 'match'> & { match: DuplicateMatch | null })[] = [];
  const newOrganisations = new Map<string, string>();
  const total = candidates.length;
  for (let i = 0; i < total; i++) {
    if (i % 1000 === 0 && i > 0) {
      options.signal?.throwIfAborted();
      options.onProgress?.({ phase: 'checking', done: i, total });
      await yieldToEventLoop();
    }
    const candidate = candidates[i]!;
    const checked = checkCandidate(candidate, { defaultCountry: options.defaultCountry ?? null, lang: options.lang });
    if (!checked.contact) {
      rows.push({
        row: candidate.row,
        status: 'rejected',
        contact: null,
        problems: checked.problems,
        warnings: checked.warnings,
        match: null,
      });
      continue;
    }
    const organisationId = names.organisationId(checked.contact.organisation);
    const officeId = names.officeId(organisationId, checked.contact.office, checked.contact.city);
    const warnings = [...checked.warnings];
    if (checked.contact.office && officeId === null) {
      warnings.push(
        `Office "${checked.contact.office}" is not in the directory: the contact is imported without an office`,
      );
    }
    const organisation = checked.contact.organisation;
    const contact: ResolvedContact = { ...checked.contact, organisationId, officeId };
    const person: Person = {
      ...nameParts(contact.givenName, contact.familyName),
      name: `${contact.givenName} ${contact.familyName}`.trim(),
      organisation: organisationId !== null ? `id:${organisationId}` : organisation ? `new:${fold(organisation)}` : '',
      emails: contact.emails.map((e) => e.address),
      e164s: contact.phones.map((p) => p.e164),
    };
    const match = finder.find(person);
    finder.add(match?.target ?? { kind: 'row', row: contact.row }, person);
    // Listed for the rows that will be created; a duplicate's organisation only matters if it is merged.
    if (!match && organisation && organisationId === null && !newOrganisations.has(fold(organisation))) {
      newOrganisations.set(fold(organisation), organisation);
    }
    rows.push({
      row: contact.row,
      status: match ? 'duplicate' : 'new',
      contact,
      problems: NONE,
      warnings: warnings.length ? warnings : NONE,
      match,
    });
  }
  options.onProgress?.({ phase: 'checking', done: total, total });

  const targets = readMergeTargets(db, [
    ...new Set(rows.flatMap((r) => (r.match?.target.kind === 'contact' ? [r.match.target.id] : []))),
  ]);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  let updates = 0;
  let duplicates = 0;
  let inFile = 0;
  const planned: PlanRow[] = rows.map((r) => {
    if (!r.match || !r.contact) return { ...r, match: null };
    let changes: FieldChange[] = [];
    if (r.match.target.kind === 'contact') {
      duplicates++;
      const target = targets.get(r.match.target.id);
      if (target) changes = mergeInto(workingFromTarget(target), r.contact, r.contact.organisation);
      if (changes.length) updates++;
    } else {
      inFile++;
      const root = byRow.get(r.match.target.row)?.contact;
      if (root) changes = mergeInto(workingFromRow(root), r.contact, r.contact.organisation);
    }
    return { ...r, match: { ...r.match, changes } };
  });
  const rejected = planned.filter((r) => r.status === 'rejected').length;
  return {
    rows: planned,
    organisationsToCreate: [...newOrganisations.values()],
    counts: {
      rows: planned.length,
      new: planned.length - rejected - duplicates - inFile,
      duplicates,
      updates,
      inFile,
      rejected,
    },
  };
}
