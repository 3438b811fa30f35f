import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icon';
import { FormFieldsContext } from './form-context';
import { IssueMessage } from './fields';
import type { Form } from './use-form';
import './form.css';

interface RecordFormProps<V> {
  readonly form: Form<V>;
  readonly title: string;
  readonly isNew: boolean;
  readonly archived?: boolean;
  /** Archive or restore the record; absent for a new one. */
  readonly onArchiveToggle?: () => void;
  /** Escape: back to the list, edits kept. */
  readonly onLeave: () => void;
  readonly onClose?: () => void;
  readonly children: ReactNode;
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The panel around a record's fields: title, an archived banner, and a footer that says whether everything is
 * saved. Ctrl+S / Cmd+S saves from anywhere in it; Escape returns to the list.
 */
export function RecordForm<V>({
  form,
  title,
  isNew,
  archived,
  onArchiveToggle,
  onLeave,
  onClose,
  children,
}: RecordFormProps<V>) {
  const { t } = useTranslation();
  const idPrefix = useId().replace(/:/g, '');
  const fields = useMemo(
    () => ({ idPrefix, issueFor: form.issueFor, touch: form.touch }),
    [idPrefix, form.issueFor, form.touch],
  );
  const rootIssue = form.issueFor('');
  const saveShortcut = isMac() ? '⌘S' : 'Ctrl+S';

  let status: ReactNode;
  if (form.problemCount > 0) status = t('form.problems', { count: form.problemCount });
  else if (form.saving) status = t('form.saving');
  else if (form.dirty) status = t('form.unsaved');
  else if (!isNew) status = t('form.saved');

  return (
    <FormFieldsContext value={fields}>
      <form
        ref={form.formRef}
        className="record-form"
        noValidate
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit();
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            void form.submit();
          } else if (e.key === 'Escape' && !e.defaultPrevented) {
            e.preventDefault();
            onLeave();
          }
        }}
      >
        <header className="record-form__header">
          <h2 className="record-form__title">{title}</h2>
          {onClose && (
            <button
              type="button"
              className="button button--ghost button--icon"
              aria-label={t('form.close')}
              onClick={onClose}
            >
              <Icon name="close" />
            </button>
          )}
        </header>
        <div className="record-form__body">
          {archived && (
            <div className="record-form__banner" role="note">
              <Icon name="archive" />
              <p>{t('form.archivedBanner')}</p>
            </div>
          )}
          {rootIssue && <IssueMessage text={rootIssue} />}
          {children}
        </div>
        <footer className="record-form__footer">
          <p className={`record-form__status${form.problemCount > 0 ? ' is-problem' : ''}`} role="status">
            {status}
          </p>
          {onArchiveToggle && (
            <button type="button" className="button" onClick={onArchiveToggle}>
              <Icon name={archived ? 'restore' : 'archive'} />
              {archived ? t('form.restore') : t('form.archive')}
            </button>
          )}
          {form.dirty && !isNew && (
            <button type="button" className="button" onClick={form.revert}>
              {t('form.revert')}
            </button>
          )}
          <button
            type="submit"
            className="button button--primary"
            disabled={form.saving || (!isNew && !form.dirty)}
            aria-keyshortcuts={isMac() ? 'Meta+S' : 'Control+S'}
          >
            {isNew ? t('form.create') : t('form.save')}
            <kbd>{saveShortcut}</kbd>
          </button>
        </footer>
      </form>
    </FormFieldsContext>
  );
}
