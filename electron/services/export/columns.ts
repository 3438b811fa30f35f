import type { ExportContact, ExportOffice, FieldGroup } from './rows';
import { formatPhoneFast } from './phone-format';

/** How a column's values are typed in a spreadsheet; CSV writes them all as text. */
export type ColumnType = 'text' | 'number' | 'boolean' | 'date' | 'datetime';

export type CellValue = string | number | boolean | null;

/** Header labels per language; others fall back to English. */
type Labels = { readonly en: string; readonly fr: string; readonly es: string };

export interface Column<Row> {
  readonly id: string;
  readonly labels: Labels;
  readonly type: ColumnType;
  /** The query groups this column reads, so an export fetches only what its columns show. */
  readonly needs: readonly FieldGroup[];
  /** In the default set, in catalogue order. */
  readonly byDefault: boolean;
  /** Width in characters for spreadsheets. */
  readonly width: number;
  value(row: Row, words: Words): CellValue;
}

/** Words the values themselves use (phone kinds, yes/no) in the export's language. */
export interface Words {
  readonly yes: string;
  readonly no: string;
  readonly kinds: Readonly<Record<'office' | 'mobile' | 'whatsapp' | 'fax', string>>;
}

const words: Readonly<Record<'en' | 'fr' | 'es', Words>> = {
  en: { yes: 'yes', no: 'no', kinds: { office: 'office', mobile: 'mobile', whatsapp: 'WhatsApp', fax: 'fax' } },
  fr: { yes: 'oui', no: 'non', kinds: { office: 'bureau', mobile: 'portable', whatsapp: 'WhatsApp', fax: 'fax' } },
  es: { yes: 'sí', no: 'no', kinds: { office: 'oficina', mobile: 'móvil', whatsapp: 'WhatsApp', fax: 'fax' } },
};

type LabelLang = keyof typeof words;
const labelLang = (lang: string): LabelLang => (lang === 'fr' || lang === 'es' ? lang : 'en');

export const wordsFor = (lang: string): Words => words[labelLang(lang)];
export const columnLabel = (column: Column<never>, lang: string) => column.labels[labelLang(lang)];

const join = (items: readonly string[]) => (items.length === 0 ? null : items.join('; '));
const text = (value: string | null) => (value === null || value === '' ? null : value);

const preferredFirst = <T extends { readonly preferred: boolean }>(items: readonly T[]) =>
  items.find((i) => i.preferred) ?? items[0];

const phoneOfKind = (row: ExportContact, kind: keyof Words['kinds']) => {
  const phone = row.phones.find((p) => p.kind === kind);
  return phone ? formatPhoneFast(phone.raw, phone.e164) : null;
};

/** "+41 22 717 91 11 (mobile)": a person's numbers in one cell, each with its kind. */
const allPhones = (row: ExportContact, w: Words) =>
  join(
    row.phones.map((p) => {
      const shown = formatPhoneFast(p.raw, p.e164);
      return p.kind === null ? shown : `${shown} (${w.kinds[p.kind]})`;
    }),
  );

type ContactColumn = Column<ExportContact>;

const contact = (
  id: string,
  labels: Labels,
  needs: readonly FieldGroup[],
  value: ContactColumn['value'],
  options: { type?: ColumnType; byDefault?: boolean; width?: number } = {},
): ContactColumn => ({
  id,
  labels,
  needs,
  value,
  type: options.type ?? 'text',
  byDefault: options.byDefault ?? false,
  width: options.width ?? 20,
});

/**
 * Every column a contact export can have. The English headers are ones PressDesk's own importer (and Outlook's and
 * Google's) recognise, so an exported sheet imports back without remapping.
 */
export const contactColumns: readonly ContactColumn[] = [
  contact('id', { en: 'PressDesk ID', fr: 'ID PressDesk', es: 'ID PressDesk' }, [], (r) => r.id, {
    type: 'number',
    width: 10,
  }),
  contact('honorific', { en: 'Name prefix', fr: 'Civilité', es: 'Tratamiento' }, [], (r) => text(r.honorific), {
    width: 10,
  }),
  contact('givenName', { en: 'First name', fr: 'Prénom', es: 'Nombre' }, [], (r) => text(r.givenName), {
    byDefault: true,
  }),
  contact('familyName', { en: 'Last name', fr: 'Nom', es: 'Apellidos' }, [], (r) => text(r.familyName), {
    byDefault: true,
  }),
  contact(
    'fullName',
    { en: 'Full name', fr: 'Nom complet', es: 'Nombre completo' },
    [],
    (r) => text([r.givenName, r.familyName].filter((s) => s !== '').join(' ')),
    { width: 28 },
  ),
  contact('title', { en: 'Job title', fr: 'Fonction', es: 'Cargo' }, ['title'], (r) => text(r.title), {
    byDefault: true,
    width: 28,
  }),
  contact(
    'organisation',
    { en: 'Organisation', fr: 'Organisation', es: 'Organización' },
    ['organisation'],
    (r) => text(r.organisation),
    { byDefault: true, width: 28 },
  ),
  contact(
    'organisationAcronym',
    { en: 'Acronym', fr: 'Sigle', es: 'Sigla' },
    ['organisation'],
    (r) => text(r.organisationAcronym),
    { width: 10 },
  ),
  contact('office', { en: 'Office', fr: 'Bureau', es: 'Oficina' }, ['office'], (r) => text(r.office), {
    byDefault: true,
    width: 32,
  }),
  contact('city', { en: 'City', fr: 'Ville', es: 'Ciudad' }, ['office'], (r) => text(r.city), { byDefault: true }),
  contact('country', { en: 'Country', fr: 'Pays', es: 'País' }, ['office'], (r) => r.country, {
    byDefault: true,
    width: 8,
  }),
  contact('region', { en: 'Region', fr: 'Région', es: 'Región' }, ['region'], (r) => text(r.region), { width: 24 }),
  contact(
    'email',
    { en: 'Email', fr: 'Courriel', es: 'Correo electrónico' },
    ['emails'],
    (r) => preferredFirst(r.emails)?.address ?? null,
    { byDefault: true, width: 30 },
  ),
  contact(
    'emails',
    { en: 'Email addresses', fr: 'Adresses e-mail', es: 'Direcciones de correo' },
    ['emails'],
    (r) => join(r.emails.map((e) => e.address)),
    { width: 40 },
  ),
  contact(
    'phone',
    { en: 'Phone', fr: 'Téléphone', es: 'Teléfono' },
    ['phones'],
    (r) => {
      const p = preferredFirst(r.phones);
      return p ? formatPhoneFast(p.raw, p.e164) : null;
    },
    { width: 20 },
  ),
  contact('phones', { en: 'Phones', fr: 'Téléphones', es: 'Teléfonos' }, ['phones'], (r, w) => allPhones(r, w), {
    width: 40,
  }),
  contact(
    'officePhone',
    { en: 'Business phone', fr: 'Téléphone bureau', es: 'Teléfono oficina' },
    ['phones'],
    (r) => phoneOfKind(r, 'office'),
    { byDefault: true },
  ),
  contact(
    'mobilePhone',
    { en: 'Mobile phone', fr: 'Portable', es: 'Móvil' },
    ['phones'],
    (r) => phoneOfKind(r, 'mobile'),
    { byDefault: true },
  ),
  contact('whatsapp', { en: 'WhatsApp', fr: 'WhatsApp', es: 'WhatsApp' }, ['phones'], (r) =>
    phoneOfKind(r, 'whatsapp'),
  ),
  contact('fax', { en: 'Fax', fr: 'Fax', es: 'Fax' }, ['phones'], (r) => phoneOfKind(r, 'fax')),
  contact(
    'languages',
    { en: 'Languages', fr: 'Langues', es: 'Idiomas' },
    ['languages'],
    (r) => (r.languages.length ? r.languages.join(', ') : null),
    { byDefault: true, width: 12 },
  ),
  contact('roles', { en: 'Roles', fr: 'Rôles', es: 'Funciones' }, ['roles'], (r) => join(r.roles)),
  contact('topics', { en: 'Topics', fr: 'Thèmes', es: 'Temas' }, ['topics'], (r) => join(r.topics), { width: 30 }),
  contact(
    'countriesCovered',
    { en: 'Countries covered', fr: 'Pays couverts', es: 'Países cubiertos' },
    ['countries'],
    (r) => (r.countries.length ? r.countries.join(', ') : null),
  ),
  contact('notes', { en: 'Notes', fr: 'Notes', es: 'Notas' }, ['notes'], (r) => text(r.notes), { width: 40 }),
  contact(
    'doNotContact',
    { en: 'Do not contact', fr: 'Ne pas contacter', es: 'No contactar' },
    ['status'],
    (r) => r.doNotContact,
    { type: 'boolean', width: 10 },
  ),
  contact(
    'doNotContactReason',
    { en: 'Do-not-contact reason', fr: 'Motif de non-contact', es: 'Motivo de no contacto' },
    ['status'],
    (r) => text(r.doNotContactReason),
  ),
  contact(
    'doNotContactUntil',
    { en: 'Do not contact until', fr: 'Ne pas contacter avant', es: 'No contactar hasta' },
    ['status'],
    (r) => r.doNotContactUntil,
    { type: 'date', width: 12 },
  ),
  contact('lawfulBasis', { en: 'Lawful basis', fr: 'Base légale', es: 'Base jurídica' }, ['status'], (r) =>
    text(r.lawfulBasis),
  ),
  contact('source', { en: 'Source', fr: 'Source', es: 'Origen' }, ['status'], (r) => text(r.source)),
  contact(
    'lastVerifiedAt',
    { en: 'Last verified', fr: 'Dernière vérification', es: 'Última verificación' },
    ['status'],
    (r) => r.lastVerifiedAt,
    { type: 'datetime', width: 18 },
  ),
  contact('updatedAt', { en: 'Updated', fr: 'Modifié le', es: 'Actualizado' }, ['meta'], (r) => r.updatedAt, {
    type: 'datetime',
    width: 18,
  }),
  contact('createdAt', { en: 'Created', fr: 'Créé le', es: 'Creado' }, ['meta'], (r) => r.createdAt, {
    type: 'datetime',
    width: 18,
  }),
];

type OfficeColumn = Column<ExportOffice>;

const office = (
  id: string,
  labels: Labels,
  value: OfficeColumn['value'],
  options: { type?: ColumnType; byDefault?: boolean; width?: number } = {},
): OfficeColumn => ({
  id,
  labels,
  needs: [],
  value,
  type: options.type ?? 'text',
  byDefault: options.byDefault ?? false,
  width: options.width ?? 20,
});

export const officeColumns: readonly OfficeColumn[] = [
  office('id', { en: 'PressDesk ID', fr: 'ID PressDesk', es: 'ID PressDesk' }, (r) => r.id, {
    type: 'number',
    width: 10,
  }),
  office('organisation', { en: 'Organisation', fr: 'Organisation', es: 'Organización' }, (r) => text(r.organisation), {
    byDefault: true,
    width: 28,
  }),
  office('name', { en: 'Office', fr: 'Bureau', es: 'Oficina' }, (r) => text(r.name), { byDefault: true, width: 36 }),
  office('kind', { en: 'Kind', fr: 'Type', es: 'Tipo' }, (r) => r.kind, { width: 12 }),
  office('parent', { en: 'Parent office', fr: 'Bureau parent', es: 'Oficina superior' }, (r) => text(r.parent), {
    width: 30,
  }),
  office('city', { en: 'City', fr: 'Ville', es: 'Ciudad' }, (r) => text(r.city), { byDefault: true }),
  office('country', { en: 'Country', fr: 'Pays', es: 'País' }, (r) => r.country, { byDefault: true, width: 8 }),
  office('region', { en: 'Region', fr: 'Région', es: 'Región' }, (r) => text(r.region), {
    byDefault: true,
    width: 24,
  }),
  office('timeZone', { en: 'Time zone', fr: 'Fuseau horaire', es: 'Zona horaria' }, (r) => r.timeZone, {
    width: 18,
  }),
  office(
    'phone',
    { en: 'Phone', fr: 'Téléphone', es: 'Teléfono' },
    (r) => (r.phoneRaw === null ? null : formatPhoneFast(r.phoneRaw, r.phoneE164)),
    { byDefault: true },
  ),
  office('email', { en: 'Email', fr: 'Courriel', es: 'Correo electrónico' }, (r) => r.email, {
    byDefault: true,
    width: 30,
  }),
  office('address', { en: 'Address', fr: 'Adresse', es: 'Dirección' }, (r) => text(r.address), {
    byDefault: true,
    width: 40,
  }),
  office('contacts', { en: 'Contacts', fr: 'Contacts', es: 'Contactos' }, (r) => r.contactCount, {
    type: 'number',
    width: 10,
  }),
  office('updatedAt', { en: 'Updated', fr: 'Modifié le', es: 'Actualizado' }, (r) => r.updatedAt, {
    type: 'datetime',
    width: 18,
  }),
];

/**
 * The columns the user chose, in their order; none chosen means the default set. Unknown ids are a mistake the
 * caller reports, not something to skip silently.
 */
export function chooseColumns<Row>(
  catalogue: readonly Column<Row>[],
  ids: readonly string[] | null,
): { columns: Column<Row>[]; unknown: string[] } {
  if (ids === null || ids.length === 0) return { columns: catalogue.filter((c) => c.byDefault), unknown: [] };
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const columns: Column<Row>[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const column = byId.get(id);
    if (column === undefined) unknown.push(id);
    else if (!columns.includes(column)) columns.push(column);
  }
  return { columns, unknown };
}
