import type { ContactFilter, contactRoles } from '../../../../electron/ipc/contract';

type Role = (typeof contactRoles)[number];

/** The smart filter as the editor holds it: every field a string, empty meaning "any". */
export interface FilterValues {
  readonly query: string;
  readonly role: Role | '';
  readonly language: string;
  readonly country: string;
  readonly regionId: string;
  readonly topic: string;
  readonly organisationId: string;
  readonly officeId: string;
}

export const emptyFilter: FilterValues = {
  query: '',
  role: '',
  language: '',
  country: '',
  regionId: '',
  topic: '',
  organisationId: '',
  officeId: '',
};

export function filterValuesFrom(filter: ContactFilter | null): FilterValues {
  if (!filter) return emptyFilter;
  return {
    query: filter.query,
    role: filter.role ?? '',
    language: filter.language ?? '',
    country: filter.country ?? '',
    regionId: filter.regionId === undefined ? '' : String(filter.regionId),
    topic: filter.topic ?? '',
    organisationId: filter.organisationId === undefined ? '' : String(filter.organisationId),
    officeId: filter.officeId === undefined ? '' : String(filter.officeId),
  };
}

/** Only the fields that narrow the list: the contract's filter shape, as the contacts table uses it. */
export function filterFrom(values: FilterValues): ContactFilter {
  const id = (s: string) => (s === '' ? undefined : Number(s));
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const filter: ContactFilter = { query: values.query.trim(), includeArchived: false };
  const parts = {
    role: values.role === '' ? undefined : values.role,
    language: text(values.language),
    country: text(values.country),
    regionId: id(values.regionId),
    topic: text(values.topic),
    organisationId: id(values.organisationId),
    officeId: id(values.officeId),
  };
  for (const [key, value] of Object.entries(parts)) if (value !== undefined) Object.assign(filter, { [key]: value });
  return filter;
}

/** A filter that matches everyone is almost always a mistake in a distribution list. */
export const narrows = (values: FilterValues) =>
  (Object.keys(emptyFilter) as (keyof FilterValues)[]).some((k) => values[k].trim() !== '');
