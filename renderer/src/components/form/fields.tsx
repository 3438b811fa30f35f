import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { controlId, useFormFields } from './form-context';
import type { IssueText } from './issues';

export function IssueMessage({ id, text }: { readonly id?: string; readonly text: IssueText }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      {'raw' in text ? text.raw : t(`validation.${text.key}`, text.values ?? {})}
    </p>
  );
}

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
  readonly 'data-path': string;
  readonly onBlur: () => void;
}

interface FieldProps {
  readonly path: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly className?: string;
  readonly children: (control: ControlProps) => ReactNode;
}

/** A label, one control, and the problem or hint under it, wired for screen readers. */
export function Field({ path, label, hint, className, children }: FieldProps) {
  const { idPrefix, issueFor, touch } = useFormFields();
  const id = controlId(idPrefix, path);
  const issue = issueFor(path);
  const describedBy = [issue ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': issue !== undefined,
        'aria-describedby': describedBy || undefined,
        'data-path': path,
        onBlur: () => touch(path),
      })}
      {issue && <IssueMessage id={`${id}-error`} text={issue} />}
      {hint && !issue && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  readonly path: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  readonly hint?: ReactNode;
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  readonly className?: string;
  readonly list?: string;
  readonly autoComplete?: string;
}

export function TextField(props: TextFieldProps) {
  return (
    <Field path={props.path} label={props.label} hint={props.hint} className={props.className}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={props.type ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          autoFocus={props.autoFocus}
          list={props.list}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={false}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextAreaField(props: Omit<TextFieldProps, 'type' | 'list'> & { readonly rows?: number }) {
  return (
    <Field path={props.path} label={props.label} hint={props.hint} className={props.className}>
      {(control) => (
        <textarea
          {...control}
          className="textarea"
          rows={props.rows ?? 3}
          value={props.value}
          placeholder={props.placeholder}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly group?: string;
}

interface SelectFieldProps {
  readonly path: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  /** The label of the empty choice; without it a value is required. */
  readonly emptyLabel?: string;
  readonly hint?: ReactNode;
  readonly className?: string;
  readonly autoFocus?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const groups = new Map<string | undefined, SelectOption[]>();
  for (const o of props.options) groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  const renderOptions = (options: readonly SelectOption[]) =>
    options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <Field path={props.path} label={props.label} hint={props.hint} className={props.className}>
      {(control) => (
        <select
          {...control}
          className="select"
          value={props.value}
          autoFocus={props.autoFocus}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {(props.emptyLabel !== undefined || props.value === '') && <option value="">{props.emptyLabel ?? ''}</option>}
          {[...groups].map(([group, options]) =>
            group === undefined ? (
              renderOptions(options)
            ) : (
              <optgroup key={group} label={group}>
                {renderOptions(options)}
              </optgroup>
            ),
          )}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField(props: {
  readonly path: string;
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  const { idPrefix } = useFormFields();
  const id = controlId(idPrefix, props.path);
  return (
    <div className="field field--checkbox">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          data-path={props.path}
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
    </div>
  );
}
