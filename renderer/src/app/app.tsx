import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmHost } from '../components/dialog/confirm-host';
import { Toaster } from '../components/toast/toaster';
import { ContactsPage } from '../features/contacts/contacts-page';
import { ImportPage } from '../features/import/import-page';
import { ListsPage } from '../features/lists/lists-page';
import { OfficesPage } from '../features/offices/offices-page';
import { OrganisationsPage } from '../features/organisations/organisations-page';
import { ReleasesPage } from '../features/releases/releases-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SpokespeoplePage } from '../features/spokespeople/spokespeople-page';
import { CommandPalette } from './command-palette';
import { useRoute } from './navigation';
import type { PageId } from './pages';
import { Sidebar } from './sidebar';
import { StatusBar } from './status-bar';

function Page({ page }: { readonly page: PageId }) {
  switch (page) {
    case 'releases':
      return <ReleasesPage />;
    case 'contacts':
      return <ContactsPage />;
    case 'spokespeople':
      return <SpokespeoplePage />;
    case 'offices':
      return <OfficesPage />;
    case 'organisations':
      return <OrganisationsPage />;
    case 'import':
      return <ImportPage />;
    case 'lists':
      return <ListsPage />;
    case 'settings':
      return <SettingsPage />;
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
  return (
    <div className="app">
      <Sidebar />
      <main className="app__main" id="main">
        <Page page={route.page} />
      </main>
      <StatusBar />
      <CommandPalette />
      <ConfirmHost />
      <Toaster />
    </div>
  );
}
