import type { ChannelParsedInput, OfficeInput } from '../ipc/contract';
import { AppError } from '../ipc/contract/errors';
import { getOrganisation } from '../../db/queries/organisations';
import { getRegion } from '../../db/queries/regions';
import {
  getOffice,
  insertOffice,
  listOffices,
  officeAncestors,
  setOfficeArchived,
  updateOffice,
  type OfficeRecord,
  type OfficeValues,
} from '../../db/queries/offices';
import type { ServiceContext } from './context';
import { displayPhone, parsePhone } from './phones';

/** The switchboard in international format, as every list and block shows numbers. */
const withDisplay = (office: OfficeRecord) => ({
  ...office,
  phoneDisplay: office.phoneRaw === null ? null : displayPhone(office.phoneRaw, office.phoneE164),
});

const found = (ctx: ServiceContext, id: number) => {
  const office = getOffice(ctx.db, id);
  if (!office) throw new AppError('NotFound', `Office ${id} does not exist`);
  return withDisplay(office);
};

/** Checks references and parses the switchboard number; returns the columns to write. */
function toValues(
  ctx: ServiceContext,
  id: number | null,
  input: Partial<Required<OfficeInput>>,
): Partial<OfficeValues> {
  const issues: { path: string; message: string }[] = [];
  if (input.organisationId !== undefined && !getOrganisation(ctx.db, input.organisationId)) {
    issues.push({ path: 'organisationId', message: 'Choose an existing organisation' });
  }
  if (input.parentId != null) {
    if (!getOffice(ctx.db, input.parentId)) issues.push({ path: 'parentId', message: 'Choose an existing office' });
    else if (id !== null && officeAncestors(ctx.db, input.parentId).includes(id)) {
      issues.push({ path: 'parentId', message: 'An office cannot be inside itself' });
    }
  }
  if (input.regionId != null && !getRegion(ctx.db, input.regionId)) {
    issues.push({ path: 'regionId', message: 'Choose an existing region' });
  }
  const { phone, ...rest } = input;
  const values: Partial<OfficeValues> = rest;
  if (phone !== undefined) {
    if (phone === null || phone.trim() === '') {
      values.phoneRaw = null;
      values.phoneE164 = null;
    } else {
      const country = input.country ?? (id !== null ? found(ctx, id).country : null);
      const parsed = parsePhone(phone, country);
      if (parsed.ok) {
        values.phoneRaw = parsed.phone.raw;
        values.phoneE164 = parsed.phone.e164;
      } else issues.push({ path: 'phone', message: parsed.reason });
    }
  }
  if (issues.length) throw new AppError('Validation', issues.map((i) => i.message).join('; '), issues);
  return values;
}

export const officeService = {
  list: (ctx: ServiceContext, input: ChannelParsedInput<'offices:list'>) => {
    const { rows, total } = listOffices(ctx.db, {
      ...input.page,
      sort: input.sort.column,
      direction: input.sort.direction,
      query: input.query,
      organisationId: input.organisationId,
      country: input.country,
      regionId: input.regionId,
      includeArchived: input.includeArchived,
    });
    return { rows: rows.map(withDisplay), total };
  },
  get: (ctx: ServiceContext, { id }: ChannelParsedInput<'offices:get'>) => found(ctx, id),
  create: (ctx: ServiceContext, input: ChannelParsedInput<'offices:create'>) =>
    found(ctx, insertOffice(ctx.db, toValues(ctx, null, input) as OfficeValues)),
  update: (ctx: ServiceContext, { id, patch }: ChannelParsedInput<'offices:update'>) => {
    found(ctx, id);
    updateOffice(ctx.db, id, toValues(ctx, id, patch));
    return found(ctx, id);
  },
  archive: (ctx: ServiceContext, { id, archived }: ChannelParsedInput<'offices:archive'>) => {
    found(ctx, id);
    setOfficeArchived(ctx.db, id, archived);
    return found(ctx, id);
  },
};
