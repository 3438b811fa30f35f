import type { ChannelParsedInput, Contact, ContactRow } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import {
  getContact,
  insertContact,
  listContacts,
  setContactArchived,
  updateContact,
  type ContactListRow,
  type ContactRecord,
  type ContactValues,
  type PhoneValues,
} from '../../db/queries/contacts';
import { getOffice } from '../../db/queries/offices';
import { getOrganisation } from '../../db/queries/organisations';
import { getRegion } from '../../db/queries/regions';
import { contactOrderOf } from './contact-order-cache';
import type { ServiceContext } from './context';
import { displayPhone, parsePhone } from './phones';

type ContactFields = ChannelParsedInput<'contacts:create'>;

export const displayName = (c: { givenName: string; familyName: string }) =>
  [c.givenName, c.familyName].filter((s) => s.trim() !== '').join(' ');

const toContact = (r: ContactRecord): Contact => ({
  ...r,
  displayName: displayName(r),
  languages: [...r.languages],
  roles: [...r.roles],
  countries: [...r.countries],
  regionIds: [...r.regionIds],
  topics: [...r.topics],
  phones: r.phones.map((p) => ({
    id: p.id,
    kind: p.kind,
    raw: p.raw,
    e164: p.e164,
    display: displayPhone(p.raw, p.e164),
    preferred: p.preferred,
  })),
  emails: r.emails.map((e) => ({ id: e.id, address: e.address, kind: e.kind, preferred: e.preferred })),
});

export const toContactRow = (r: ContactListRow): ContactRow => {
  const { phoneRaw, phoneE164, ...rest } = r;
  return { ...rest, displayName: displayName(r), phone: phoneRaw === null ? null : displayPhone(phoneRaw, phoneE164) };
};

const found = (ctx: ServiceContext, id: number) => {
  const contact = getContact(ctx.db, id);
  if (!contact) throw new AppError('NotFound', `Contact ${id} does not exist`);
  return contact;
};

/**
 * Checks references and parses every phone (a number without country code takes the office's country);
 * collects every problem with its field path so a form can show them all at once.
 */
function toValues(ctx: ServiceContext, input: Partial<ContactFields>, current?: ContactRecord): Partial<ContactValues> {
  const issues: { path: string; message: string }[] = [];
  const organisationId = input.organisationId !== undefined ? input.organisationId : (current?.organisationId ?? null);
  const officeId = input.officeId !== undefined ? input.officeId : (current?.officeId ?? null);
  const office = officeId === null ? undefined : getOffice(ctx.db, officeId);
  if (input.organisationId != null && !getOrganisation(ctx.db, input.organisationId)) {
    issues.push({ path: 'organisationId', message: 'Choose an existing organisation' });
  }
  if (input.officeId != null && !office) issues.push({ path: 'officeId', message: 'Choose an existing office' });
  if (office && organisationId !== null && office.organisationId !== organisationId) {
    issues.push({ path: 'officeId', message: 'This office belongs to another organisation' });
  }
  input.regionIds?.forEach((regionId, i) => {
    if (!getRegion(ctx.db, regionId)) issues.push({ path: `regionIds.${i}`, message: 'Choose an existing region' });
  });

  let phones: PhoneValues[] | undefined;
  if (input.phones) {
    phones = [];
    input.phones.forEach((p, i) => {
      const parsed = parsePhone(p.raw, office?.country);
      if (!parsed.ok) issues.push({ path: `phones.${i}.raw`, message: parsed.reason });
      else phones!.push({ id: p.id, kind: p.kind, preferred: p.preferred, ...parsed.phone });
    });
  }
  if (issues.length) throw new AppError('Validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);

  const values: { -readonly [K in keyof ContactValues]?: ContactValues[K] } = { ...input, phones };
  // Choosing an office is enough: its organisation follows.
  if (office && organisationId === null) values.organisationId = office.organisationId;
  if (phones === undefined) delete (values as { phones?: unknown }).phones;
  return values;
}

export const contactService = {
  list: (ctx: ServiceContext, input: ChannelParsedInput<'contacts:list'>) => {
    const { rows, total } = listContacts(
      ctx.db,
      { ...input.page, sort: input.sort.column, direction: input.sort.direction, ...input.filter },
      contactOrderOf(ctx.db),
    );
    return { rows: rows.map(toContactRow), total };
  },
  get: (ctx: ServiceContext, { id }: ChannelParsedInput<'contacts:get'>) => toContact(found(ctx, id)),
  create: (ctx: ServiceContext, input: ContactFields) =>
    toContact(found(ctx, insertContact(ctx.db, toValues(ctx, input) as ContactValues))),
  update: (ctx: ServiceContext, { id, patch }: ChannelParsedInput<'contacts:update'>) => {
    const current = found(ctx, id);
    const merged = { givenName: current.givenName, familyName: current.familyName, ...patch };
    if (displayName(merged) === '') {
      const issues = [{ path: 'familyName', message: 'Enter a given or family name' }];
      throw new AppError('Validation', issues[0]!.message, issues);
    }
    updateContact(ctx.db, id, toValues(ctx, patch, current));
    return toContact(found(ctx, id));
  },
  archive: (ctx: ServiceContext, { id, archived }: ChannelParsedInput<'contacts:archive'>) => {
    found(ctx, id);
    setContactArchived(ctx.db, id, archived);
    return toContact(found(ctx, id));
  },
};
