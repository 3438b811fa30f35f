import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { Icon, type IconName } from '../components/icon';
import { useDebounced } from '../components/page/use-debounced';
import { pickLocalized } from '../i18n/localized';
import { navigate } from './navigation';
import { availablePages } from './pages';
import { setLanguagePreference, setThemePreference } from './preferences';
import { matchesQuery } from './palette-match';
import { useSpokespeoplePalette } from '../features/spokespeople/palette-items';
import './command-palette.css';

let isOpen = false;
const listeners = new Set<() => void>();
const setOpen = (open: boolean) => {
  isOpen = open;
  for (const l of listeners) l();
};

export const openPalette = () => setOpen(true);

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);
export const paletteShortcut = () => (isMac() ? '⌘K' : 'Ctrl+K');

type Group = 'spokespeople' | 'pages' | 'actions' | 'contacts' | 'offices' | 'organisations';

interface PaletteItem {
  readonly id: string;
  readonly group: Group;
  readonly icon: IconName;
  readonly label: string;
  readonly detail?: string;
  readonly run: () => void;
}

const groupOrder: readonly Group[] = ['spokespeople', 'contacts', 'organisations', 'offices', 'pages', 'actions'];

function PaletteDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const ref = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const query = useDebounced(text.trim(), 40);
  const searching = query.length >= 2;

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const records = useApiQuery('search:query', { query, limit: 12 }, { enabled: searching });
  const spokespeople = useSpokespeoplePalette(text);
  const organisations = useApiQuery(
    'organisations:list',
    { page: { offset: 0, limit: 5 }, query },
    { enabled: searching },
  );

  const items = useMemo(() => {
    const go = (page: Parameters<typeof navigate>[0]) => () => void navigate(page);
    const commands: PaletteItem[] = [
      ...availablePages.map((p) => ({
        id: `page-${p.id}`,
        group: 'pages' as const,
        icon: p.icon,
        label: t('palette.goTo', { page: t(`nav.${p.id}`) }),
        run: go({ page: p.id }),
      })),
      {
        id: 'new-contact',
        group: 'actions',
        icon: 'plus',
        label: t('contacts.new'),
        run: go({ page: 'contacts', record: 'new' }),
      },
      {
        id: 'new-office',
        group: 'actions',
        icon: 'plus',
        label: t('offices.new'),
        run: go({ page: 'offices', record: 'new' }),
      },
      {
        id: 'new-organisation',
        group: 'actions',
        icon: 'plus',
        label: t('organisations.new'),
        run: go({ page: 'organisations', record: 'new' }),
      },
      {
        id: 'language',
        group: 'actions',
        icon: 'settings',
        // Worded in the language it switches to, so someone lost in the other language still finds it.
        label: lang === 'fr' ? 'Switch to English' : 'Passer en français',
        run: () => void setLanguagePreference(lang === 'fr' ? 'en' : 'fr'),
      },
      {
        id: 'theme-dark',
        group: 'actions',
        icon: 'settings',
        label: t('palette.themeDark'),
        run: () => setThemePreference('dark'),
      },
      {
        id: 'theme-light',
        group: 'actions',
        icon: 'settings',
        label: t('palette.themeLight'),
        run: () => setThemePreference('light'),
      },
      {
        id: 'theme-system',
        group: 'actions',
        icon: 'settings',
        label: t('palette.themeSystem'),
        run: () => setThemePreference('system'),
      },
    ];
    const found: PaletteItem[] = [];
    if (searching) {
      for (const r of records.data?.results ?? []) {
        // Releases are searchable but have no page yet.
        if (r.kind === 'release') continue;
        found.push({
          id: `${r.kind}-${r.id}`,
          group: r.kind === 'contact' ? 'contacts' : 'offices',
          icon: r.kind === 'contact' ? 'contacts' : 'offices',
          label: r.name,
          detail: r.detail,
          run: go({ page: r.kind === 'contact' ? 'contacts' : 'offices', record: r.id }),
        });
      }
      for (const o of organisations.data?.rows ?? []) {
        found.push({
          id: `organisation-${o.id}`,
          group: 'organisations',
          icon: 'organisations',
          label: pickLocalized(o.name, lang),
          detail: pickLocalized(o.acronym, lang),
          run: go({ page: 'organisations', record: o.id }),
        });
      }
    }
    const spokes = spokespeople.items.map((i) => ({ ...i, group: 'spokespeople' as const }));
    const all = [...spokes, ...found, ...commands.filter((c) => matchesQuery(c.label, text))];
    return groupOrder.flatMap((g) => all.filter((i) => i.group === g));
  }, [t, lang, text, searching, records.data, organisations.data, spokespeople]);

  const active = Math.min(activeIndex, Math.max(0, items.length - 1));
  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      if (n > 0) setActiveIndex((active + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(items[active]);
    }
  };

  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const optionId = (i: number) => `${listId}-${i}`;
  const busy = searching && (records.fetching || organisations.fetching);
  let index = -1;

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label={t('palette.title')}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="palette__search">
        <Icon name="search" />
        <input
          className="palette__input"
          role="combobox"
          aria-expanded="true"
          aria-controls={items.length > 0 ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={items.length > 0 ? optionId(active) : undefined}
          aria-label={t('palette.title')}
          placeholder={t('palette.placeholder')}
          value={text}
          autoFocus
          onChange={(e) => {
            setText(e.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {items.length > 0 && (
        <div id={listId} role="listbox" className="palette__list" aria-label={t('palette.results')} aria-busy={busy}>
          {groupOrder.map((group) => {
            const inGroup = items.filter((i) => i.group === group);
            if (inGroup.length === 0) return null;
            return (
              <div key={group} role="group" aria-labelledby={`${listId}-${group}`}>
                <div id={`${listId}-${group}`} className="palette__group" role="presentation">
                  {group === 'spokespeople' ? spokespeople.groupLabel : t(`palette.group.${group}`)}
                </div>
                {inGroup.map((item) => {
                  index++;
                  const i = index;
                  return (
                    <div
                      key={item.id}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      className={`palette__item${i === active ? ' is-active' : ''}`}
                      onMouseMove={() => i !== active && setActiveIndex(i)}
                      onClick={() => run(item)}
                    >
                      <Icon name={item.icon} />
                      <span className="palette__label">{item.label}</span>
                      {item.detail && <span className="palette__detail">{item.detail}</span>}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
      {items.length === 0 && (
        <p className="palette__empty" role="status">
          {busy ? t('common.loading') : t('palette.nothing', { query: text.trim() })}
        </p>
      )}
      <p className="palette__footer">{t('palette.footer')}</p>
    </dialog>
  );
}

/** Ctrl+K / Cmd+K from anywhere: jump to a page, run a command, or open any record by name. */
export function CommandPalette() {
  const open = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => isOpen,
  );
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(!isOpen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <PaletteDialog onClose={() => setOpen(false)} /> : null;
}
