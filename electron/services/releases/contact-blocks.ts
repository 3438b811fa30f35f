import type { Db } from '../../../db/client';
import { getContact, type ContactRecord } from '../../../db/queries/contacts';
import { getOffice } from '../../../db/queries/offices';
import { getOrganisation } from '../../../db/queries/organisations';
import { frozenBlockText } from '../../../db/queries/erasure';
import { getBlocks, replaceBlocks, type BlockChoice, type BlockRecord } from '../../../db/queries/release-blocks';
import { touchRelease } from '../../../db/queries/releases';
import { AppError } from '../../ipc/contract/errors';
import type { SavedBlockTemplate } from '../../ipc/contract/contact-blocks';
import type { ReleaseBlocks } from '../../ipc/contract/releases';
import { renderContactBlock, type BlockPerson, type BlockSection } from '../contact-block/render';
import { readSavedTemplates } from '../contact-block/template-store';
import { resolveTemplate } from '../contact-block/templates';
import type { ServiceContext } from '../context';
import { displayName } from '../contacts';
import { displayPhone } from '../phones';
import { directionOf } from './locale';
import { recordRevision } from './revisions';
import { foundRelease } from './found';
import { editableIn, statusLabel } from './status';
import type { ChannelParsedInputOf, ReleaseClock } from './types';

/** Do-not-contact holds until the day after `doNotContactUntil`; without a date it holds until lifted. */
export function doNotContactActive(c: Pick<ContactRecord, 'doNotContact' | 'doNotContactUntil'>, now: Date): boolean {
  if (!c.doNotContact) return false;
  return c.doNotContactUntil === null || c.doNotContactUntil >= now.toISOString().slice(0, 10);
}

/** Loads contacts, their offices and organisations, and the saved templates, once each however many blocks use them. */
export function contactLoader(db: Db) {
  const contacts = new Map<number, ContactRecord | undefined>();
  const offices = new Map<number, ReturnType<typeof getOffice>>();
  const organisations = new Map<number, ReturnType<typeof getOrganisation>>();
  let saved: SavedBlockTemplate[] | undefined;
  const memo = <T>(cache: Map<number, T>, id: number, load: (id: number) => T) => {
    if (!cache.has(id)) cache.set(id, load(id));
    return cache.get(id) as T;
  };
  return {
    contact: (id: number) => memo(contacts, id, (i) => getContact(db, i)),
    office: (id: number | null) => (id === null ? undefined : memo(offices, id, (i) => getOffice(db, i))),
    organisation: (id: number | null) =>
      id === null ? undefined : memo(organisations, id, (i) => getOrganisation(db, i)),
    template: (lang: string, organisationId: number | null) => {
      saved ??= readSavedTemplates(db);
      return resolveTemplate(saved, lang, organisationId);
    },
  };
}

export type ContactLoader = ReturnType<typeof contactLoader>;

/** Null chooses everything, in the contact's order; a list chooses those that still exist, in the list's order. */
export function chosen<T extends { readonly id: number }>(all: readonly T[], ids: readonly number[] | null): T[] {
  if (ids === null) return [...all];
  return ids.flatMap((id) => all.filter((item) => item.id === id));
}

/** A block line's person with only the phones and emails chosen for this release. */
export function blockPerson(
  load: ContactLoader,
  contact: ContactRecord,
  phoneIds: readonly number[] | null,
  emailIds: readonly number[] | null,
): BlockPerson {
  const office = load.office(contact.officeId);
  const organisation = load.organisation(contact.organisationId ?? office?.organisationId ?? null);
  return {
    name: displayName(contact),
    title: contact.title,
    officeName: office?.name ?? {},
    officeCity: office?.city ?? {},
    organisationName: organisation?.name ?? {},
    phones: chosen(contact.phones, phoneIds).map((p) => ({ display: displayPhone(p.raw, p.e164), kind: p.kind })),
    emails: chosen(contact.emails, emailIds).map((e) => e.address),
  };
}

/** The blocks as the contact block renderer takes them: only rows whose contact exists, and no empty sections. */
export function blockSections(load: ContactLoader, blocks: readonly BlockRecord[]) {
  return blocks
    .map((b) => ({
      subheading: b.subheading,
      people: b.rows.flatMap((row) => {
        const contact = load.contact(row.contactId);
        return contact
          ? [{ contactId: contact.id, person: blockPerson(load, contact, row.phoneIds, row.emailIds) }]
          : [];
      }),
    }))
    .filter((s) => s.people.length > 0);
}

/**
 * The release's contact block text in its language, laid out with its organisation's template for that language
 * (Settings), or '' when it has no one in it; with per-contact warnings.
 */
export function renderReleaseBlocks(
  load: ContactLoader,
  blocks: readonly BlockRecord[],
  lang: string,
  organisationId: number | null,
) {
  const sections = blockSections(load, blocks);
  if (sections.length === 0) return { text: '', warnings: [], sections };
  const template = load.template(lang, organisationId);
  const asSections: BlockSection[] = sections.map((s) => ({
    subheading: s.subheading,
    people: s.people.map((p) => p.person),
  }));
  const { text } = renderContactBlock(asSections, lang, template);
  // Rendered one person at a time too, so each fallback warning names its contact, even two people with one name.
  const warnings = sections.flatMap((s) =>
    s.people.flatMap(({ contactId, person }) =>
      renderContactBlock([{ people: [person] }], lang, template).warnings.map((w) => ({ ...w, contactId })),
    ),
  );
  return { text, warnings, sections };
}

/** Snapshot rows whose contact, phones and emails still exist: what restoring a revision can bring back. */
export function existingChoices(db: Db, blocks: readonly BlockChoice[]): BlockChoice[] {
  const load = contactLoader(db);
  return blocks.map((b) => ({
    subheading: b.subheading,
    rows: b.rows.flatMap((row) => {
      const contact = load.contact(row.contactId);
      if (!contact) return [];
      const keep = (all: readonly { id: number }[], ids: readonly number[] | null) =>
        ids === null ? null : ids.filter((id) => all.some((x) => x.id === id));
      return [
        {
          contactId: row.contactId,
          phoneIds: keep(contact.phones, row.phoneIds),
          emailIds: keep(contact.emails, row.emailIds),
        },
      ];
    }),
  }));
}

function blocksOutput(db: Db, releaseId: number, now: Date): ReleaseBlocks {
  const release = foundRelease(db, releaseId);
  const blocks = getBlocks(db, releaseId);
  const load = contactLoader(db);
  const preview = renderReleaseBlocks(load, blocks, release.language, release.organisationId);
  return {
    releaseId,
    releaseUpdatedAt: release.updatedAt,
    language: release.language,
    blocks: blocks.map((b) => ({
      id: b.id,
      position: b.position,
      subheading: b.subheading,
      rows: b.rows.flatMap((row) => {
        const c = load.contact(row.contactId);
        if (!c) return [];
        const office = load.office(c.officeId);
        const shownPhones = new Set(chosen(c.phones, row.phoneIds).map((p) => p.id));
        const shownEmails = new Set(chosen(c.emails, row.emailIds).map((e) => e.id));
        return [
          {
            ...row,
            contact: {
              id: c.id,
              displayName: displayName(c),
              title: c.title,
              officeName: office?.name ?? {},
              organisationName: load.organisation(c.organisationId)?.name ?? {},
              languages: [...c.languages],
              doNotContact: doNotContactActive(c, now),
              archived: c.archivedAt !== null,
              phones: c.phones.map((p) => ({
                id: p.id,
                display: displayPhone(p.raw, p.e164),
                kind: p.kind,
                shown: shownPhones.has(p.id),
              })),
              emails: c.emails.map((e) => ({
                id: e.id,
                address: e.address,
                kind: e.kind,
                shown: shownEmails.has(e.id),
              })),
            },
          },
        ];
      }),
    })),
    preview: {
      // A published release whose block named an erased person keeps the text it was published with.
      text: frozenBlockText(db, releaseId, blocks) ?? preview.text,
      direction: directionOf(release.language),
      warnings: preview.warnings,
    },
  };
}

function refuseUnlessEditable(db: Db, releaseId: number) {
  const release = foundRelease(db, releaseId);
  if (editableIn[release.status] !== 'all')
    throw new AppError(
      'Conflict',
      `This release is ${statusLabel[release.status]}: reopen it as a draft to change its contact block`,
    );
}

/** Every contact named exists, each at most once per block, and shows only its own phones and emails. */
function validateChoices(db: Db, blocks: readonly BlockChoice[]) {
  const load = contactLoader(db);
  const issues: { path: string; message: string }[] = [];
  blocks.forEach((block, b) => {
    const seen = new Set<number>();
    block.rows.forEach((row, r) => {
      const path = `blocks.${b}.rows.${r}`;
      const contact = load.contact(row.contactId);
      if (!contact)
        return issues.push({ path: `${path}.contactId`, message: `Contact ${row.contactId} does not exist` });
      if (seen.has(row.contactId))
        issues.push({ path: `${path}.contactId`, message: 'This contact is already in this block' });
      seen.add(row.contactId);
      row.phoneIds?.forEach((id, i) => {
        if (!contact.phones.some((p) => p.id === id))
          issues.push({ path: `${path}.phoneIds.${i}`, message: `Phone ${id} is not one of this contact's numbers` });
      });
      row.emailIds?.forEach((id, i) => {
        if (!contact.emails.some((e) => e.id === id))
          issues.push({ path: `${path}.emailIds.${i}`, message: `Email ${id} is not one of this contact's addresses` });
      });
      return undefined;
    });
  });
  if (issues.length) throw new AppError('Validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

export function createContactBlockService(clock: ReleaseClock) {
  function save(db: Db, releaseId: number, blocks: readonly BlockChoice[]) {
    const now = clock.now();
    db.transaction(() => {
      replaceBlocks(db, releaseId, blocks);
      touchRelease(db, releaseId, now.toISOString());
      recordRevision(db, releaseId, 'edit', now);
    });
    return blocksOutput(db, releaseId, now);
  }

  return {
    get: (ctx: ServiceContext, { id }: { id: number }) => blocksOutput(ctx.db, id, clock.now()),

    set: (ctx: ServiceContext, { id, blocks }: ChannelParsedInputOf<'releases:set-blocks'>) => {
      refuseUnlessEditable(ctx.db, id);
      validateChoices(ctx.db, blocks);
      return save(ctx.db, id, blocks);
    },

    add: (ctx: ServiceContext, { id, contactId, blockId }: ChannelParsedInputOf<'releases:add-to-block'>) => {
      refuseUnlessEditable(ctx.db, id);
      const blocks: BlockChoice[] = getBlocks(ctx.db, id);
      const index = blockId === undefined ? 0 : blocks.findIndex((b) => b.id === blockId);
      if (index < 0) throw new AppError('NotFound', `Block ${blockId} is not a contact block of release ${id}`);
      const target = blocks[index] ?? { subheading: null, rows: [] };
      if (target.rows.some((r) => r.contactId === contactId))
        throw new AppError('Conflict', 'This contact is already in this block');
      const next = { ...target, rows: [...target.rows, { contactId, phoneIds: null, emailIds: null }] };
      const all = blocks.length ? blocks.map((b, i) => (i === index ? next : b)) : [next];
      validateChoices(ctx.db, all);
      return save(ctx.db, id, all);
    },
  };
}
