import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icon';
import './list-page.css';

interface ListPageProps {
  readonly title: string;
  readonly searchLabel: string;
  readonly search: string;
  readonly onSearch: (text: string) => void;
  readonly newLabel: string;
  readonly onNew: () => void;
  /** Toolbar controls between the search box and the New button (filters). */
  readonly filters?: ReactNode;
  readonly table: ReactNode;
  /** The record panel, or null when nothing is open. */
  readonly panel: ReactNode;
  /** Escape in the search box moves to the list. */
  readonly onSearchEscape: () => void;
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * A list page: toolbar (search, filters, New), the table, and the record panel beside it. Ctrl/Cmd+F or "/" goes
 * to the search box, Alt+N starts a new record.
 */
export function ListPage(props: ListPageProps) {
  const { t } = useTranslation();
  const searchRef = useRef<HTMLInputElement>(null);
  const { onNew } = props;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const inField = (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
      if ((e.key === 'f' && (e.ctrlKey || e.metaKey) && !e.altKey) || (e.key === '/' && !inField)) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN') {
        e.preventDefault();
        onNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onNew]);

  return (
    <div className="list-page">
      <div className="list-page__toolbar">
        <h1 className="list-page__title">{props.title}</h1>
        <div className="search-box">
          <Icon name="search" className="search-box__icon" />
          <input
            ref={searchRef}
            type="search"
            className="input search-box__input"
            aria-label={props.searchLabel}
            placeholder={props.searchLabel}
            aria-keyshortcuts={isMac() ? 'Meta+F /' : 'Control+F /'}
            value={props.search}
            onChange={(e) => props.onSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                if (props.search) props.onSearch('');
                else props.onSearchEscape();
              } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
                e.preventDefault();
                props.onSearchEscape();
              }
            }}
          />
        </div>
        {props.filters}
        <div className="list-page__spacer" />
        <button type="button" className="button button--primary" onClick={props.onNew} aria-keyshortcuts="Alt+N">
          <Icon name="plus" />
          {props.newLabel}
        </button>
      </div>
      <div className={`list-page__split${props.panel ? ' has-panel' : ''}`}>
        <div className="list-page__table">{props.table}</div>
        {props.panel && (
          <aside className="list-page__panel" aria-label={t('common.details')}>
            {props.panel}
          </aside>
        )}
      </div>
    </div>
  );
}
