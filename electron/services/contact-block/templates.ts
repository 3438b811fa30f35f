import type { SavedBlockTemplate } from '../../ipc/contract/contact-blocks';

/** How one language lays out a contact block: the defaults below, or a template saved in Settings. */
export interface BlockTemplate {
  readonly heading: string;
  /** Label before all of a person's phones (`Tel`), or one label per phone kind when `labelPhonesByKind`. */
  readonly phoneLabel: string;
  readonly phoneKindLabels: Readonly<Record<'office' | 'mobile' | 'whatsapp' | 'fax', string>>;
  readonly labelPhonesByKind: boolean;
  readonly emailLabel: string;
  /** What stands between a label and its values: French puts a no-break space before the colon. */
  readonly labelSeparator: string;
  readonly fieldSeparator: string;
  readonly direction: 'ltr' | 'rtl';
}

const NBSP = '\u00a0';

const latin = {
  labelPhonesByKind: false,
  labelSeparator: ': ',
  fieldSeparator: ', ',
  direction: 'ltr',
} as const;

export const defaultTemplates: Readonly<Record<string, BlockTemplate>> = {
  en: {
    ...latin,
    heading: 'For more information, please contact:',
    phoneLabel: 'Tel',
    phoneKindLabels: { office: 'Tel', mobile: 'Mobile', whatsapp: 'WhatsApp', fax: 'Fax' },
    emailLabel: 'Email',
  },
  fr: {
    ...latin,
    heading: `Pour plus d’informations, veuillez contacter${NBSP}:`,
    phoneLabel: 'Tel',
    phoneKindLabels: { office: 'Tél.', mobile: 'Portable', whatsapp: 'WhatsApp', fax: 'Fax' },
    emailLabel: 'Email',
    labelSeparator: `${NBSP}: `,
  },
  es: {
    ...latin,
    heading: 'Para más información, por favor contacte a:',
    phoneLabel: 'Tel',
    phoneKindLabels: { office: 'Tel.', mobile: 'Móvil', whatsapp: 'WhatsApp', fax: 'Fax' },
    emailLabel: 'Email',
  },
  ar: {
    heading: 'لمزيد من المعلومات، يرجى التواصل مع:',
    phoneLabel: 'هاتف',
    phoneKindLabels: { office: 'هاتف', mobile: 'جوال', whatsapp: 'واتساب', fax: 'فاكس' },
    labelPhonesByKind: false,
    emailLabel: 'البريد الإلكتروني',
    labelSeparator: ': ',
    fieldSeparator: '، ',
    direction: 'rtl',
  },
};

export const templateFor = (lang: string): BlockTemplate => defaultTemplates[lang] ?? defaultTemplates.en!;

/**
 * The template a block in `lang` for `organisationId` uses: that organisation's saved one, else the one saved for all
 * organisations, else the default. The direction always follows the language: it is not a matter of house style.
 */
export function resolveTemplate(
  saved: readonly SavedBlockTemplate[],
  lang: string,
  organisationId: number | null,
): BlockTemplate {
  const base = templateFor(lang);
  const own =
    organisationId === null ? undefined : saved.find((s) => s.organisationId === organisationId && s.language === lang);
  const found = own ?? saved.find((s) => s.organisationId === null && s.language === lang);
  if (!found) return base;
  const { organisationId: _organisation, language: _language, ...text } = found;
  return { ...text, direction: base.direction };
}
