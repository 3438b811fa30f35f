import type { AppShell } from './app-shell';
import { ListPage } from './list-page';

export class OfficesPage extends ListPage {
  constructor(app: AppShell) {
    super(app, { title: 'Offices', search: 'Search offices', new: 'New office' });
  }
}
