import { expect } from '@playwright/test';
import type { AppShell } from './app-shell';
import { chooseOption, typeInto } from './keyboard';
import { RecordForm } from './record-form';

/** What to type on a closed select, and the option label it must land on. */
export interface TypedChoice {
  readonly typed: string;
  readonly label: string;
}

export interface OfficeEntry {
  readonly organisation: TypedChoice;
  readonly kind: TypedChoice;
  readonly name: { readonly en: string; readonly fr: string };
  readonly city: { readonly en: string; readonly fr: string };
  readonly country: TypedChoice;
  readonly timeZone: string;
}

export class OfficeForm extends RecordForm {
  constructor(app: AppShell, title = 'New office') {
    super(app, title);
  }

  /** Fills a new office from its first field, moving only with Tab; Part of and Region stay empty. */
  async fillByKeyboard(o: OfficeEntry) {
    const organisation = this.field('Organisation');
    await expect(organisation).toBeFocused();
    await chooseOption(this.page, organisation, o.organisation.typed, o.organisation.label, { max: 0 });
    await chooseOption(this.page, this.field('Kind'), o.kind.typed, o.kind.label, { max: 2 });
    await typeInto(this.page, this.localized('Name', 'en'), o.name.en, { max: 1 });
    await typeInto(this.page, this.localized('Name', 'fr'), o.name.fr, { max: 1 });
    await typeInto(this.page, this.localized('City', 'en'), o.city.en, { max: 2 });
    await typeInto(this.page, this.localized('City', 'fr'), o.city.fr, { max: 1 });
    await chooseOption(this.page, this.field('Country'), o.country.typed, o.country.label, { max: 2 });
    const timeZone = this.field('Time zone');
    await typeInto(this.page, timeZone, o.timeZone, { max: 2 });
    // A zone the runtime knows gets the office's local time as its hint.
    await expect(timeZone).toHaveAccessibleDescription(/^Local time now: /);
  }
}
