import { useTranslation } from 'react-i18next';
import type { ContactFilter } from '../../../../electron/ipc/contract';
import { useFormat } from '../../i18n/format';
import { useOfficeOptions, useOrganisationOptions, useRegionOptions } from '../reference/reference-options';

/** A smart list's filter in words: "Role: Journalist · Language: French · Topic: migration". */
export function FilterSummary({ filter }: { readonly filter: ContactFilter }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const organisations = useOrganisationOptions();
  const offices = useOfficeOptions(null);
  const regions = useRegionOptions();
  const nameOf = (options: readonly { value: string; label: string }[], id: number) =>
    options.find((o) => o.value === String(id))?.label ?? `#${id}`;
  const parts: [string, string][] = [];
  if (filter.role) parts.push([t('lists.filter.role'), t(`contacts.role.${filter.role}`)]);
  if (filter.language) parts.push([t('lists.filter.language'), fmt.language(filter.language)]);
  if (filter.country) parts.push([t('lists.filter.country'), fmt.country(filter.country)]);
  if (filter.regionId !== undefined) parts.push([t('lists.filter.region'), nameOf(regions, filter.regionId)]);
  if (filter.topic) parts.push([t('lists.filter.topic'), filter.topic]);
  if (filter.query) parts.push([t('lists.filter.query'), filter.query]);
  if (filter.organisationId !== undefined)
    parts.push([t('lists.filter.organisation'), nameOf(organisations, filter.organisationId)]);
  if (filter.officeId !== undefined) parts.push([t('lists.filter.office'), nameOf(offices, filter.officeId)]);
  return (
    <ul className="filter-summary" aria-label={t('lists.filter.legend')}>
      {parts.length === 0 && <li className="filter-summary__chip">{t('lists.filter.everyone')}</li>}
      {parts.map(([label, value]) => (
        <li key={label} className="filter-summary__chip">
          <span className="filter-summary__label">{label}</span> {value}
        </li>
      ))}
    </ul>
  );
}
