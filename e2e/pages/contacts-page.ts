import type { AppShell } from './app-shell';
import { ListPage, type ListPageNames } from './list-page';

export const contactsPageNames: Readonly<Record<'en' | 'fr', ListPageNames>> = {
  en: { title: 'Contacts', search: 'Search contacts', new: 'New contact' },
  fr: { title: 'Contacts', search: 'Rechercher des contacts', new: 'Nouveau contact' },
};

export class ContactsPage extends ListPage {
  constructor(app: AppShell, lang: 'en' | 'fr' = 'en') {
    super(app, contactsPageNames[lang]);
  }
}
