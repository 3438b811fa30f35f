import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { controlId, useFormFields } from './form-context';
import { IssueMessage } from './fields';

/** Languages offered by "Add language", beyond the two the UI speaks. */
export const extraLanguages = ['es', 'ar', 'pt', 'de', 'it', 'ru', 'zh', 'sw', 'uk', 'tr', 'fa', 'am'] as const;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The UI language first, then the other UI language, then whatever the record already has. */
export function languagesToShow(uiLang: string, values: Readonly<Record<string, string>>, added: readonly string[]) {
  const order = [uiLang, uiLang === 'fr' ? 'en' : 'fr', ...Object.keys(values).sort(), ...added];
  return [...new Set(order)];
}

interface LocalizedFieldsProps {
  /** The record field ("name", "title"); each input is `<path>.<lang>`. */
  readonly path: string;
  readonly label: string;
  readonly values: Readonly<Record<string, string>>;
  readonly onChange: (lang: string, value: string) => void;
  readonly autoFocus?: boolean;
  readonly required?: boolean;
}

/** One text per language ("Bruxelles" / "Brussels"), grouped under one label, with room for more languages. */
export function LocalizedFields({ path, label, values, onChange, autoFocus, required }: LocalizedFieldsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { idPrefix, issueFor, touch } = useFormFields();
  const [added, setAdded] = useState<string[]>([]);
  const langs = languagesToShow(fmt.lang, values, added);
  const groupIssue = issueFor(path);
  const groupId = controlId(idPrefix, path);
  const addable = extraLanguages.filter((l) => !langs.includes(l));

  return (
    <fieldset className="field-group" aria-describedby={groupIssue ? `${groupId}-error` : undefined}>
      <legend className="field__label">
        {label}
        {required && <span className="field__required"> {t('form.required')}</span>}
      </legend>
      {langs.map((lang, i) => {
        const fieldPath = `${path}.${lang}`;
        const id = controlId(idPrefix, fieldPath);
        const issue = issueFor(fieldPath);
        return (
          <div key={lang} className="localized-field">
            <label htmlFor={id} className="localized-field__lang">
              <span className="visually-hidden">{label}, </span>
              {capitalise(fmt.language(lang))}
            </label>
            <input
              id={id}
              className="input"
              lang={lang}
              dir={lang === 'ar' || lang === 'fa' ? 'rtl' : undefined}
              value={values[lang] ?? ''}
              autoFocus={autoFocus && i === 0}
              autoComplete="off"
              aria-invalid={issue !== undefined || (groupIssue !== undefined && i === 0)}
              aria-describedby={issue ? `${id}-error` : groupIssue && i === 0 ? `${groupId}-error` : undefined}
              data-path={fieldPath}
              onChange={(e) => onChange(lang, e.target.value)}
              onBlur={() => touch(fieldPath)}
            />
            {issue && <IssueMessage id={`${id}-error`} text={issue} />}
          </div>
        );
      })}
      {groupIssue && <IssueMessage id={`${groupId}-error`} text={groupIssue} />}
      {addable.length > 0 && (
        <select
          className="select select--inline"
          aria-label={t('form.addLanguageTo', { field: label })}
          value=""
          onChange={(e) => {
            const lang = e.target.value;
            if (!lang) return;
            setAdded((a) => [...a, lang]);
            // The new input is rendered on the next frame; move there so typing continues.
            requestAnimationFrame(() => document.getElementById(controlId(idPrefix, `${path}.${lang}`))?.focus());
          }}
        >
          <option value="">{t('form.addLanguage')}</option>
          {addable.map((l) => (
            <option key={l} value={l}>
              {capitalise(fmt.language(l))}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
