import type { BulkTarget, ChannelInput } from '../../../../electron/ipc/contract';
import { contactFilter } from '../../../../electron/ipc/contract/contacts';
import type { Selection } from '../../components/data-table/selection';

/** The chips, in the order the "Add filter" menu offers them; each is one field of the contact filter. */
export const chipFields = [
  'role',
  'regionId',
  'country',
  'officeId',
  'language',
  'topic',
  'doNotContact',
  'verifiedMonthsAgo',
] as const;

export type ChipField = (typeof chipFields)[number];

const chipSchema = contactFilter
  .pick({
    role: true,
    regionId: true,
    country: true,
    officeId: true,
    language: true,
    topic: true,
    doNotContact: true,
    verifiedMonthsAgo: true,
  })
  .partial();

/** The chips set on the Contacts table; fields left out are not filtered on. */
export type DirectoryFilter = Partial<{
  readonly role: NonNullable<ChannelInput<'contacts:list'>['filter']>['role'];
  readonly regionId: number;
  readonly country: string;
  readonly officeId: number;
  readonly language: string;
  readonly topic: string;
  readonly doNotContact: boolean;
  readonly verifiedMonthsAgo: number;
}>;

export type ChipValue<F extends ChipField> = NonNullable<DirectoryFilter[F]>;

export const setChip = <F extends ChipField>(
  filter: DirectoryFilter,
  field: F,
  value: ChipValue<F>,
): DirectoryFilter => ({ ...filter, [field]: value });

export function removeChip(filter: DirectoryFilter, field: ChipField): DirectoryFilter {
  const next: Record<string, unknown> = { ...filter };
  delete next[field];
  return next;
}

/** The chips that are set, in menu order. */
export const activeChips = (filter: DirectoryFilter): ChipField[] => chipFields.filter((f) => filter[f] !== undefined);

/** A stable string for the chips (same chips, same key whatever order they were added in); '' when none. */
export const filterKey = (filter: DirectoryFilter): string => {
  const set = activeChips(filter);
  return set.length ? JSON.stringify(set.map((f) => [f, filter[f]])) : '';
};

/** The `contacts:list` filter for these chips and the search box. */
export const toContactFilter = (filter: DirectoryFilter, query: string, includeArchived: boolean) => ({
  ...filter,
  query,
  includeArchived,
});

/** Reads chips back from storage; anything that no longer fits the filter's shape is dropped, not trusted. */
export function parseStoredFilter(text: string | null): DirectoryFilter {
  if (!text) return {};
  try {
    const parsed = chipSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * What a bulk action covers: the ticked ids, or, after "select all", the filter itself less the unticked rows, so
 * 80,000 matching contacts do not travel as 80,000 ids.
 */
export function bulkTargetOf(
  selection: Selection,
  filter: DirectoryFilter,
  query: string,
  includeArchived: boolean,
): BulkTarget | null {
  if (selection.mode === 'some') return selection.ids.size ? { ids: [...selection.ids] } : null;
  return { filter: toContactFilter(filter, query, includeArchived), exceptIds: [...selection.ids] };
}
