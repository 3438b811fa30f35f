import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlanRow } from '../../../../electron/ipc/contract/import';
import type { EditedPerson } from './import-page';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The form that corrects one person extracted from a release before it is imported. */
export function PersonEditor({
  row,
  onSave,
  onClose,
}: {
  readonly row: ImportPlanRow;
  readonly onSave: (person: EditedPerson) => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const c = row.contact;
  const [values, setValues] = useState({
    honorific: c?.honorific ?? '',
    name: c ? [c.givenName, c.familyName].filter(Boolean).join(' ') : '',
    title: c ? (Object.values(c.title)[0] ?? '') : '',
    organisation: c?.organisation ?? '',
    office: c?.office ?? '',
    phones: c ? c.phones.map((p) => p.raw).join('\n') : '',
    emails: c ? c.emails.join('\n') : '',
  });
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const field = (key: 'honorific' | 'name' | 'title' | 'organisation' | 'office') => (
    <label className="import-editor__field" htmlFor={`${id}-${key}`}>
      <span>{t(`importer.edit.${key}`)}</span>
      <input id={`${id}-${key}`} className="input" value={values[key]} required={key === 'name'} onChange={set(key)} />
    </label>
  );
  return (
    <form
      className="import-editor"
      aria-label={t('importer.edit.formLabel', { row: row.row })}
      onSubmit={(e) => {
        e.preventDefault();
        setSaving(true);
        const originalKinds = new Map((c?.phones ?? []).map((p) => [p.raw, p.kind]));
        void onSave({
          honorific: values.honorific.trim() || null,
          name: values.name.trim(),
          title: values.title.trim() || null,
          organisation: values.organisation.trim() || null,
          office: values.office.trim() || null,
          phones: lines(values.phones).map((raw) => ({ raw, kind: originalKinds.get(raw) ?? null })),
          emails: lines(values.emails),
        }).finally(() => setSaving(false));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="import-editor__grid">
        {field('honorific')}
        {field('name')}
        {field('title')}
        {field('organisation')}
        {field('office')}
        <label className="import-editor__field" htmlFor={`${id}-phones`}>
          <span>{t('importer.edit.phones')}</span>
          <textarea id={`${id}-phones`} className="textarea" rows={3} value={values.phones} onChange={set('phones')} />
        </label>
        <label className="import-editor__field" htmlFor={`${id}-emails`}>
          <span>{t('importer.edit.emails')}</span>
          <textarea id={`${id}-emails`} className="textarea" rows={3} value={values.emails} onChange={set('emails')} />
        </label>
      </div>
      <p className="import-hint">{t('importer.edit.linesHint')}</p>
      <div className="import-actions">
        <button type="submit" className="button button--primary" disabled={saving || values.name.trim() === ''}>
          {t('importer.edit.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('importer.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
