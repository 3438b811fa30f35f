import { useTranslation } from 'react-i18next';
import { contactRoles } from '../../../../electron/ipc/contract/contacts';
import { useApiQuery } from '../../api/hooks';
import { SelectField, TextField } from '../../components/form/fields';
import { useFormat } from '../../i18n/format';
import { languageCodes } from '../reference/codes';
import {
  countryOptions,
  useOfficeOptions,
  useOrganisationOptions,
  useRegionOptions,
} from '../reference/reference-options';
import { filterFrom, type FilterValues } from './filter-model';

interface FilterEditorProps {
  readonly values: FilterValues;
  readonly onChange: (field: keyof FilterValues, value: string) => void;
}

/**
 * The saved filter of a smart list, one plain control per criterion (all must match), with how many people it
 * finds right now. The same criteria as the contacts table's filter, so a list shows what that filter shows.
 */
export function FilterEditor({ values, onChange }: FilterEditorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const organisations = useOrganisationOptions();
  const offices = useOfficeOptions(values.organisationId === '' ? null : Number(values.organisationId));
  const regions = useRegionOptions();
  const { data, error } = useApiQuery('contacts:list', {
    page: { offset: 0, limit: 1 },
    filter: filterFrom(values),
  });
  const languages = languageCodes
    .map((code) => ({ value: code, label: `${fmt.language(code)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const any = t('lists.filter.any');

  return (
    <fieldset className="form-section list-filter">
      <legend className="form-section__title">{t('lists.filter.legend')}</legend>
      <p className="field__hint">{t('lists.filter.hint')}</p>
      <div className="form-grid">
        <SelectField
          path="filter.role"
          label={t('lists.filter.role')}
          value={values.role}
          emptyLabel={any}
          options={contactRoles.map((r) => ({ value: r, label: t(`contacts.role.${r}`) }))}
          onChange={(v) => onChange('role', v)}
        />
        <SelectField
          path="filter.language"
          label={t('lists.filter.language')}
          value={values.language}
          emptyLabel={any}
          options={languages}
          onChange={(v) => onChange('language', v)}
        />
        <SelectField
          path="filter.country"
          label={t('lists.filter.country')}
          value={values.country}
          emptyLabel={any}
          options={countryOptions(fmt)}
          onChange={(v) => onChange('country', v)}
        />
        <SelectField
          path="filter.regionId"
          label={t('lists.filter.region')}
          value={values.regionId}
          emptyLabel={any}
          options={regions}
          onChange={(v) => onChange('regionId', v)}
        />
        <TextField
          path="filter.topic"
          label={t('lists.filter.topic')}
          value={values.topic}
          placeholder={t('lists.filter.topicPlaceholder')}
          onChange={(v) => onChange('topic', v)}
        />
        <TextField
          path="filter.query"
          label={t('lists.filter.query')}
          value={values.query}
          onChange={(v) => onChange('query', v)}
        />
        <SelectField
          path="filter.organisationId"
          label={t('lists.filter.organisation')}
          value={values.organisationId}
          emptyLabel={any}
          options={organisations}
          onChange={(v) => onChange('organisationId', v)}
        />
        <SelectField
          path="filter.officeId"
          label={t('lists.filter.office')}
          value={values.officeId}
          emptyLabel={any}
          options={offices}
          onChange={(v) => onChange('officeId', v)}
        />
      </div>
      <p className="list-filter__matches" role="status">
        {error ? t('lists.filter.matchFailed') : data ? t('lists.filter.matches', { count: data.total }) : ''}
      </p>
    </fieldset>
  );
}
