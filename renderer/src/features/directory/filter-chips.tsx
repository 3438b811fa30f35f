import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useChipSpecs } from './chip-options';
import { activeChips, chipFields, removeChip, setChip, type ChipField, type DirectoryFilter } from './filter-model';
import { OptionPicker } from './option-picker';
import './directory.css';

interface FilterChipsProps {
  readonly filter: DirectoryFilter;
  readonly onChange: (filter: DirectoryFilter) => void;
}

type Open = { readonly menu: true } | { readonly field: ChipField; readonly at: 'add' | 'chip' } | null;
type FocusTarget = ChipField | 'add';

/**
 * The filter chips above the Contacts table: "Add filter" picks a kind then a value; each chip shows its value,
 * reopens its picker on Enter or a click, and goes away with its × button or Delete/Backspace. Chips combine (AND).
 */
export function FilterChips({ filter, onChange }: FilterChipsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const picking = open !== null && 'field' in open ? open.field : null;
  const specs = useChipSpecs({
    topics: picking === 'topic',
    offices: picking === 'officeId' || filter.officeId !== undefined,
  });
  const buttons = useRef(new Map<FocusTarget, HTMLButtonElement>());
  const refocus = useRef<FocusTarget | null>(null);
  const active = activeChips(filter);
  const unused = chipFields.filter((f) => filter[f] === undefined);

  // Focus goes where the person expects after the chips re-render: the chip just set, or "Add filter".
  useEffect(() => {
    const target = refocus.current;
    if (target === null) return;
    refocus.current = null;
    (buttons.current.get(target) ?? buttons.current.get('add'))?.focus();
  });

  const close = useCallback((focus: FocusTarget) => {
    refocus.current = focus;
    setOpen(null);
  }, []);

  const remove = (field: ChipField) => {
    onChange(removeChip(filter, field));
    refocus.current = 'add';
  };

  const register = (key: FocusTarget) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  const valuePicker = (field: ChipField) => {
    const spec = specs[field];
    const value = filter[field];
    return (
      <OptionPicker
        label={spec.label}
        options={spec.options}
        current={value === undefined ? undefined : String(value)}
        fromTyped={spec.fromTyped}
        onPick={(option) => {
          onChange(setChip(filter, field, spec.toValue(option)));
          close(field);
        }}
        onClose={() => close(open && 'at' in open && open.at === 'chip' ? field : 'add')}
      />
    );
  };

  const onChipKey = (e: KeyboardEvent<HTMLButtonElement>, field: ChipField) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      remove(field);
    }
  };

  return (
    <div className="directory-chips" role="group" aria-label={t('directory.chips.label')}>
      {active.map((field) => {
        const spec = specs[field];
        const value = filter[field]!;
        const isOpen = open !== null && 'field' in open && open.field === field && open.at === 'chip';
        return (
          <span key={field} className="directory-chip">
            <button
              ref={register(field)}
              type="button"
              className="directory-chip__value"
              aria-haspopup="dialog"
              aria-expanded={isOpen}
              aria-keyshortcuts="Delete"
              onClick={() => setOpen(isOpen ? null : { field, at: 'chip' })}
              onKeyDown={(e) => onChipKey(e, field)}
            >
              <span className="directory-chip__name">{t('directory.chips.name', { name: spec.label })}</span>{' '}
              <span className="directory-chip__text">{spec.valueLabel(value)}</span>
            </button>
            <button
              type="button"
              className="directory-chip__remove"
              aria-label={t('directory.chips.remove', { name: spec.label, value: spec.valueLabel(value) })}
              onClick={() => remove(field)}
            >
              <Icon name="close" />
            </button>
            {isOpen && valuePicker(field)}
          </span>
        );
      })}
      {unused.length > 0 && (
        <span className="directory-chip-add">
          <button
            ref={register('add')}
            type="button"
            className="button button--small button--ghost"
            aria-haspopup="dialog"
            aria-expanded={open !== null && ('menu' in open || open.at === 'add')}
            onClick={() => setOpen(open ? null : { menu: true })}
          >
            <Icon name="plus" />
            {t('directory.chips.add')}
          </button>
          {open !== null && 'menu' in open && (
            <OptionPicker
              label={t('directory.chips.add')}
              options={unused.map((f) => ({ value: f, label: specs[f].label }))}
              onPick={(o) => setOpen({ field: o.value as ChipField, at: 'add' })}
              onClose={() => close('add')}
            />
          )}
          {open !== null && 'field' in open && open.at === 'add' && valuePicker(open.field)}
        </span>
      )}
      {active.length > 1 && (
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => {
            onChange({});
            refocus.current = 'add';
          }}
        >
          {t('directory.chips.clearAll')}
        </button>
      )}
    </div>
  );
}
