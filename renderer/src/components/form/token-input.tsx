import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icon';
import { controlId, useFormFields } from './form-context';
import { IssueMessage } from './fields';

export interface TokenSuggestion {
  readonly value: string;
  readonly label: string;
}

interface TokenInputProps {
  readonly path: string;
  readonly label: string;
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  /** Offered in a list as the person types. */
  readonly suggestions?: readonly TokenSuggestion[];
  /** Turns typed text into a value, or null when it is not one (then nothing is added). */
  readonly parse: (text: string) => string | null;
  readonly display?: (value: string) => string;
  readonly placeholder?: string;
  readonly hint?: string;
}

/**
 * Several short values (languages, topics, countries) as removable chips. Enter or comma adds what is typed,
 * Backspace on an empty input removes the last chip; each chip has its own remove button.
 */
export function TokenInput(props: TokenInputProps) {
  const { t } = useTranslation();
  const { idPrefix, issueFor, touch } = useFormFields();
  const [text, setText] = useState('');
  const listId = useId();
  const id = controlId(idPrefix, props.path);
  const display = props.display ?? ((v: string) => v);
  const issues = [issueFor(props.path), ...props.values.map((_, i) => issueFor(`${props.path}.${i}`))].filter(
    (x) => x !== undefined,
  );
  const [invalidText, setInvalidText] = useState(false);

  const commit = () => {
    const trimmed = text.trim().replace(/,$/, '').trim();
    if (!trimmed) return false;
    const value = props.parse(trimmed);
    if (value === null) {
      setInvalidText(true);
      return false;
    }
    if (!props.values.includes(value)) props.onChange([...props.values, value]);
    setText('');
    setInvalidText(false);
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      // Enter would submit the form; here it adds the chip.
      if (text.trim() !== '' || e.key === ',') e.preventDefault();
      commit();
    } else if (e.key === 'Backspace' && text === '' && props.values.length > 0) {
      e.preventDefault();
      props.onChange(props.values.slice(0, -1));
    }
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {props.label}
      </label>
      <div className={`token-input${issues.length > 0 || invalidText ? ' is-invalid' : ''}`}>
        <ul className="token-input__tokens" aria-label={props.label}>
          {props.values.map((v) => (
            <li key={v} className="token">
              <span>{display(v)}</span>
              <button
                type="button"
                className="token__remove"
                aria-label={t('form.removeValue', { value: display(v) })}
                onClick={() => props.onChange(props.values.filter((x) => x !== v))}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          className="token-input__input"
          value={text}
          list={props.suggestions ? listId : undefined}
          placeholder={props.values.length === 0 ? props.placeholder : undefined}
          autoComplete="off"
          aria-invalid={issues.length > 0 || invalidText}
          aria-describedby={
            invalidText ? `${id}-unknown` : issues.length > 0 ? `${id}-error` : props.hint ? `${id}-hint` : undefined
          }
          data-path={props.path}
          onChange={(e) => {
            setInvalidText(false);
            // Picking from the list fills the input in one step: take it as a chip at once.
            const picked = props.suggestions?.find((s) => s.label === e.target.value);
            if (picked && (e.nativeEvent as InputEvent).inputType !== 'insertText') {
              if (!props.values.includes(picked.value)) props.onChange([...props.values, picked.value]);
              setText('');
              return;
            }
            setText(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            commit();
            touch(props.path);
          }}
        />
      </div>
      {props.suggestions && (
        <datalist id={listId}>
          {props.suggestions.map((s) => (
            <option key={s.value} value={s.label} />
          ))}
        </datalist>
      )}
      {invalidText && (
        <p id={`${id}-unknown`} className="field__error">
          {t('form.unknownValue', { value: text.trim() })}
        </p>
      )}
      {!invalidText && issues[0] && <IssueMessage id={`${id}-error`} text={issues[0]} />}
      {!invalidText && issues.length === 0 && props.hint && (
        <p id={`${id}-hint`} className="field__hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
