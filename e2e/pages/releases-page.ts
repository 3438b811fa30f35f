import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './app-shell';
import { ListPage, type ListPageNames } from './list-page';

export const releasesPageNames: Readonly<Record<'en' | 'fr', ListPageNames>> = {
  en: { title: 'Releases', search: 'Search releases', new: 'New release' },
  fr: { title: 'Communiqués', search: 'Rechercher des communiqués', new: 'Nouveau communiqué' },
};

/** `#/releases`: the list, and the small form "New release" opens. */
export class ReleasesPage extends ListPage {
  readonly newTitle: Locator;
  readonly newLanguage: Locator;
  readonly createButton: Locator;

  constructor(app: AppShell, lang: 'en' | 'fr' = 'en') {
    super(app, releasesPageNames[lang]);
    const form = app.page.getByRole('form', { name: releasesPageNames[lang].new });
    this.newTitle = form.getByLabel(lang === 'en' ? 'Title' : 'Titre');
    this.newLanguage = form.getByLabel(lang === 'en' ? 'Language' : 'Langue');
    this.createButton = form.getByRole('button', { name: lang === 'en' ? 'Create release' : 'Créer le communiqué' });
  }
}

/** `#/releases/<id>`: one release in the editor (English UI). */
export class ReleaseEditorPage {
  readonly title: Locator;
  readonly body: Locator;
  readonly saveState: Locator;
  readonly datelineCity: Locator;
  readonly datelineDate: Locator;
  /** The dateline as the server prints it in the release's language. */
  readonly dateline: Locator;
  readonly embargoUntil: Locator;
  readonly embargoZone: Locator;
  readonly embargoBanner: Locator;
  readonly versions: Locator;
  readonly revisions: Locator;
  readonly statusGroup: Locator;
  readonly lockedNotice: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.title = main.getByRole('textbox', { name: 'Title', exact: true });
    this.body = main.getByRole('textbox', { name: 'Body', exact: true });
    this.saveState = main.getByTestId('save-state');
    this.datelineCity = main.getByLabel('Dateline city');
    this.datelineDate = main.getByLabel('Dateline date');
    this.dateline = main.getByTestId('release-dateline');
    this.embargoUntil = main.getByLabel('Embargoed until');
    this.embargoZone = main.getByLabel('Time zone');
    this.embargoBanner = main.getByRole('note', { name: 'Embargo' });
    this.versions = main.getByRole('region', { name: 'Language versions' });
    this.revisions = main.getByRole('region', { name: 'Revisions' });
    this.statusGroup = main.getByRole('group', { name: 'Status' });
    this.lockedNotice = main.locator('.release-editor__locked');
  }

  /** The id in the address bar. */
  id(): number {
    const m = /#\/releases\/(\d+)/.exec(this.page.url());
    if (!m) throw new Error(`Not on a release: ${this.page.url()}`);
    return Number(m[1]);
  }

  /** Waits for the autosave to report "Saved · hh:mm" (not merely "nothing to save"). */
  async saved() {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved');
    await expect(this.saveState).toContainText(/Saved · \d/);
  }

  statusButton(name: string): Locator {
    return this.statusGroup.getByRole('button', { name, exact: true });
  }

  revision(reason: string): Locator {
    return this.revisions.getByRole('listitem').filter({ hasText: reason });
  }
}
