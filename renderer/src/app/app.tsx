import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmHost } from '../components/dialog/confirm-host';
import { Toaster } from '../components/toast/toaster';
import { ContactsPage } from '../features/contacts/contacts-page';
import { CommandPalette } from './command-palette';
import { lazyPage, PageLoadBoundary, PageLoading, PRELOAD_AFTER_MS, preloadWhenIdle } from './lazy-page';
import { useRoute } from './navigation';
import type { PageId } from './pages';
import { Sidebar } from './sidebar';
import { StatusBar } from './status-bar';

/*
 * Contacts, the page PressDesk opens on, is in the entry bundle. Every other page is a chunk of its own, so opening
 * the app does not fetch and parse the release editor (TipTap), the importer, lists or settings first.
 */
const releases = lazyPage(() => import('../features/releases/releases-page').then((m) => m.ReleasesPage));
const spokespeople = lazyPage(() =>
  import('../features/spokespeople/spokespeople-page').then((m) => m.SpokespeoplePage),
);
const offices = lazyPage(() => import('../features/offices/offices-page').then((m) => m.OfficesPage));
const organisations = lazyPage(() =>
  import('../features/organisations/organisations-page').then((m) => m.OrganisationsPage),
);
const imports = lazyPage(() => import('../features/import/import-page').then((m) => m.ImportPage));
const lists = lazyPage(() => import('../features/lists/lists-page').then((m) => m.ListsPage));
const settings = lazyPage(() => import('../features/settings/settings-page').then((m) => m.SettingsPage));
const lazyPages = [releases, spokespeople, offices, organisations, lists, imports, settings];

function Page({ page }: { readonly page: PageId }) {
  switch (page) {
    case 'releases':
      return <releases.Page />;
    case 'contacts':
      return <ContactsPage />;
    case 'spokespeople':
      return <spokespeople.Page />;
    case 'offices':
      return <offices.Page />;
    case 'organisations':
      return <organisations.Page />;
    case 'import':
      return <imports.Page />;
    case 'lists':
      return <lists.Page />;
    case 'settings':
      return <settings.Page />;
    default:
      // Pages still to come are not reachable: parseHash only returns available ones.
      return null;
  }
}

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  const pageName = t(`nav.${route.page}`);
  useEffect(() => {
    document.title = `${pageName} · PressDesk`;
  }, [pageName]);
  useEffect(() => preloadWhenIdle(lazyPages, PRELOAD_AFTER_MS), []);
  return (
    <div className="app">
      <Sidebar />
      <main className="app__main" id="main">
        {/* Keyed by page: a failed load is about that page, and going to another one starts afresh. */}
        <PageLoadBoundary key={route.page}>
          <Suspense fallback={<PageLoading />}>
            <Page page={route.page} />
          </Suspense>
        </PageLoadBoundary>
      </main>
      <StatusBar />
      <CommandPalette />
      <ConfirmHost />
      <Toaster />
    </div>
  );
}
