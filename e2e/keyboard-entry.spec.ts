import Database from 'better-sqlite3';
import { expect, test } from './pages/app-fixture';
import { ContactForm, type ContactEntry } from './pages/contact-form';
import { ContactsPage } from './pages/contacts-page';
import { OfficeForm, type OfficeEntry } from './pages/office-form';
import { OfficesPage } from './pages/offices-page';
import { OrganisationForm, type OrganisationEntry } from './pages/organisation-form';
import { OrganisationsPage } from './pages/organisations-page';

const organisation: OrganisationEntry = {
  name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations' },
  acronym: { en: 'IOM', fr: 'OIM' },
  kind: { typed: 'U', label: 'UN agency' },
  website: 'https://www.iom.int',
};

const office: OfficeEntry = {
  organisation: { typed: 'I', label: 'International Organization for Migration (IOM)' },
  kind: { typed: 'R', label: 'Regional office' },
  name: { en: 'IOM Regional Office in Brussels', fr: 'Bureau régional de l’OIM à Bruxelles' },
  city: { en: 'Brussels', fr: 'Bruxelles' },
  country: { typed: 'Belg', label: 'Belgium' },
  timeZone: 'Europe/Brussels',
};

const contact: ContactEntry = {
  honorific: 'Ms',
  givenName: 'Amélie',
  familyName: 'Dupont-Laurent',
  organisation: { typed: 'I', label: 'International Organization for Migration (IOM)' },
  office: { typed: 'I', label: 'IOM Regional Office in Brussels' },
  title: { en: 'Senior Media Officer', fr: 'Chargée principale des médias' },
  // A Brussels number written the local way, which must take the office's +32; a Kenyan mobile written in full.
  phones: ['02 287 71 15', '+254 722 123 456'],
  emails: [
    { address: 'adupont@iom.int' },
    { address: 'amelie.dupont@example.org', kind: { typed: 'P', label: 'Personal' } },
  ],
};

test('an organisation, its office and a contact with two phones and two emails, created with the keyboard alone', async ({
  app,
  server,
  page,
}) => {
  const contacts = new ContactsPage(app);
  await contacts.loaded();
  // Nothing has focus yet: everything from here on is keys.
  await expect(page.locator(':focus')).toHaveCount(0);

  const organisations = new OrganisationsPage(app);
  await app.goToByKeyboard('Organisations');
  await organisations.startNewByKeyboard();
  const organisationForm = new OrganisationForm(app);
  await organisationForm.fillByKeyboard(organisation);
  await organisationForm.createByKeyboard(`${organisation.name.en} created`);
  await expect(organisations.row(organisation.name.en)).toBeVisible();

  const offices = new OfficesPage(app);
  await app.goToByKeyboard('Offices');
  await offices.startNewByKeyboard();
  const officeForm = new OfficeForm(app);
  await officeForm.fillByKeyboard(office);
  await officeForm.createByKeyboard(`${office.name.en} created`);
  await expect(offices.row(office.name.en)).toContainText('Brussels');

  await app.goToByKeyboard('Contacts');
  await contacts.startNewByKeyboard();
  const contactForm = new ContactForm(app);
  await contactForm.fillByKeyboard(contact);
  // The local number is read with the office's country, as the server will store it.
  await expect(contactForm.phone(1)).toHaveAccessibleDescription('+32 2 287 71 15 · Belgium');
  await contactForm.createByKeyboard(`${contact.familyName} created`);

  // A reload starts from the database alone.
  await page.reload();
  await contacts.loaded();
  const row = contacts.row(contact.familyName);
  await expect(row).toContainText(office.name.en);
  await expect(row).toContainText('adupont@iom.int');
  await expect(row).toContainText('+32 2 287 71 15');
  await expect(contacts.count).toHaveText('1 contact');

  const db = new Database(server.dbPath, { readonly: true });
  try {
    const org = db.prepare('SELECT id, name, acronym, kind, website FROM organisations').all();
    expect(org).toEqual([
      {
        id: expect.any(Number),
        name: JSON.stringify(organisation.name),
        acronym: JSON.stringify(organisation.acronym),
        kind: 'un_agency',
        website: organisation.website,
      },
    ]);
    const orgId = (org[0] as { id: number }).id;

    const officeRows = db
      .prepare('SELECT id, organisation_id, kind, name, city, country, time_zone, parent_id, region_id FROM offices')
      .all();
    expect(officeRows).toEqual([
      {
        id: expect.any(Number),
        organisation_id: orgId,
        kind: 'regional',
        name: expect.any(String),
        city: expect.any(String),
        country: 'BE',
        time_zone: 'Europe/Brussels',
        parent_id: null,
        region_id: null,
      },
    ]);
    const officeRow = officeRows[0] as { id: number; name: string; city: string };
    expect(JSON.parse(officeRow.name)).toEqual(office.name);
    expect(JSON.parse(officeRow.city)).toEqual(office.city);

    const people = db
      .prepare('SELECT id, honorific, given_name, family_name, organisation_id, office_id, title FROM contacts')
      .all() as { id: number; title: string }[];
    expect(people).toEqual([
      {
        id: expect.any(Number),
        honorific: 'Ms',
        given_name: contact.givenName,
        family_name: contact.familyName,
        organisation_id: orgId,
        office_id: officeRow.id,
        title: expect.any(String),
      },
    ]);
    const person = people[0]!;
    expect(JSON.parse(person.title)).toEqual(contact.title);

    expect(
      db
        .prepare('SELECT kind, raw, e164, preferred FROM contact_phones WHERE contact_id = ? ORDER BY position')
        .all(person.id),
    ).toEqual([
      { kind: 'office', raw: '02 287 71 15', e164: '+3222877115', preferred: 1 },
      { kind: 'mobile', raw: '+254 722 123 456', e164: '+254722123456', preferred: 0 },
    ]);
    expect(
      db
        .prepare('SELECT kind, address, preferred FROM contact_emails WHERE contact_id = ? ORDER BY position')
        .all(person.id),
    ).toEqual([
      { kind: 'work', address: 'adupont@iom.int', preferred: 1 },
      { kind: 'personal', address: 'amelie.dupont@example.org', preferred: 0 },
    ]);
  } finally {
    db.close();
  }
});
