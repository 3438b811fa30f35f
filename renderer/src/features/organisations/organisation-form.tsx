import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  organisationInput,
  organisationKinds,
  type Organisation,
} from '../../../../electron/ipc/contract/organisations';
import { mutate } from '../../api/hooks';
import { SelectField, TextField } from '../../components/form/fields';
import { LocalizedFields } from '../../components/form/localized-fields';
import { RecordForm } from '../../components/form/record-form';
import { useForm } from '../../components/form/use-form';
import { toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import {
  emptyOrganisationValues,
  organisationInputFrom,
  organisationValuesFrom,
  type OrganisationKind,
} from './organisation-form-model';

interface OrganisationFormProps {
  readonly organisation: Organisation | null;
  /** The person asked to edit this record (Enter) or just created it: the first field takes focus. */
  readonly focusFirstField: boolean;
  readonly onFocused: () => void;
  readonly onSaved: (organisation: Organisation, created: boolean) => void;
  readonly onArchiveToggle?: (organisation: Organisation) => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

export function OrganisationForm(props: OrganisationFormProps) {
  const { organisation, focusFirstField, onFocused, onSaved } = props;
  const { t } = useTranslation();
  const fmt = useFormat();
  const isNew = organisation === null;

  const onSubmit = useCallback(
    async (input: ReturnType<typeof organisationInput.parse>) => {
      const saved = organisation
        ? await mutate('organisations:update', { id: organisation.id, patch: input })
        : await mutate('organisations:create', input);
      const name = pickLocalized(saved.name, fmt.lang);
      toastSuccess(t(organisation ? 'organisations.saved' : 'organisations.created', { name }));
      onSaved(saved, !organisation);
      return organisationValuesFrom(saved);
    },
    [organisation, onSaved, t, fmt.lang],
  );
  const form = useForm({
    initial: organisation ? organisationValuesFrom(organisation) : emptyOrganisationValues(),
    toInput: organisationInputFrom,
    schema: organisationInput,
    onSubmit,
  });
  const { values, update } = form;

  const loadedAt = useRef(organisation?.updatedAt);
  useEffect(() => {
    if (!organisation || organisation.updatedAt === loadedAt.current) return;
    loadedAt.current = organisation.updatedAt;
    if (!form.dirty) form.reset(organisationValuesFrom(organisation));
  }, [organisation, form]);

  useEffect(() => {
    if (!focusFirstField) return;
    form.formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    onFocused();
  }, [focusFirstField, onFocused, form.formRef]);

  const title = isNew ? t('organisations.new') : pickLocalized(values.name, fmt.lang) || t('organisations.untitled');

  return (
    <RecordForm
      form={form}
      title={title}
      isNew={isNew}
      archived={organisation?.archivedAt != null}
      onArchiveToggle={organisation && props.onArchiveToggle ? () => props.onArchiveToggle?.(organisation) : undefined}
      onLeave={props.onLeave}
      onClose={props.onClose}
    >
      <fieldset className="form-section">
        <legend className="form-section__title">{t('organisations.section.identity')}</legend>
        <LocalizedFields
          path="name"
          label={t('organisations.field.name')}
          values={values.name}
          required
          autoFocus={isNew}
          onChange={(lang, text) => update(`name.${lang}`, (s) => ({ ...s, name: { ...s.name, [lang]: text } }))}
        />
        <LocalizedFields
          path="acronym"
          label={t('organisations.field.acronym')}
          values={values.acronym}
          onChange={(lang, text) =>
            update(`acronym.${lang}`, (s) => ({ ...s, acronym: { ...s.acronym, [lang]: text } }))
          }
        />
        <div className="form-grid">
          <SelectField
            path="kind"
            label={t('organisations.field.kind')}
            value={values.kind}
            options={organisationKinds.map((k) => ({ value: k, label: t(`organisations.kind.${k}`) }))}
            onChange={(v) => update('kind', (s) => ({ ...s, kind: v as OrganisationKind }))}
          />
          <TextField
            path="website"
            type="url"
            label={t('organisations.field.website')}
            placeholder="https://"
            value={values.website}
            onChange={(v) => update('website', (s) => ({ ...s, website: v }))}
          />
        </div>
      </fieldset>
      {organisation && (
        <p className="muted record-form__meta">
          {t('offices.count', { count: organisation.officeCount })} ·{' '}
          {t('contacts.count', { count: organisation.contactCount })}
        </p>
      )}
    </RecordForm>
  );
}
