import type { Office, OfficeInput, officeKinds } from '../../../../electron/ipc/contract';
import { compactLocalized } from '../contacts/contact-form-model';

export type OfficeKind = (typeof officeKinds)[number];

export interface OfficeValues {
  readonly organisationId: string;
  readonly parentId: string;
  readonly kind: OfficeKind;
  readonly name: Readonly<Record<string, string>>;
  readonly city: Readonly<Record<string, string>>;
  readonly country: string;
  readonly regionId: string;
  readonly timeZone: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
}

export const emptyOfficeValues = (organisationId = ''): OfficeValues => ({
  organisationId,
  parentId: '',
  kind: 'country',
  name: {},
  city: {},
  country: '',
  regionId: '',
  timeZone: '',
  phone: '',
  email: '',
  address: '',
});

export const officeValuesFrom = (o: Office): OfficeValues => ({
  organisationId: String(o.organisationId),
  parentId: o.parentId === null ? '' : String(o.parentId),
  kind: o.kind,
  name: { ...o.name },
  city: { ...o.city },
  country: o.country ?? '',
  regionId: o.regionId === null ? '' : String(o.regionId),
  timeZone: o.timeZone ?? '',
  phone: o.phoneRaw ?? '',
  email: o.email ?? '',
  address: o.address ?? '',
});

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Without an organisation the input is incomplete on purpose: the contract's "required" shows beside the field. */
export type OfficeDraftInput = Omit<OfficeInput, 'organisationId'> & { organisationId?: number };

export function officeInputFrom(v: OfficeValues): OfficeDraftInput {
  return {
    ...(v.organisationId === '' ? {} : { organisationId: Number(v.organisationId) }),
    parentId: v.parentId === '' ? null : Number(v.parentId),
    kind: v.kind,
    name: compactLocalized(v.name),
    city: compactLocalized(v.city),
    country: orNull(v.country),
    regionId: v.regionId === '' ? null : Number(v.regionId),
    timeZone: orNull(v.timeZone),
    phone: orNull(v.phone),
    email: orNull(v.email),
    address: orNull(v.address),
  };
}
