import { templateFor, type BlockTemplate } from './templates';

type Localized = Readonly<Partial<Record<string, string>>>;

/** One person in a block, with only the phones and emails chosen for it, in order. */
export interface BlockPerson {
  readonly name: string;
  readonly title: Localized;
  readonly officeName: Localized;
  readonly officeCity: Localized;
  readonly organisationName: Localized;
  readonly phones: readonly {
    readonly display: string;
    readonly kind: 'office' | 'mobile' | 'whatsapp' | 'fax' | null;
  }[];
  readonly emails: readonly string[];
}

export interface BlockSection {
  /** "In Geneva:" when a release has several blocks. */
  readonly subheading?: string | null;
  readonly people: readonly BlockPerson[];
}

/** A field shown in another language than the release's, so the UI can warn about it. */
export interface FallbackWarning {
  readonly person: string;
  readonly field: 'title' | 'office' | 'city' | 'organisation';
  readonly usedLanguage: string;
}

const FALLBACK_ORDER = ['en', 'fr', 'es'];

function pick(text: Localized, lang: string): { value: string; lang: string } | null {
  const own = text[lang]?.trim();
  if (own) return { value: own, lang };
  for (const other of [...FALLBACK_ORDER, ...Object.keys(text)]) {
    const value = text[other]?.trim();
    if (value) return { value, lang: other };
  }
  return null;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function personLine(person: BlockPerson, lang: string, t: BlockTemplate, warnings: FallbackWarning[]): string {
  const parts = [person.name.trim()];
  const add = (found: ReturnType<typeof pick>, field: FallbackWarning['field']) => {
    if (!found) return;
    if (found.lang !== lang) warnings.push({ person: person.name, field, usedLanguage: found.lang });
    parts.push(found.value);
  };
  add(pick(person.title, lang), 'title');
  const office = pick(person.officeName, lang);
  if (office) add(office, 'office');
  else add(pick(person.organisationName, lang), 'organisation');
  const city = pick(person.officeCity, lang);
  // "Bureau régional de l’OIM à Bruxelles" already says where it is; "CICM Europe" does not.
  if (city && !fold(office?.value ?? '').includes(fold(city.value))) add(city, 'city');

  const phones = person.phones.map((p) => p.display.trim()).filter(Boolean);
  if (phones.length) {
    if (t.labelPhonesByKind) {
      for (const p of person.phones)
        parts.push(`${t.phoneKindLabels[p.kind ?? 'office']}${t.labelSeparator}${p.display.trim()}`);
    } else {
      parts.push(`${t.phoneLabel}${t.labelSeparator}${phones.join(t.fieldSeparator)}`);
    }
  }
  const emails = person.emails.map((e) => e.trim()).filter(Boolean);
  if (emails.length) parts.push(`${t.emailLabel}${t.labelSeparator}${emails.join(t.fieldSeparator)}`);
  return parts.join(t.fieldSeparator);
}

/**
 * Renders the "For more information, please contact" block of a release in its language: the heading, then one line
 * per person (name, title, office, city unless the office name holds it, phones after one label, emails), with
 * the language's typography. Ends with a newline, as the block ends a release's text.
 */
export function renderContactBlock(
  sections: readonly BlockSection[],
  lang: string,
  template: BlockTemplate = templateFor(lang),
): { text: string; warnings: FallbackWarning[] } {
  const warnings: FallbackWarning[] = [];
  const lines = [template.heading];
  for (const section of sections) {
    if (section.subheading?.trim()) lines.push(section.subheading.trim());
    for (const person of section.people) lines.push(personLine(person, lang, template, warnings));
  }
  return { text: `${lines.join('\n')}\n`, warnings };
}
