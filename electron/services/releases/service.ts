import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import { getOrganisation } from '../../../db/queries/organisations';
import { getBlocks, replaceBlocks } from '../../../db/queries/release-blocks';
import { getRevision, listRevisions } from '../../../db/queries/release-revisions';
import {
  allReferences,
  groupVersions,
  insertRelease,
  listReleases,
  referenceTaken,
  setGroupReference,
  setReleaseTags,
  updateRelease,
  type ReleaseRecord,
  type ReleaseValues,
} from '../../../db/queries/releases';
import { AppError } from '../../ipc/contract/errors';
import { releaseRevisionSnapshot, type Release } from '../../ipc/contract/releases';
import type { ServiceContext } from '../context';
import { blocksText, bodyBlocks } from './body';
import { runReleaseCheck } from './check';
import { existingChoices } from './contact-blocks';
import { foundRelease } from './found';
import { cityNamer, toRelease, toReleaseRow } from './record';
import { nextReference } from './reference';
import { recordRevision } from './revisions';
import { sanitizeBodyHtml, sanitizeBodyJson } from './sanitize';
import { boilerplateFor, readReleaseSettings, releaseYear } from './settings';
import { editableIn, needsCheck, statusLabel, transitions, type ReleaseStatus } from './status';
import type { ChannelOutputOf, ChannelParsedInputOf, ReleaseClock } from './types';

type Fields = ChannelParsedInputOf<'releases:create'>;
type Patch = ChannelParsedInputOf<'releases:update'>['patch'];

const validation = (path: string, message: string) => new AppError('Validation', message, [{ path, message }]);

/** The body as stored: the editor's document and HTML cleaned, and the search text derived from the clean HTML. */
export function storedBody(body: Fields['body']) {
  const bodyHtml = sanitizeBodyHtml(body.html);
  return {
    bodyJson: body.json === null ? null : sanitizeBodyJson(body.json),
    bodyHtml,
    bodyText: blocksText(bodyBlocks(bodyHtml), { links: false }),
  };
}

const storedEmbargo = (embargo: Fields['embargo']) => ({
  embargoUntil: embargo === null ? null : new Date(embargo.until).toISOString(),
  embargoTimeZone: embargo?.timeZone ?? null,
});

function checkOrganisation(db: Db, organisationId: number | null | undefined) {
  if (organisationId != null && !getOrganisation(db, organisationId))
    throw validation('organisationId', 'Choose an existing organisation');
}

function checkReference(db: Db, reference: string, translationGroup: string | null) {
  if (referenceTaken(db, reference, translationGroup))
    throw new AppError('Conflict', `Another release already has the reference ${reference}`, [
      { path: 'reference', message: 'Already used by another release' },
    ]);
}

function checkFresh(r: ReleaseRecord, ifUpdatedAt: string | undefined) {
  if (ifUpdatedAt !== undefined && ifUpdatedAt !== r.updatedAt)
    throw new AppError(
      'Conflict',
      'This release was changed elsewhere since you opened it; reload it to see the change',
    );
}

/** The columns a patch really changes: an autosave resending unchanged fields writes nothing for them. */
function changedValues(current: ReleaseRecord, patch: Patch): Partial<ReleaseValues> & { tags?: string[] } {
  const changes: { -readonly [K in keyof ReleaseValues]?: ReleaseValues[K] } & { tags?: string[] } = {};
  const simple = [
    'language',
    'organisationId',
    'title',
    'subtitle',
    'datelineCity',
    'datelineDate',
    'notesToEditors',
  ] as const;
  for (const key of simple) {
    const value = patch[key];
    if (value !== undefined && value !== current[key]) (changes as Record<string, unknown>)[key] = value;
  }
  if (patch.reference !== undefined && patch.reference !== current.reference) changes.reference = patch.reference;
  if (patch.body !== undefined) {
    const body = storedBody(patch.body);
    if (body.bodyHtml !== current.bodyHtml)
      Object.assign(changes, { bodyHtml: body.bodyHtml, bodyText: body.bodyText });
    if (JSON.stringify(body.bodyJson) !== JSON.stringify(current.bodyJson ?? null)) changes.bodyJson = body.bodyJson;
  }
  if (patch.embargo !== undefined) {
    const embargo = storedEmbargo(patch.embargo);
    if (embargo.embargoUntil !== current.embargoUntil || embargo.embargoTimeZone !== current.embargoTimeZone)
      Object.assign(changes, embargo);
  }
  if (patch.tags !== undefined) {
    const unique = [...new Map(patch.tags.map((t) => [t.toLowerCase(), t])).values()];
    const sorted = (tags: readonly string[]) =>
      [...tags]
        .map((t) => t.toLowerCase())
        .sort()
        .join('\u001f');
    if (sorted(unique) !== sorted(current.tags)) changes.tags = unique;
  }
  return changes;
}

const WORD_FIELDS = ['title', 'subtitle', 'datelineCity', 'datelineDate', 'bodyHtml', 'bodyJson', 'notesToEditors'];
const EMBARGO_FIELDS = ['embargoUntil', 'embargoTimeZone'];

function refuseLocked(current: ReleaseRecord, changed: readonly string[]) {
  const editable = editableIn[current.status];
  if (editable === 'all' || changed.length === 0) return;
  if (editable === 'embargo' && changed.every((k) => EMBARGO_FIELDS.includes(k))) return;
  const what = editable === 'embargo' ? 'only its embargo can change' : 'nothing can change';
  throw new AppError(
    'Conflict',
    `This release is ${statusLabel[current.status]}: ${what} until it is reopened as a draft`,
  );
}

function refuseTakenLanguage(db: Db, translationGroup: string, language: string, exceptId: number | null) {
  const taken = groupVersions(db, translationGroup).find((v) => v.language === language && v.id !== exceptId);
  if (taken)
    throw new AppError('Conflict', `This release already has a version in "${language}" (release ${taken.id})`, [
      { path: 'language', message: 'Another version has this language' },
    ]);
}

/** The release services, reading the time from `clock` (tests move it). */
export function createReleaseService(clock: ReleaseClock) {
  const output = (db: Db, id: number) => toRelease(db, foundRelease(db, id), clock.now());

  function create(ctx: ServiceContext, input: Fields): Release {
    const { db } = ctx;
    checkOrganisation(db, input.organisationId);
    if (typeof input.reference === 'string') checkReference(db, input.reference, null);
    const now = clock.now();
    const at = now.toISOString();
    const year = input.datelineDate ? Number(input.datelineDate.slice(0, 4)) : releaseYear(now);
    const id = db.transaction(() => {
      const reference =
        input.reference === undefined
          ? nextReference(readReleaseSettings(db).referencePattern, year, allReferences(db))
          : input.reference;
      const id = insertRelease(
        db,
        {
          reference,
          year,
          language: input.language,
          translationGroup: randomUUID(),
          translatedFromId: null,
          organisationId: input.organisationId,
          title: input.title,
          subtitle: input.subtitle,
          datelineCity: input.datelineCity,
          datelineDate: input.datelineDate,
          ...storedBody(input.body),
          notesToEditors: input.notesToEditors || (boilerplateFor(db, input.organisationId, input.language) ?? ''),
          status: 'draft',
          ...storedEmbargo(input.embargo),
          editedAt: at,
          archivedAt: null,
        },
        input.tags,
        at,
      );
      recordRevision(db, id, 'created', now);
      return id;
    });
    return output(db, id);
  }

  function update(ctx: ServiceContext, { id, patch, ifUpdatedAt }: ChannelParsedInputOf<'releases:update'>): Release {
    const { db } = ctx;
    const current = foundRelease(db, id);
    checkFresh(current, ifUpdatedAt);
    const { tags, ...changes } = changedValues(current, patch);
    const changed = [...Object.keys(changes), ...(tags ? ['tags'] : [])];
    refuseLocked(current, changed);
    if (changed.length === 0) return toRelease(db, current, clock.now());
    if (changes.language !== undefined) refuseTakenLanguage(db, current.translationGroup, changes.language, current.id);
    checkOrganisation(db, changes.organisationId);
    if (typeof changes.reference === 'string') checkReference(db, changes.reference, current.translationGroup);
    if (current.status === 'embargoed' && changes.embargoUntil === null)
      throw new AppError('Conflict', 'Move this release back to approved before lifting its embargo');
    const now = clock.now();
    const at = now.toISOString();
    db.transaction(() => {
      const { reference, ...own } = changes;
      const words = Object.keys(own).some((k) => WORD_FIELDS.includes(k));
      updateRelease(db, id, { ...own, ...(words ? { editedAt: at } : {}) }, at);
      if (reference !== undefined) setGroupReference(db, current.translationGroup, reference, at);
      if (tags) setReleaseTags(db, id, tags);
      recordRevision(db, id, 'edit', now);
    });
    return output(db, id);
  }

  function setStatus(ctx: ServiceContext, input: ChannelParsedInputOf<'releases:set-status'>): Release {
    const { db } = ctx;
    const current = foundRelease(db, input.id);
    checkFresh(current, input.ifUpdatedAt);
    const target: ReleaseStatus = input.status;
    if (target === current.status) return toRelease(db, current, clock.now());
    if (!transitions[current.status].includes(target)) {
      throw new AppError(
        'Conflict',
        `A release that is ${statusLabel[current.status]} can become ${transitions[current.status].map((s) => statusLabel[s]).join(', ')}, not ${statusLabel[target]}`,
      );
    }
    const now = clock.now();
    if (target === 'embargoed' && (current.embargoUntil === null || Date.parse(current.embargoUntil) <= now.getTime()))
      throw new AppError('Conflict', 'Set an embargo date and time in the future before embargoing this release', [
        { path: 'embargo', message: 'Needs a future embargo' },
      ]);
    if (needsCheck.has(target)) {
      // Publishing is what an embargo waits for: a passed embargo does not hold it back.
      const blocking = runReleaseCheck(db, current.id, now).findings.filter(
        (f) => f.severity === 'blocking' && !(target === 'published' && f.code === 'embargo_past'),
      );
      if (blocking.length) {
        throw new AppError(
          'Conflict',
          `Fix the release check first: ${blocking.map((f) => f.message).join('; ')}`,
          blocking.map((f) => ({ path: f.code, message: f.message })),
        );
      }
    }
    const at = now.toISOString();
    db.transaction(() => {
      const archivedAt = target === 'archived' ? at : null;
      updateRelease(db, current.id, { status: target, archivedAt }, at);
      recordRevision(db, current.id, 'status', now);
    });
    return output(db, current.id);
  }

  function restoreRevision(ctx: ServiceContext, { id }: { id: number }): Release {
    const { db } = ctx;
    const revision = getRevision(db, id);
    if (!revision) throw new AppError('NotFound', `Revision ${id} does not exist`);
    const current = foundRelease(db, revision.releaseId);
    if (editableIn[current.status] !== 'all')
      throw new AppError(
        'Conflict',
        `This release is ${statusLabel[current.status]}: reopen it as a draft to restore a revision`,
      );
    const snapshot = releaseRevisionSnapshot.parse(revision.snapshot);
    const now = clock.now();
    const at = now.toISOString();
    db.transaction(() => {
      updateRelease(
        db,
        current.id,
        {
          title: snapshot.title,
          subtitle: snapshot.subtitle,
          datelineCity: snapshot.datelineCity,
          datelineDate: snapshot.datelineDate,
          ...storedBody({ json: snapshot.body.json ?? null, html: snapshot.body.html }),
          notesToEditors: snapshot.notesToEditors,
          ...storedEmbargo(snapshot.embargo),
          editedAt: at,
        },
        at,
      );
      setReleaseTags(db, current.id, snapshot.tags);
      replaceBlocks(db, current.id, existingChoices(db, snapshot.blocks));
      recordRevision(db, current.id, 'restore', now);
    });
    return output(db, current.id);
  }

  function translate(ctx: ServiceContext, { id, language }: ChannelParsedInputOf<'releases:translate'>): Release {
    const { db } = ctx;
    const source = foundRelease(db, id);
    refuseTakenLanguage(db, source.translationGroup, language, null);
    const now = clock.now();
    const at = now.toISOString();
    const newId = db.transaction(() => {
      const copyId = insertRelease(
        db,
        {
          ...source,
          language,
          translatedFromId: source.id,
          notesToEditors: boilerplateFor(db, source.organisationId, language) ?? source.notesToEditors,
          status: 'draft',
          editedAt: at,
          archivedAt: null,
        },
        source.tags,
        at,
      );
      replaceBlocks(
        db,
        copyId,
        getBlocks(db, source.id).map((b) => ({
          subheading: b.subheading,
          rows: b.rows.map((r) => ({ contactId: r.contactId, phoneIds: r.phoneIds, emailIds: r.emailIds })),
        })),
      );
      recordRevision(db, copyId, 'translated', now);
      return copyId;
    });
    return output(db, newId);
  }

  function versions(ctx: ServiceContext, { id }: { id: number }): ChannelOutputOf<'releases:versions'> {
    const { db } = ctx;
    const release = foundRelease(db, id);
    const rows = groupVersions(db, release.translationGroup);
    const byId = new Map(rows.map((v) => [v.id, v]));
    const present = new Set(rows.map((v) => v.language));
    return {
      translationGroup: release.translationGroup,
      versions: rows.map((v) => {
        const source = v.translatedFromId === null ? undefined : byId.get(v.translatedFromId);
        return { ...v, stale: source !== undefined && source.editedAt > v.editedAt };
      }),
      missing: readReleaseSettings(db).languages.filter((l) => !present.has(l)),
    };
  }

  return {
    list: (ctx: ServiceContext, input: ChannelParsedInputOf<'releases:list'>) => {
      const { rows, total } = listReleases(ctx.db, {
        ...input.page,
        sort: input.sort.column,
        direction: input.sort.direction,
        ...input.filter,
      });
      const city = cityNamer(ctx.db);
      return { rows: rows.map((r) => toReleaseRow(r, city)), total };
    },
    get: (ctx: ServiceContext, { id }: { id: number }) => output(ctx.db, id),
    create,
    update,
    setStatus,
    listRevisions: (ctx: ServiceContext, { id }: { id: number }) => {
      foundRelease(ctx.db, id);
      return { rows: listRevisions(ctx.db, id) };
    },
    getRevision: (ctx: ServiceContext, { id }: { id: number }) => {
      const revision = getRevision(ctx.db, id);
      if (!revision) throw new AppError('NotFound', `Revision ${id} does not exist`);
      return { ...revision, snapshot: releaseRevisionSnapshot.parse(revision.snapshot) };
    },
    restoreRevision,
    translate,
    versions,
  };
}
