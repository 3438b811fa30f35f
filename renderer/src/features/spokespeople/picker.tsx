import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { filterOptions, fold, type PickOption } from './options';

interface PickerProps {
  readonly label: string;
  readonly placeholder: string;
  readonly options: readonly PickOption[];
  readonly value: string | null;
  readonly onChange: (value: string) => void;
  /** Enter chose an option: the caller may move on to the next step. */
  readonly onCommit?: () => void;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly autoFocus?: boolean;
}

const MAX_SHOWN = 50;

/**
 * A text box that filters a list as one types (ARIA combobox): ↑↓ move, Enter chooses, Escape puts the choice back.
 * Leaving it with a name typed in full chooses that name; anything else returns to the current choice.
 */
export function Picker(props: PickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const selected = props.options.find((o) => o.value === props.value);
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = text !== null;
  const shown = open ? filterOptions(props.options, text).slice(0, MAX_SHOWN) : [];
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, open]);

  const choose = (option: PickOption | undefined) => {
    setText(null);
    if (option) props.onChange(option.value);
    return option !== undefined;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setText('');
        setActive(
          Math.max(
            0,
            props.options.findIndex((o) => o.value === props.value),
          ),
        );
        return;
      }
      const n = shown.length;
      if (n > 0) setActive((activeIndex + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (e.key === 'Enter') {
      if (!open) return;
      e.preventDefault();
      if (choose(shown[activeIndex])) props.onCommit?.();
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setText(null);
    }
  };

  return (
    <div className="picker">
      <input
        ref={props.inputRef}
        className="input picker__input"
        role="combobox"
        aria-label={props.label}
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown.length > 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        value={text ?? selected?.label ?? ''}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => {
          if (text === null) return;
          choose(props.options.find((o) => fold(o.label) === fold(text)));
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={props.label}
        className="picker__list"
        hidden={!open || shown.length === 0}
      >
        {shown.map((o, i) => (
          <li
            key={o.value}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            className={`picker__option${i === activeIndex ? ' is-active' : ''}`}
            // Keeps the focus in the text box, so choosing with the mouse does not blur it first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            <span>{o.label}</span>
            {o.group === 'regions' && <span className="picker__group">{t('spokespeople.regions')}</span>}
          </li>
        ))}
      </ul>
      {open && text.trim() !== '' && shown.length === 0 && (
        <p className="picker__none" role="status">
          {t('spokespeople.noOption', { text: text.trim() })}
        </p>
      )}
    </div>
  );
}
