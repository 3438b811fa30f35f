import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/icon';
import { openPalette, paletteShortcut } from './command-palette';
import { navigate, useRoute } from './navigation';
import { availablePages, type PageSpec } from './pages';
import { formatRoute } from './route';

function NavLink({ page, current }: { readonly page: PageSpec; readonly current: boolean }) {
  const { t } = useTranslation();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate({ page: page.id });
  };
  return (
    <a
      href={formatRoute({ page: page.id })}
      className="sidebar__link"
      aria-current={current ? 'page' : undefined}
      onClick={onClick}
    >
      <Icon name={page.icon} />
      <span>{t(`nav.${page.id}`)}</span>
    </a>
  );
}

export function Sidebar() {
  const { t } = useTranslation();
  const route = useRoute();
  const main = availablePages.filter((p) => !p.footer);
  const footer = availablePages.filter((p) => p.footer);
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          P
        </span>
        PressDesk
      </div>
      <button type="button" className="sidebar__search" onClick={openPalette} aria-keyshortcuts="Control+K Meta+K">
        <Icon name="search" />
        <span>{t('palette.open')}</span>
        <kbd>{paletteShortcut()}</kbd>
      </button>
      <ul className="sidebar__list">
        {main.map((p) => (
          <li key={p.id}>
            <NavLink page={p} current={route.page === p.id} />
          </li>
        ))}
      </ul>
      <ul className="sidebar__list sidebar__list--footer">
        {footer.map((p) => (
          <li key={p.id}>
            <NavLink page={p} current={route.page === p.id} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
