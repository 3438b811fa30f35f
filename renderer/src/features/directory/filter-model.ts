import type { BulkTarget, ChannelInput } from '../../../../electron/ipc/contract';
import { contactRoles } from '../../../../electron/ipc/contract/contact-choices';
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

const isId = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;

/**
 * What `contactFilter` (contract/contacts.ts) accepts for each chip, checked by hand: the Contacts page reads the
 * stored chips as the window opens, and the schema would bring zod and every contact schema with it. A test holds
 * these to the schema.
 */
const chipAccepts: { readonly [F in ChipField]: (value: unknown) => boolean } = {
  role: (v) => contactRoles.some((r) => r === v),
  regionId: isId,
  country: (v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v),
  officeId: isId,
  language: (v) => typeof v === 'string' && /^[a-z]{2}$/.test(v),
  topic: (v) => typeof v === 'string' && v.length <= 100,
  doNotContact: (v) => typeof v === 'boolean',
  verifiedMonthsAgo: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 240,
};

const isChipField = (key: string): key is ChipField => Object.hasOwn(chipAccepts, key);

/**
 * Reads chips back from storage. Chips that no longer fit the filter's shape (an unknown field, a value the filter
 * refuses) are not trusted: the page starts unfiltered.
 */
export function parseStoredFilter(text: string | null): DirectoryFilter {
  if (!text) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const fits = Object.entries(stored).every(([key, value]) => isChipField(key) && chipAccepts[key](value));
  // Every field was checked against what the filter accepts.
  return fits ? stored : {};
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
