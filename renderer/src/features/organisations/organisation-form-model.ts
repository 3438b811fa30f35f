import type { Organisation, OrganisationInput, organisationKinds } from '../../../../electron/ipc/contract';
import { compactLocalized } from '../contacts/contact-form-model';

export type OrganisationKind = (typeof organisationKinds)[number];

export interface OrganisationValues {
  readonly name: Readonly<Record<string, string>>;
  readonly acronym: Readonly<Record<string, string>>;
  readonly kind: OrganisationKind;
  readonly website: string;
}

export const emptyOrganisationValues = (): OrganisationValues => ({
  name: {},
  acronym: {},
  kind: 'other',
  website: '',
});

export const organisationValuesFrom = (o: Organisation): OrganisationValues => ({
  name: { ...o.name },
  acronym: { ...o.acronym },
  kind: o.kind,
  website: o.website ?? '',
});

export const organisationInputFrom = (v: OrganisationValues): OrganisationInput => ({
  name: compactLocalized(v.name),
  acronym: compactLocalized(v.acronym),
  kind: v.kind,
  website: v.website.trim() === '' ? null : v.website.trim(),
});
