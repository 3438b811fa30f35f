import { createHash } from 'node:crypto';
import { importColumnFields, type ImportColumnField } from '../../ipc/contract/import';
import { fold } from './fold';

export const columnFields = importColumnFields;
export type ColumnField = ImportColumnField;
export type ColumnMapping = (ColumnField | null)[];

export const presets = ['outlook', 'google', 'generic'] as const;
export type Preset = (typeof presets)[number];
export type PresetChoice = Preset | 'auto';

type Synonyms = Readonly<Partial<Record<ColumnField, readonly string[]>>>;

/** Headers any sheet may use, in English, French and Spanish, compared folded ("Prénom" = "prenom"). */
const generic: Synonyms = {
  honorific: ['name prefix', 'prefix', 'salutation', 'civilite', 'civility', 'honorific', 'tratamiento'],
  givenName: ['first name', 'given name', 'firstname', 'forename', 'prenom', 'nombre', 'primeiro nome'],
  middleName: ['middle name', 'additional name', 'second prenom'],
  familyName: [
    'last name',
    'family name',
    'surname',
    'lastname',
    'nom',
    'nom de famille',
    'apellido',
    'apellidos',
    'sobrenome',
  ],
  fullName: [
    'name',
    'full name',
    'display name',
    'contact',
    'contact name',
    'person',
    'nom complet',
    'nombre completo',
  ],
  organisation: [
    'company',
    'organization',
    'organisation',
    'organization name',
    'org',
    'employer',
    'agency',
    'outlet',
    'media',
    'media outlet',
    'entreprise',
    'societe',
    'organisme',
    'agence',
    'empresa',
    'organizacion',
  ],
  office: [
    'department',
    'organization department',
    'office',
    'bureau',
    'service',
    'departement',
    'departamento',
    'oficina',
  ],
  title: [
    'job title',
    'organization title',
    'title',
    'position',
    'function',
    'role',
    'fonction',
    'poste',
    'titre',
    'cargo',
    'puesto',
  ],
  email: [
    'email',
    'e mail',
    'email address',
    'e mail address',
    'mail',
    'courriel',
    'adresse e mail',
    'adresse email',
    'correo',
    'correo electronico',
    // PressDesk's own export ("Email addresses" / "Adresses e-mail" / "Direcciones de correo").
    'emails',
    'email addresses',
    'adresses e mail',
    'adresses email',
    'direcciones de correo',
  ],
  phone: [
    'phone',
    'telephone',
    'tel',
    'phone number',
    'phones',
    'telephones',
    'primary phone',
    'other phone',
    'home phone',
    'home phone 2',
    'numero',
    'telefono',
  ],
  phoneOffice: [
    'business phone',
    'business phone 2',
    'company main phone',
    'work phone',
    'office phone',
    'direct line',
    'tel bureau',
    'telephone bureau',
    'telephone professionnel',
    'ligne directe',
    'telefono oficina',
  ],
  phoneMobile: [
    'mobile phone',
    'mobile',
    'mobile number',
    'cell',
    'cell phone',
    'cellphone',
    'portable',
    'telephone portable',
    'gsm',
    'movil',
    'celular',
  ],
  phoneFax: ['business fax', 'home fax', 'other fax', 'fax', 'telecopie'],
  phoneWhatsapp: ['whatsapp', 'whatsapp number'],
  country: ['business country region', 'business country', 'country', 'country region', 'pays', 'pais'],
  city: ['business city', 'city', 'ville', 'ciudad', 'cidade'],
  languages: ['languages', 'language', 'spoken languages', 'langues', 'langue', 'langues parlees', 'idiomas', 'idioma'],
  topics: ['categories', 'labels', 'group membership', 'tags', 'topics', 'themes', 'sujets', 'thematiques', 'temas'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarques', 'commentaires', 'notas'],
};

/** Outlook's "Title" is the honorific (Mr., Dr.); the job is "Job Title". */
const outlook: Synonyms = {
  ...generic,
  honorific: ['title'],
  title: ['job title'],
  email: ['e mail address', 'e mail 2 address', 'e mail 3 address'],
  phone: ['primary phone', 'other phone', 'home phone', 'home phone 2'],
};

const numbered: readonly (readonly [RegExp, ColumnField])[] = [
  [/^e mail \d+ (value|address)$/, 'email'],
  [/^e mail \d+ (label|type)$/, 'emailLabel'],
  [/^phone \d+ value$/, 'phone'],
  [/^phone \d+ (label|type)$/, 'phoneLabel'],
  [/^organization \d+ name$/, 'organisation'],
  [/^organization \d+ title$/, 'title'],
  [/^organization \d+ department$/, 'office'],
  [/^address \d+ country$/, 'country'],
  [/^address \d+ city$/, 'city'],
];

function fieldFor(header: string, synonyms: Synonyms): ColumnField | null {
  const key = fold(header);
  for (const field of columnFields) if (synonyms[field]?.includes(key)) return field;
  for (const [pattern, field] of numbered) if (pattern.test(key)) return field;
  return null;
}

/**
 * The preset whose export this header looks like. Outlook is known by "Job Title" with "Business Phone" or
 * "E-mail Address"; Google by its numbered groups ("E-mail 1 - Value"), in the current layout ("Organization Name")
 * or the older one ("Given Name", "Group Membership").
 */
export function detectPreset(header: readonly string[]): { preset: Preset; layout: string | null } {
  const keys = new Set(header.map(fold));
  const has = (...names: string[]) => names.every((n) => keys.has(n));
  if (has('first name', 'last name', 'job title') && (has('business phone') || has('e mail address'))) {
    return { preset: 'outlook', layout: keys.has('business country region') ? 'current' : 'older' };
  }
  if ([...keys].some((k) => /^(e mail|phone) \d+ value$/.test(k))) {
    if (has('given name', 'family name') || keys.has('group membership')) return { preset: 'google', layout: 'older' };
    return { preset: 'google', layout: 'current' };
  }
  return { preset: 'generic', layout: null };
}

/** Maps each column with a preset's header names; the first column feeding a one-value field wins, later ones are ignored. */
export function presetMapping(header: readonly string[], preset: Preset): ColumnMapping {
  const synonyms = preset === 'outlook' ? outlook : generic;
  return header.map((h) => fieldFor(h, synonyms));
}

/**
 * Identifies a header layout, so the mapping a user confirmed for "this kind of file" is offered again next time.
 * Column order and spelling count; case, accents and punctuation do not.
 */
export function headerSignature(header: readonly string[]): string {
  return createHash('sha256').update(header.map(fold).join('\u001f')).digest('hex').slice(0, 16);
}

/**
 * For Google's pairs ("Phone 1 - Label" beside "Phone 1 - Value"), the label column of each value column, so a
 * "Mobile" label makes the number a mobile.
 */
export function labelColumns(header: readonly string[], mapping: ColumnMapping): Map<number, number> {
  const pairs = new Map<number, number>();
  const byPrefix = new Map<string, number>();
  header.forEach((h, i) => {
    const field = mapping[i];
    if (field !== 'phoneLabel' && field !== 'emailLabel') return;
    const prefix = /^(.*?)\s*-\s*(label|type)\s*$/i.exec(h)?.[1];
    if (prefix) byPrefix.set(fold(prefix), i);
  });
  header.forEach((h, i) => {
    const prefix = /^(.*?)\s*-\s*value\s*$/i.exec(h)?.[1];
    const label = prefix === undefined ? undefined : byPrefix.get(fold(prefix));
    if (label !== undefined) pairs.set(i, label);
  });
  return pairs;
}
