import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesTyped, type PickerOption } from './picker-options';

interface OptionPickerProps {
  /** Names the picker for screen readers ("Role"). */
  readonly label: string;
  readonly options: readonly PickerOption[];
  /** The option already chosen, marked in the list. */
  readonly current?: string | undefined;
  /** An extra first option made from what was typed ("Create list “Floods”", "14 months"), or null. */
  readonly fromTyped?: (text: string) => PickerOption | null;
  readonly onPick: (option: PickerOption) => void;
  /** Escape, Tab or a click outside; focus goes back to the button that opened the picker. */
  readonly onClose: () => void;
}

/** Long lists show their first matches only: typing narrows them, and rendering 250 countries per key is waste. */
const MAX_SHOWN = 100;

/**
 * A small combobox: type to narrow the list (names in any language the option knows), arrows to move, Enter to
 * choose. Used by the filter chips and the bulk actions.
 */
export function OptionPicker({ label, options, current, fromTyped, onPick, onClose }: OptionPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const shown = useMemo(() => {
    const matches = options.filter((o) => matchesTyped(o, typed));
    const extra = typed.trim() ? fromTyped?.(typed.trim()) : null;
    return [...(extra ? [extra] : []), ...matches].slice(0, MAX_SHOWN);
  }, [options, typed, fromTyped]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  useEffect(() => {
    list.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, activeIndex + 1),
      ArrowUp: Math.max(0, activeIndex - 1),
      PageDown: Math.min(last, activeIndex + 10),
      PageUp: Math.max(0, activeIndex - 10),
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(moves[e.key]!);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const option = shown[activeIndex];
      if (option) onPick(option);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      // The page's own Escape (leave the search, close the panel) must not also fire.
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const optionId = (i: number) => `${id}-o${i}`;
  return (
    <div ref={root} className="popover directory-picker" role="dialog" aria-label={label}>
      <input
        // The picker opens on purpose (a click or Enter on its button): typing goes straight in.
        autoFocus
        className="input directory-picker__input"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown.length ? optionId(activeIndex) : undefined}
        placeholder={t('directory.picker.typeToFilter')}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul ref={list} id={`${id}-list`} role="listbox" aria-label={label} className="directory-picker__list">
        {shown.map((o, i) => (
          <li
            key={o.value}
            id={optionId(i)}
            data-index={i}
            role="option"
            aria-selected={i === activeIndex}
            className={`directory-picker__option${i === activeIndex ? ' is-active' : ''}${o.value === current ? ' is-current' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => onPick(o)}
          >
            <span className="directory-picker__label">{o.label}</span>
            {o.hint && <span className="directory-picker__hint">{o.hint}</span>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="directory-picker__empty">{t('directory.picker.noMatch')}</p>}
    </div>
  );
}
