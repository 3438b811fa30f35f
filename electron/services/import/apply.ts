import type { Db } from '../../../db/client';
import type { ContactValues } from '../../../db/queries/contacts';
import {
  createImportWriter,
  readMergeTargets,
  readOfficeNames,
  readOrganisationNames,
  saveImportMapping,
  type MergeTarget,
} from '../../../db/queries/import';
import { flushSearchIndex } from '../../../db/queries/search-index';
import { AppError } from '../../ipc/contract/errors';
import type { duplicateActions } from '../../ipc/contract/import';
import { DirectoryNames } from './directory';
import { ImportError } from './errors';
import {
  additionsOf,
  mergeInto,
  workingFromRow,
  workingFromTarget,
  type ResolvedContact,
  type WorkingContact,
} from './merge';
import type { PlanRow, Preview } from './preview';
import type { ProgressFn } from './types';

export type DuplicateAction = (typeof duplicateActions)[number];

export interface ApplyOptions {
  /** What to do with every duplicate row that has no decision of its own. */
  readonly onDuplicate: DuplicateAction;
  /** Per-row decisions, by row number; they override `onDuplicate`. */
  readonly decisions?: ReadonlyMap<number, DuplicateAction>;
  /** Write the valid rows even when some are rejected; without it any rejected row means nothing is written. */
  readonly skipInvalid: boolean;
  /** Recorded on every contact created, and on merged contacts that had none. */
  readonly lawfulBasis?: string | null;
  /** Where the contacts came from; default "Imported from <file name>" ("Extracted from …" for a release). */
  readonly source?: string;
  /** Remember the table's column mapping for files with the same header (default true). */
  readonly rememberMapping?: boolean;
  /** Work out the result without writing anything (the CLI's --dry-run). */
  readonly dryRun?: boolean;
  readonly signal?: AbortSignal;
  /** Called during the write, every few hundred contacts; a terminal can draw a bar, the app a progress bar. */
  readonly onProgress?: ProgressFn;
}

export interface RejectedField {
  readonly row: number;
  readonly field: string;
  readonly reason: string;
}

export interface ImportResult {
  /** Contacts created. */
  readonly created: number;
  /** Existing contacts that gained something from a merge. */
  readonly updated: number;
  /** Rows folded into another contact: an existing one or another row of the file. */
  readonly merged: number;
  /** Duplicate rows left out. */
  readonly skipped: number;
  readonly rejected: readonly RejectedField[];
}

export const rejectedFields = (preview: Preview): RejectedField[] =>
  preview.rows.flatMap((r) => r.problems.map((p) => ({ row: r.row, field: p.field, reason: p.reason })));

/** Stands for an organisation a dry run would create. */
const NOT_YET_CREATED = -1;

/** A new organisation's name; one written like an acronym ("IOM", "UNHCR") is its acronym too. */
const organisationName = (name: string, lang: string) => ({
  name: { [lang]: name },
  acronym: /^[A-Z][A-Z0-9&.-]{1,9}$/.test(name) ? { [lang]: name } : {},
});

type Slot =
  // A new contact's working copy is made only when another row merges into it: most rows are never merged into,
  // and a copy of every row would double the memory a 100,000-row import holds.
  | { readonly kind: 'new'; readonly row: ResolvedContact; working: WorkingContact | null; readonly rows: number[] }
  | {
      readonly kind: 'existing';
      readonly id: number;
      readonly original: MergeTarget;
      readonly working: WorkingContact;
      readonly rows: number[];
    };

/**
 * Decides each valid row's fate (create, merge into which contact, skip) against the directory as it is now, so
 * a contact edited since the preview is merged with its current phones and emails.
 */
function plan(rows: readonly PlanRow[], targets: ReadonlyMap<number, MergeTarget>, options: ApplyOptions) {
  const slots: Slot[] = [];
  const slotOfRow = new Map<number, Slot>();
  const existing = new Map<number, Slot>();
  let merged = 0;
  let skipped = 0;
  for (const r of rows) {
    if (!r.contact) continue;
    const action = r.match ? (options.decisions?.get(r.row) ?? options.onDuplicate) : 'keep-both';
    if (action === 'skip') {
      skipped++;
      continue;
    }
    let slot: Slot | undefined;
    if (action === 'merge' && r.match) {
      const target = r.match.target;
      if (target.kind === 'row') {
        slot = slotOfRow.get(target.row);
      } else {
        slot = existing.get(target.id);
        const original = targets.get(target.id);
        if (!slot && !original) {
          throw new AppError('Conflict', `Contact ${target.id} was deleted after the preview: preview the file again`);
        }
        if (!slot && original) {
          slot = { kind: 'existing', id: target.id, original, working: workingFromTarget(original), rows: [] };
          existing.set(target.id, slot);
          slots.push(slot);
        }
      }
    }
    if (slot) {
      mergeInto(slot.kind === 'new' ? (slot.working ??= workingFromRow(slot.row)) : slot.working, r.contact, null);
      slot.rows.push(r.row);
      merged++;
    } else {
      slot = { kind: 'new', row: r.contact, working: null, rows: [r.row] };
      slots.push(slot);
    }
    slotOfRow.set(r.row, slot);
  }
  return { slots, merged, skipped };
}

const valuesOf = (
  w: WorkingContact,
  organisationId: number | null,
  source: string,
  lawfulBasis: string | null,
): ContactValues => ({
  honorific: w.honorific,
  givenName: w.givenName,
  familyName: w.familyName,
  organisationId,
  officeId: organisationId === w.organisationId ? w.officeId : null,
  title: w.title,
  phones: w.phones.map((p) => ({ kind: p.kind, raw: p.raw, e164: p.e164, digits: p.digits, preferred: false })),
  emails: w.emails.map((e) => ({ address: e.address, kind: e.kind, preferred: false })),
  languages: w.languages,
  roles: [],
  countries: [],
  regionIds: [],
  topics: w.topics,
  social: {},
  notes: w.notes,
  doNotContact: false,
  doNotContactReason: null,
  doNotContactUntil: null,
  lawfulBasis,
  source,
  lastVerifiedAt: null,
});

interface Prepared {
  readonly valid: readonly PlanRow[];
  readonly rejected: readonly RejectedField[];
  readonly source: string;
  readonly lawfulBasis: string | null;
}

/** Refuses an import that cannot be written (nothing valid, invalid rows the user did not choose to skip). */
function prepare(preview: Preview, options: ApplyOptions): Prepared {
  if (preview.needsMapping) {
    throw new ImportError('no-columns', 'Say what each column holds, then preview the file again');
  }
  const rejected = rejectedFields(preview);
  const valid = preview.rows.filter((r) => r.contact !== null);
  if (valid.length === 0) {
    throw new ImportError(
      'nothing-valid',
      preview.rows.length === 0 ? 'The file has no contacts in it' : 'Nothing valid to import: every row is rejected',
    );
  }
  if (rejected.length > 0 && !options.skipInvalid) {
    const rows = new Set(rejected.map((r) => r.row)).size;
    throw new ImportError(
      'invalid-rows',
      `${rows} ${rows === 1 ? 'row is' : 'rows are'} invalid, so nothing was imported: fix ${rows === 1 ? 'it' : 'them'}, or choose to skip invalid rows`,
    );
  }
  options.signal?.throwIfAborted();
  const source =
    options.source ?? `${preview.format === 'release' ? 'Extracted from' : 'Imported from'} ${preview.fileName}`;
  return { valid, rejected, source, lawfulBasis: options.lawfulBasis ?? null };
}

/** Contacts written between two pauses of a background apply (and between two progress reports). */
const CHUNK = 500;

/**
 * The writes of an import, pausing (`yield`) after every chunk of contacts. The caller owns the transaction: the
 * synchronous apply runs it to the end at once, the background apply lets the event loop in at each pause.
 */
function* writeSteps(db: Db, preview: Preview, p: Prepared, options: ApplyOptions): Generator<void, ImportResult> {
  const targetIds = new Set(p.valid.flatMap((r) => (r.match?.target.kind === 'contact' ? [r.match.target.id] : [])));
  const targets = readMergeTargets(db, [...targetIds]);
  const { slots, merged, skipped } = plan(p.valid, targets, options);
  const names = new DirectoryNames(readOrganisationNames(db), readOfficeNames(db));
  const writer = options.dryRun ? null : createImportWriter(db);
  const organisationOf = (w: WorkingContact) => {
    if (w.organisationId !== null || w.organisationName === null) return w.organisationId;
    const found = names.organisationId(w.organisationName);
    if (found !== null || !writer) return found ?? NOT_YET_CREATED;
    const id = writer.insertOrganisation(organisationName(w.organisationName, w.organisationLang ?? preview.lang));
    names.remember(w.organisationName, id);
    return id;
  };
  let created = 0;
  let updated = 0;
  for (let i = 0; i < slots.length; i++) {
    if (i % CHUNK === 0) {
      if (i > 0) yield;
      options.onProgress?.({ phase: 'writing', done: i, total: slots.length });
    }
    const slot = slots[i]!;
    const working = slot.kind === 'new' ? (slot.working ?? workingFromRow(slot.row)) : slot.working;
    const organisationId = organisationOf(working);
    if (slot.kind === 'new') {
      writer?.insertContact(valuesOf(working, organisationId, p.source, p.lawfulBasis));
      created++;
      continue;
    }
    const additions = additionsOf(slot.original, slot.working, organisationId);
    if (!additions) continue;
    writer?.addToContact(
      slot.id,
      { ...additions, ...(p.lawfulBasis && !slot.original.lawfulBasis ? { lawfulBasis: p.lawfulBasis } : {}) },
      { source: p.source, rows: slot.rows, phones: additions.phones.length, emails: additions.emails.length },
    );
    updated++;
  }
  if (writer) {
    flushSearchIndex(db);
    if (preview.table && options.rememberMapping !== false) {
      saveImportMapping(db, preview.table.signature, {
        header: preview.table.header,
        mapping: preview.table.mapping,
      });
    }
  }
  options.onProgress?.({ phase: 'writing', done: slots.length, total: slots.length });
  return { created, updated, merged, skipped, rejected: p.rejected };
}

function runToEnd(steps: Generator<void, ImportResult>): ImportResult {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Writes a previewed import in ONE synchronous transaction (nothing awaited inside): organisations the file names
 * are found or created, rows created or merged as decided, the search index flushed once, the column mapping
 * remembered. Any error rolls everything back, so an import is all or nothing; without `skipInvalid`, a single
 * rejected row means nothing is written.
 */
export function applyPreview(db: Db, preview: Preview, options: ApplyOptions): ImportResult {
  const prepared = prepare(preview, options);
  const run = () => runToEnd(writeSteps(db, preview, prepared, options));
  return options.dryRun ? run() : db.$client.transaction(run)();
}

/**
 * The same all-or-nothing write on a connection of the import's own, pausing between chunks so progress can be
 * polled and a cancel heard while it runs. The connection must serve nothing else: any other statement on it would
 * join this transaction (and be rolled back with it). Readers on other connections keep seeing the directory as it
 * was until the commit; a cancel, a crash or an error rolls the whole import back.
 */
export async function applyPreviewInBackground(
  writerDb: Db,
  preview: Preview,
  options: ApplyOptions & { readonly pause: () => Promise<unknown> },
): Promise<ImportResult> {
  const prepared = prepare(preview, options);
  const sqlite = writerDb.$client;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const steps = writeSteps(writerDb, preview, prepared, options);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        options.signal?.throwIfAborted();
        sqlite.exec('COMMIT');
        return step.value;
      }
      await options.pause();
      options.signal?.throwIfAborted();
    }
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
