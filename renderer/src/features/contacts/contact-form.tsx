import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contactInput,
  contactRoles,
  emailKinds,
  phoneKinds,
  type Contact,
  type ContactInputParsed,
} from '../../../../electron/ipc/contract/contacts';
import { mutate } from '../../api/hooks';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/form/fields';
import { LocalizedFields } from '../../components/form/localized-fields';
import { RecordForm } from '../../components/form/record-form';
import { TokenInput } from '../../components/form/token-input';
import { useForm } from '../../components/form/use-form';
import { Icon } from '../../components/icon';
import { toastError, toastSuccess } from '../../components/toast/toast-store';
import { useFormat } from '../../i18n/format';
import { countryCodes, languageCodes } from '../reference/codes';
import {
  codeParser,
  countrySuggestions,
  languageSuggestions,
  useOfficeOptions,
  useOrganisationOptions,
  useRegionOptions,
} from '../reference/reference-options';
import { ContactDetailSections } from '../contact-detail/contact-detail-sections';
import { DuplicateNotes } from '../contact-detail/duplicate-notes';
import {
  contactInputFrom,
  contactValuesFrom,
  emptyContactValues,
  lawfulBases,
  socialNetworks,
  type ContactValues,
} from './contact-form-model';
import { EmailRows, PhoneRows } from './contact-channels';

interface ContactFormProps {
  readonly contact: Contact | null;
  /** The person asked to edit this record (Enter) or just created it: the first field takes focus. */
  readonly focusFirstField: boolean;
  readonly onFocused: () => void;
  readonly onSaved: (contact: Contact, created: boolean) => void;
  readonly onArchiveToggle?: (contact: Contact) => void;
  readonly onLeave: () => void;
  readonly onClose: () => void;
}

export function ContactForm({
  contact,
  focusFirstField,
  onFocused,
  onSaved,
  onArchiveToggle,
  onLeave,
  onClose,
}: ContactFormProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const isNew = contact === null;

  const onSubmit = useCallback(
    async (input: ContactInputParsed) => {
      const saved = contact
        ? await mutate('contacts:update', { id: contact.id, patch: input })
        : await mutate('contacts:create', input);
      toastSuccess(t(contact ? 'contacts.saved' : 'contacts.created', { name: saved.displayName }));
      onSaved(saved, !contact);
      return contactValuesFrom(saved);
    },
    [contact, onSaved, t],
  );
  const form = useForm({
    initial: contact ? contactValuesFrom(contact) : emptyContactValues(),
    toInput: contactInputFrom,
    schema: contactInput,
    onSubmit,
  });
  const { values, update } = form;

  // Someone else saved this contact (another window, the CLI): follow unless there are edits to keep.
  const loadedAt = useRef(contact?.updatedAt);
  useEffect(() => {
    if (!contact || contact.updatedAt === loadedAt.current) return;
    loadedAt.current = contact.updatedAt;
    if (!form.dirty) form.reset(contactValuesFrom(contact));
  }, [contact, form]);

  useEffect(() => {
    if (!focusFirstField) return;
    form.formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    onFocused();
  }, [focusFirstField, onFocused, form.formRef]);

  const set = <K extends keyof ContactValues>(key: K, value: ContactValues[K]) =>
    update(String(key), (v) => ({ ...v, [key]: value }));

  const organisations = useOrganisationOptions();
  const organisationId = values.organisationId === '' ? null : Number(values.organisationId);
  const offices = useOfficeOptions(organisationId);
  const officeCountry = offices.find((o) => o.value === values.officeId)?.country ?? null;

  const languages = useMemo(() => languageSuggestions(fmt), [fmt]);
  const parseLanguage = useMemo(
    () =>
      codeParser(
        languageCodes,
        [fmt.language, (c) => new Intl.DisplayNames(['en'], { type: 'language' }).of(c) ?? c],
        false,
      ),
    [fmt],
  );
  const countries = useMemo(() => countrySuggestions(fmt), [fmt]);
  const parseCountry = useMemo(
    () =>
      codeParser(
        countryCodes,
        [fmt.country, (c) => new Intl.DisplayNames(['en'], { type: 'region' }).of(c) ?? c],
        true,
      ),
    [fmt],
  );

  const regions = useRegionOptions();
  const regionSuggestions = useMemo(() => regions.map((r) => ({ value: r.value, label: r.label })), [regions]);
  const parseRegion = useCallback(
    (text: string) => {
      const wanted = text.trim().toLocaleLowerCase();
      return regions.find((r) => r.label.toLocaleLowerCase() === wanted || r.value === text.trim())?.value ?? null;
    },
    [regions],
  );
  const regionLabel = (id: string) => regions.find((r) => r.value === id)?.label ?? id;
  const basesListId = useId();

  const verifyToday = async () => {
    const at = new Date().toISOString();
    if (!contact) return set('lastVerifiedAt', at);
    try {
      await mutate('contacts:update', { id: contact.id, patch: { lastVerifiedAt: at } });
      // Unsaved edits stay in the form; it takes the new date too, so saving them does not put the old one back.
      if (form.dirty) set('lastVerifiedAt', at);
      toastSuccess(t('contactDetail.verifiedSaved', { name: contact.displayName }));
    } catch (error) {
      toastError(error);
    }
  };
  const officeIdNumber = values.officeId === '' ? null : Number(values.officeId);

  const title = isNew
    ? t('contacts.new')
    : [values.givenName, values.familyName].filter((s) => s.trim()).join(' ') || t('contacts.untitled');

  return (
    <RecordForm
      form={form}
      title={title}
      isNew={isNew}
      archived={contact?.archivedAt != null}
      onArchiveToggle={contact && onArchiveToggle ? () => onArchiveToggle(contact) : undefined}
      onLeave={onLeave}
      onClose={onClose}
    >
      <fieldset className="form-section">
        <legend className="form-section__title">{t('contacts.section.person')}</legend>
        <div className="form-grid form-grid--3">
          <TextField
            path="honorific"
            label={t('contacts.field.honorific')}
            value={values.honorific}
            onChange={(v) => set('honorific', v)}
            autoFocus={isNew}
          />
          <TextField
            path="givenName"
            label={t('contacts.field.givenName')}
            value={values.givenName}
            onChange={(v) => set('givenName', v)}
          />
          <TextField
            path="familyName"
            label={t('contacts.field.familyName')}
            value={values.familyName}
            onChange={(v) => set('familyName', v)}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contacts.section.organisation')}</legend>
        <div className="form-grid">
          <SelectField
            path="organisationId"
            label={t('contacts.field.organisation')}
            value={values.organisationId}
            emptyLabel={t('form.none')}
            options={organisations}
            onChange={(v) =>
              update('organisationId', (s) => {
                const keepOffice = offices.some((o) => o.value === s.officeId && String(o.organisationId) === v);
                return { ...s, organisationId: v, officeId: keepOffice ? s.officeId : '' };
              })
            }
          />
          <SelectField
            path="officeId"
            label={t('contacts.field.office')}
            value={values.officeId}
            emptyLabel={t('form.none')}
            options={offices}
            onChange={(v) =>
              update('officeId', (s) => {
                const office = offices.find((o) => o.value === v);
                // Choosing an office is enough: its organisation follows.
                return { ...s, officeId: v, organisationId: office ? String(office.organisationId) : s.organisationId };
              })
            }
          />
        </div>
        <LocalizedFields
          path="title"
          label={t('contacts.field.title')}
          values={values.title}
          onChange={(lang, text) => update(`title.${lang}`, (s) => ({ ...s, title: { ...s.title, [lang]: text } }))}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contacts.section.phones')}</legend>
        <PhoneRows
          rows={values.phones}
          defaultCountry={officeCountry}
          onChange={(path, phones) => update(path, (s) => ({ ...s, phones }))}
          kinds={phoneKinds}
        />
        <DuplicateNotes
          contactId={contact?.id ?? null}
          officeId={officeIdNumber}
          kind="phone"
          values={values.phones.map((p) => p.raw)}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contacts.section.emails')}</legend>
        <EmailRows
          rows={values.emails}
          onChange={(path, emails) => update(path, (s) => ({ ...s, emails }))}
          kinds={emailKinds}
        />
        <DuplicateNotes
          contactId={contact?.id ?? null}
          officeId={officeIdNumber}
          kind="email"
          values={values.emails.map((e) => e.address)}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contacts.section.profile')}</legend>
        <fieldset className="field-group">
          <legend className="field__label">{t('contacts.field.roles')}</legend>
          <div className="check-group">
            {contactRoles.map((role) => (
              <CheckboxField
                key={role}
                path={`roles.${role}`}
                label={t(`contacts.role.${role}`)}
                checked={values.roles.includes(role)}
                onChange={(on) =>
                  set(
                    'roles',
                    contactRoles.filter((r) => (r === role ? on : values.roles.includes(r))),
                  )
                }
              />
            ))}
          </div>
        </fieldset>
        <TokenInput
          path="languages"
          label={t('contacts.field.languages')}
          values={values.languages}
          onChange={(v) => set('languages', v)}
          suggestions={languages}
          parse={parseLanguage}
          display={(code) => `${fmt.language(code)}`}
          hint={t('contacts.hint.languages')}
        />
        <TokenInput
          path="countries"
          label={t('contacts.field.countries')}
          values={values.countries}
          onChange={(v) => set('countries', v)}
          suggestions={countries}
          parse={parseCountry}
          display={(code) => fmt.country(code)}
        />
        <TokenInput
          path="regionIds"
          label={t('contactDetail.field.regions')}
          values={values.regionIds}
          onChange={(v) => set('regionIds', v)}
          suggestions={regionSuggestions}
          parse={parseRegion}
          display={regionLabel}
          hint={t('contactDetail.hint.regions')}
        />
        <TokenInput
          path="topics"
          label={t('contacts.field.topics')}
          values={values.topics}
          onChange={(v) => set('topics', v)}
          parse={(text) => text.trim() || null}
          hint={t('contacts.hint.topics')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contactDetail.section.social')}</legend>
        <div className="form-grid">
          {socialNetworks.map((network) => (
            <TextField
              key={network}
              path={`social.${network}`}
              label={t(`contactDetail.network.${network}`)}
              value={values.social[network] ?? ''}
              onChange={(v) => set('social', { ...values.social, [network]: v })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contacts.section.doNotContact')}</legend>
        <CheckboxField
          path="doNotContact"
          label={t('contacts.field.doNotContact')}
          checked={values.doNotContact}
          onChange={(v) => set('doNotContact', v)}
        />
        {values.doNotContact && (
          <div className="form-grid">
            <TextField
              path="doNotContactReason"
              label={t('contacts.field.doNotContactReason')}
              value={values.doNotContactReason}
              onChange={(v) => set('doNotContactReason', v)}
            />
            <TextField
              path="doNotContactUntil"
              type="date"
              label={t('contacts.field.doNotContactUntil')}
              value={values.doNotContactUntil}
              onChange={(v) => set('doNotContactUntil', v)}
              hint={t('contacts.hint.doNotContactUntil')}
            />
          </div>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contactDetail.section.provenance')}</legend>
        <div className="form-grid">
          <TextField
            path="lawfulBasis"
            label={t('contactDetail.field.lawfulBasis')}
            value={values.lawfulBasis}
            onChange={(v) => set('lawfulBasis', v)}
            list={basesListId}
            hint={t('contactDetail.hint.lawfulBasis')}
          />
          <datalist id={basesListId}>
            {lawfulBases.map((basis) => (
              <option key={basis} value={t(`contactDetail.lawfulBasis.${basis}`)} />
            ))}
          </datalist>
          <TextField
            path="source"
            label={t('contactDetail.field.source')}
            value={values.source}
            onChange={(v) => set('source', v)}
            hint={t('contactDetail.hint.source')}
          />
        </div>
        <div className="verified-row">
          <TextField
            path="lastVerifiedAt"
            type="date"
            label={t('contactDetail.field.lastVerifiedAt')}
            value={values.lastVerifiedAt.slice(0, 10)}
            onChange={(v) => set('lastVerifiedAt', v)}
          />
          <button type="button" className="button" onClick={() => void verifyToday()}>
            <Icon name="check" />
            {t('contactDetail.verifiedToday')}
          </button>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('contacts.section.notes')}</legend>
        <TextAreaField
          path="notes"
          label={t('contacts.field.notes')}
          value={values.notes}
          onChange={(v) => set('notes', v)}
          rows={4}
        />
      </fieldset>

      {contact && <ContactDetailSections contact={contact} onErased={onClose} />}
    </RecordForm>
  );
}
