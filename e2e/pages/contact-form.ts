import { expect, type Locator } from '@playwright/test';
import type { AppShell } from './app-shell';
import { chooseOption, tabTo, typeInto } from './keyboard';
import type { TypedChoice } from './office-form';
import { RecordForm } from './record-form';

export interface ContactEntry {
  readonly honorific: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly organisation: TypedChoice;
  readonly office: TypedChoice;
  readonly title: { readonly en: string; readonly fr: string };
  /** Typed as they are written; the first row starts as an office phone, the next ones as mobiles. */
  readonly phones: readonly string[];
  /** The first row starts as a work address; `kind` picks another type by typing on its select. */
  readonly emails: readonly { readonly address: string; readonly kind?: TypedChoice }[];
}

export class ContactForm extends RecordForm {
  readonly addPhone: Locator;
  readonly addEmail: Locator;

  constructor(app: AppShell, title = 'New contact') {
    super(app, title);
    this.addPhone = this.form.getByRole('button', { name: 'Add a phone' });
    this.addEmail = this.form.getByRole('button', { name: 'Add an email' });
  }

  phone(n: number): Locator {
    return this.field(`Phone ${n}`);
  }

  email(n: number): Locator {
    return this.field(`Email ${n}`);
  }

  emailKind(n: number): Locator {
    return this.field(`Type of email ${n}`);
  }

  /** Fills a new contact from its first field, moving only with Tab and Shift+Tab. */
  async fillByKeyboard(c: ContactEntry) {
    const honorific = this.field('Honorific');
    await expect(honorific).toBeFocused();
    await typeInto(this.page, honorific, c.honorific, { max: 0 });
    await typeInto(this.page, this.field('Given name'), c.givenName, { max: 1 });
    await typeInto(this.page, this.field('Family name'), c.familyName, { max: 1 });
    await chooseOption(this.page, this.field('Organisation'), c.organisation.typed, c.organisation.label, { max: 1 });
    await chooseOption(this.page, this.field('Office'), c.office.typed, c.office.label, { max: 1 });
    await typeInto(this.page, this.localized('Title', 'en'), c.title.en, { max: 1 });
    await typeInto(this.page, this.localized('Title', 'fr'), c.title.fr, { max: 1 });

    for (const [i, raw] of c.phones.entries()) {
      await tabTo(this.page, this.addPhone, { max: 6 });
      await this.page.keyboard.press('Enter');
      // The new row takes the focus, so typing goes on without reaching for it.
      await expect(this.phone(i + 1)).toBeFocused();
      await this.page.keyboard.type(raw);
      await expect(this.phone(i + 1)).toHaveValue(raw);
    }

    for (const [i, email] of c.emails.entries()) {
      await tabTo(this.page, this.addEmail, { max: 6 });
      await this.page.keyboard.press('Enter');
      await expect(this.email(i + 1)).toBeFocused();
      await this.page.keyboard.type(email.address);
      await expect(this.email(i + 1)).toHaveValue(email.address);
      if (email.kind) {
        // The row's type sits just before its address.
        await chooseOption(this.page, this.emailKind(i + 1), email.kind.typed, email.kind.label, {
          backwards: true,
          max: 1,
        });
      }
    }
  }
}
