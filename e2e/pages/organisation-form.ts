import { expect } from '@playwright/test';
import type { AppShell } from './app-shell';
import { chooseOption, typeInto } from './keyboard';
import { RecordForm } from './record-form';

export interface OrganisationEntry {
  readonly name: { readonly en: string; readonly fr: string };
  readonly acronym: { readonly en: string; readonly fr: string };
  /** What to type on the Kind select, and the option it must land on. */
  readonly kind: { readonly typed: string; readonly label: string };
  readonly website: string;
}

export class OrganisationForm extends RecordForm {
  constructor(app: AppShell, title = 'New organisation') {
    super(app, title);
  }

  /** Fills a new organisation from its first field, moving only with Tab. */
  async fillByKeyboard(o: OrganisationEntry) {
    const name = this.localized('Name', 'en');
    // A new record starts in its first field.
    await expect(name).toBeFocused();
    await typeInto(this.page, name, o.name.en);
    await typeInto(this.page, this.localized('Name', 'fr'), o.name.fr, { max: 1 });
    await typeInto(this.page, this.localized('Acronym', 'en'), o.acronym.en, { max: 2 });
    await typeInto(this.page, this.localized('Acronym', 'fr'), o.acronym.fr, { max: 1 });
    await chooseOption(this.page, this.field('Kind'), o.kind.typed, o.kind.label, { max: 2 });
    await typeInto(this.page, this.field('Website'), o.website, { max: 1 });
  }
}
