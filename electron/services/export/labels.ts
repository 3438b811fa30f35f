/** The words of a contact sheet (PDF) per language; a language without its own falls back to English. */
export interface SheetWords {
  readonly contactsTitle: string;
  readonly officesTitle: string;
  readonly noRegion: string;
  readonly noOffice: string;
  readonly continued: string;
  readonly tel: string;
  readonly email: string;
  /** Between an office and its city. */
  readonly comma: string;
  readonly page: (page: number, total: number) => string;
  readonly kinds: Readonly<Record<'office' | 'mobile' | 'whatsapp' | 'fax', string>>;
}

const en: SheetWords = {
  contactsTitle: 'Contact sheet',
  officesTitle: 'Offices',
  noRegion: 'Other',
  noOffice: 'No office',
  continued: '(continued)',
  tel: 'Tel:',
  email: 'Email:',
  comma: ', ',
  page: (p, t) => `Page ${p} of ${t}`,
  kinds: { office: 'office', mobile: 'mobile', whatsapp: 'WhatsApp', fax: 'fax' },
};

// French puts a no-break space before ":" (as the contact blocks do).
const fr: SheetWords = {
  contactsTitle: 'Fiche contacts',
  officesTitle: 'Bureaux',
  noRegion: 'Autres',
  noOffice: 'Sans bureau',
  continued: '(suite)',
  tel: 'Tél.\u00a0:',
  email: 'Courriel\u00a0:',
  comma: ', ',
  page: (p, t) => `Page ${p} sur ${t}`,
  kinds: { office: 'bureau', mobile: 'portable', whatsapp: 'WhatsApp', fax: 'fax' },
};

const es: SheetWords = {
  contactsTitle: 'Hoja de contactos',
  officesTitle: 'Oficinas',
  noRegion: 'Otros',
  noOffice: 'Sin oficina',
  continued: '(continuación)',
  tel: 'Tel.:',
  email: 'Correo:',
  comma: ', ',
  page: (p, t) => `Página ${p} de ${t}`,
  kinds: { office: 'oficina', mobile: 'móvil', whatsapp: 'WhatsApp', fax: 'fax' },
};

const ar: SheetWords = {
  contactsTitle: 'قائمة جهات الاتصال',
  officesTitle: 'المكاتب',
  noRegion: 'أخرى',
  noOffice: 'بدون مكتب',
  continued: '(تابع)',
  tel: 'الهاتف:',
  email: 'البريد الإلكتروني:',
  comma: '، ',
  page: (p, t) => `الصفحة ${p} من ${t}`,
  kinds: { office: 'مكتب', mobile: 'جوال', whatsapp: 'واتساب', fax: 'فاكس' },
};

const all: Readonly<Record<string, SheetWords>> = { en, fr, es, ar };

export const sheetWords = (lang: string): SheetWords => all[lang] ?? en;

/** The date a sheet was made, written for its reader ("12 mars 2026"). */
export const sheetDate = (lang: string, date = new Date()) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
