import type { AppShell } from './app-shell';
import { ListPage } from './list-page';

export class OrganisationsPage extends ListPage {
  constructor(app: AppShell) {
    super(app, { title: 'Organisations', search: 'Search organisations', new: 'New organisation' });
  }
}
