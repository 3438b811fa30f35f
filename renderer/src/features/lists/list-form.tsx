import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listInput, type List } from '../../../../electron/ipc/contract/lists';
import { mutate } from '../../api/hooks';
import { CheckboxField, TextAreaField, TextField } from '../../components/form/fields';
import { FormFieldsContext } from '../../components/form/form-context';
import { IssueMessage } from '../../components/form/fields';
import { useForm } from '../../components/form/use-form';
import { toastSuccess } from '../../components/toast/toast-store';
import { Modal } from '../exports/modal';
import { FilterEditor } from './filter-editor';
import { emptyFilter, filterFrom, filterValuesFrom, narrows, type FilterValues } from './filter-model';
import '../../components/form/form.css';

interface ListValues {
  readonly name: string;
  readonly description: string;
  readonly owner: string;
  readonly smart: boolean;
  readonly filter: FilterValues;
}

const valuesFrom = (list: List | null): ListValues =>
  list
    ? {
        name: list.name,
        description: list.description,
        owner: list.owner ?? '',
        smart: list.filter !== null,
        filter: filterValuesFrom(list.filter),
      }
    : { name: '', description: '', owner: '', smart: false, filter: emptyFilter };

const toInput = (v: ListValues) => ({
  name: v.name,
  description: v.description,
  owner: v.owner.trim() === '' ? null : v.owner.trim(),
  filter: v.smart ? filterFrom(v.filter) : null,
});

interface ListFormDialogProps {
  readonly list: List | null;
  readonly onSaved: (list: List) => void;
  readonly onClose: () => void;
}

/** Create or edit a list: its name, description and owner, and, for a smart list, the filter that fills it. */
export function ListFormDialog({ list, onSaved, onClose }: ListFormDialogProps) {
  const { t } = useTranslation();
  const idPrefix = useId().replace(/:/g, '');
  const onSubmit = useCallback(
    async (input: ReturnType<typeof listInput.parse>) => {
      const saved = list
        ? await mutate('lists:update', { id: list.id, patch: input })
        : await mutate('lists:create', input);
      toastSuccess(t(list ? 'lists.saved' : 'lists.created', { name: saved.name }));
      onSaved(saved);
      return valuesFrom(saved);
    },
    [list, onSaved, t],
  );
  const form = useForm({ initial: valuesFrom(list), toInput, schema: listInput, onSubmit });
  const { values, update } = form;
  const fields = useMemo(
    () => ({ idPrefix, issueFor: form.issueFor, touch: form.touch }),
    [idPrefix, form.issueFor, form.touch],
  );
  const setFilter = (field: keyof FilterValues, value: string) =>
    update(`filter.${field}`, (v) => ({
      ...v,
      // Another organisation's office would make the filter match nobody.
      filter: { ...v.filter, [field]: value, ...(field === 'organisationId' ? { officeId: '' } : {}) },
    }));
  const rootIssue = form.issueFor('');

  return (
    <Modal title={list ? t('lists.editTitle', { name: list.name }) : t('lists.new')} onClose={onClose}>
      <FormFieldsContext value={fields}>
        <form
          ref={form.formRef}
          className="list-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit();
          }}
        >
          {rootIssue && <IssueMessage text={rootIssue} />}
          <TextField
            path="name"
            label={t('lists.field.name')}
            value={values.name}
            autoFocus
            onChange={(v) => update('name', (s) => ({ ...s, name: v }))}
          />
          <TextAreaField
            path="description"
            label={t('lists.field.description')}
            value={values.description}
            rows={2}
            onChange={(v) => update('description', (s) => ({ ...s, description: v }))}
          />
          <TextField
            path="owner"
            label={t('lists.field.owner')}
            value={values.owner}
            hint={t('lists.field.ownerHint')}
            onChange={(v) => update('owner', (s) => ({ ...s, owner: v }))}
          />
          <CheckboxField
            path="smart"
            label={t('lists.field.smart')}
            checked={values.smart}
            onChange={(v) => update('smart', (s) => ({ ...s, smart: v }))}
          />
          <p className="field__hint">{t('lists.field.smartHint')}</p>
          {values.smart && <FilterEditor values={values.filter} onChange={setFilter} />}
          {values.smart && !narrows(values.filter) && (
            <p className="field__error" role="note">
              {t('lists.filter.matchesEveryone')}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={form.saving}>
              {list ? t('form.save') : t('lists.create')}
            </button>
          </div>
        </form>
      </FormFieldsContext>
    </Modal>
  );
}
