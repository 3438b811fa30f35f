import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSuggestion } from '../../../../../electron/ipc/contract';
import { useApiQuery } from '../../../api/hooks';
import { useDebounced } from '../../../components/page/use-debounced';
import { useFormat } from '../../../i18n/format';
import { pickLocalized } from '../../../i18n/localized';
import { ReasonChips } from './reason-chips';

interface ContactSearchProps {
  readonly releaseId: number;
  readonly onAdd: (contact: ContactSuggestion) => void;
}

/** Where a person works, in the UI language: "UNHCR Bureau for Europe, Brussels". */
export function workplace(c: Pick<ContactSuggestion, 'officeName' | 'organisationName' | 'city'>, lang: string) {
  const place = pickLocalized(c.officeName, lang) || pickLocalized(c.organisationName, lang);
  const city = pickLocalized(c.city, lang);
  return [place, city && !place.toLowerCase().includes(city.toLowerCase()) ? city : ''].filter(Boolean).join(', ');
}

/**
 * Search as you type: the contacts matching the words, ranked for this release and never anyone do-not-contact,
 * archived or already in the block. Arrow keys move through the matches, Enter adds one (the first by default).
 */
export function ContactSearch({ releaseId, onAdd }: ContactSearchProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 150);
  const enabled = query !== '';
  const result = useApiQuery('releases:suggest-contacts', { id: releaseId, query, limit: 8 }, { enabled });
  const rows = enabled && text.trim() !== '' ? (result.data?.rows ?? []) : [];
  const open = rows.length > 0;
  const current = Math.min(active, rows.length - 1);

  const add = (row: ContactSuggestion | undefined) => {
    if (!row) return;
    onAdd(row);
    setText('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, rows.length - 1));
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      add(rows[current]);
    } else if (e.key === 'Escape' && text !== '') {
      e.preventDefault();
      setText('');
    }
  };

  const searching = enabled && result.fetching;
  const none = enabled && !result.fetching && result.data !== undefined && rows.length === 0 && text.trim() !== '';
  return (
    <div className="contact-search">
      <label htmlFor={`${id}-input`} className="field__label">
        {t('blocks.search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="input contact-search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-option-${current}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('blocks.search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('blocks.search.hint')}
      </p>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('blocks.search.results')}
        className="contact-search__list"
        hidden={!open}
      >
        {rows.map((row, i) => (
          <li
            key={row.contactId}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === current}
            className="contact-search__option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add(row)}
          >
            <span className="contact-search__name">{row.displayName}</span>
            <span className="muted">{workplace(row, fmt.lang)}</span>
            <ReasonChips reasons={row.reasons} />
          </li>
        ))}
      </ul>
      <p className="muted contact-search__status" role="status">
        {searching ? t('blocks.search.searching') : none ? t('blocks.search.none', { query: text.trim() }) : ''}
      </p>
    </div>
  );
}
