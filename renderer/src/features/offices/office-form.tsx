import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { officeInput, officeKinds, type Office } from '../../../../electron/ipc/contract/offices';
import { mutate } from '../../api/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields';
import { LocalizedFields } from '../../components/form/localized-fields';
import { RecordForm } from '../../components/form/record-form';
import { useForm } from '../../components/form/use-form';
import { toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { timeZoneNames } from '../reference/codes';
import {
  countryOptions,
  useOfficeOptions,
  useOrganisationOptions,
  useRegionOptions,
} from '../reference/reference-options';
import {
  emptyOfficeValues,
  officeInputFrom,
  officeValuesFrom,
  type OfficeKind,
  type OfficeValues,
} from './office-form-model';

interface OfficeFormProps {
  readonly office: Office | null;
  /** The person asked to edit this record (Enter) or just created it: the first field takes focus. */
  readonly focusFirstField: boolean;
  readonly onFocused: () => void;
  readonly onSaved: (office: Office, created: boolean) => void;
  readonly onArchiveToggle?: (office: Office) => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

export function OfficeForm(props: OfficeFormProps) {
  const { office, focusFirstField, onFocused, onSaved } = props;
  const { t } = useTranslation();
  const fmt = useFormat();
  const isNew = office === null;
  const zonesId = useId();

  const onSubmit = useCallback(
    async (input: ReturnType<typeof officeInput.parse>) => {
      const saved = office
        ? await mutate('offices:update', { id: office.id, patch: input })
        : await mutate('offices:create', input);
      toastSuccess(t(office ? 'offices.saved' : 'offices.created', { name: pickLocalized(saved.name, fmt.lang) }));
      onSaved(saved, !office);
      return officeValuesFrom(saved);
    },
    [office, onSaved, t, fmt.lang],
  );
  const form = useForm({
    initial: office ? officeValuesFrom(office) : emptyOfficeValues(),
    toInput: officeInputFrom,
    schema: officeInput,
    onSubmit,
  });
  const { values, update } = form;
  const set = <K extends keyof OfficeValues>(key: K, value: OfficeValues[K]) =>
    update(String(key), (v) => ({ ...v, [key]: value }));

  const loadedAt = useRef(office?.updatedAt);
  useEffect(() => {
    if (!office || office.updatedAt === loadedAt.current) return;
    loadedAt.current = office.updatedAt;
    if (!form.dirty) form.reset(officeValuesFrom(office));
  }, [office, form]);

  useEffect(() => {
    if (!focusFirstField) return;
    form.formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    onFocused();
  }, [focusFirstField, onFocused, form.formRef]);

  const organisations = useOrganisationOptions();
  const organisationId = values.organisationId === '' ? null : Number(values.organisationId);
  const siblings = useOfficeOptions(organisationId);
  const parents = useMemo(() => siblings.filter((o) => o.value !== String(office?.id)), [siblings, office?.id]);
  const regions = useRegionOptions();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const zones = useMemo(() => timeZoneNames(), []);
  const localTime = values.timeZone && zones.includes(values.timeZone) ? fmt.timeIn(values.timeZone) : '';

  const title = isNew ? t('offices.new') : pickLocalized(values.name, fmt.lang) || t('offices.untitled');

  return (
    <RecordForm
      form={form}
      title={title}
      isNew={isNew}
      archived={office?.archivedAt != null}
      onArchiveToggle={office && props.onArchiveToggle ? () => props.onArchiveToggle?.(office) : undefined}
      onLeave={props.onLeave}
      onClose={props.onClose}
    >
      <fieldset className="form-section">
        <legend className="form-section__title">{t('offices.section.place')}</legend>
        <div className="form-grid">
          <SelectField
            path="organisationId"
            label={t('offices.field.organisation')}
            value={values.organisationId}
            options={organisations}
            autoFocus={isNew}
            onChange={(v) => update('organisationId', (s) => ({ ...s, organisationId: v, parentId: '' }))}
          />
          <SelectField
            path="parentId"
            label={t('offices.field.parent')}
            value={values.parentId}
            emptyLabel={t('offices.noParent')}
            options={parents}
            onChange={(v) => set('parentId', v)}
          />
          <SelectField
            path="kind"
            label={t('offices.field.kind')}
            value={values.kind}
            options={officeKinds.map((k) => ({ value: k, label: t(`offices.kind.${k}`) }))}
            onChange={(v) => set('kind', v as OfficeKind)}
          />
        </div>
        <LocalizedFields
          path="name"
          label={t('offices.field.name')}
          values={values.name}
          required
          onChange={(lang, text) => update(`name.${lang}`, (s) => ({ ...s, name: { ...s.name, [lang]: text } }))}
        />
        <LocalizedFields
          path="city"
          label={t('offices.field.city')}
          values={values.city}
          onChange={(lang, text) => update(`city.${lang}`, (s) => ({ ...s, city: { ...s.city, [lang]: text } }))}
        />
        <div className="form-grid">
          <SelectField
            path="country"
            label={t('offices.field.country')}
            value={values.country}
            emptyLabel={t('form.none')}
            options={countries}
            onChange={(v) => set('country', v)}
          />
          <SelectField
            path="regionId"
            label={t('offices.field.region')}
            value={values.regionId}
            emptyLabel={t('form.none')}
            options={regions}
            onChange={(v) => set('regionId', v)}
          />
          <TextField
            path="timeZone"
            className="span-2"
            label={t('offices.field.timeZone')}
            value={values.timeZone}
            list={zonesId}
            placeholder="Europe/Brussels"
            hint={localTime ? t('offices.localTime', { time: localTime }) : t('offices.hint.timeZone')}
            onChange={(v) => set('timeZone', v)}
          />
          <datalist id={zonesId}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('offices.section.reach')}</legend>
        <div className="form-grid">
          <TextField
            path="phone"
            type="tel"
            label={t('offices.field.phone')}
            value={values.phone}
            hint={t('offices.hint.phone')}
            onChange={(v) => set('phone', v)}
          />
          <TextField
            path="email"
            type="email"
            label={t('offices.field.email')}
            value={values.email}
            onChange={(v) => set('email', v)}
          />
        </div>
        <TextAreaField
          path="address"
          label={t('offices.field.address')}
          value={values.address}
          rows={3}
          onChange={(v) => set('address', v)}
        />
      </fieldset>
      {office && <p className="muted record-form__meta">{t('offices.contactCount', { count: office.contactCount })}</p>}
    </RecordForm>
  );
}
