import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  contactRoles,
  emailKinds,
  errorKinds,
  officeKinds,
  organisationKinds,
  phoneKinds,
} from '../../../electron/ipc/contract';
import { en } from './locales/en';
import { fr } from './locales/fr';

function flatten(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v as object, key)) out.set(kk, vv);
  }
  return out;
}

/** "contacts.count_one" → base "contacts.count", category "one". */
const splitPlural = (key: string) => {
  const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return m ? { base: m[1]!, category: m[2]! } : { base: key, category: null };
};

const flat = { en: flatten(en), fr: flatten(fr) };

function baseKeys(lang: keyof typeof flat) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of flat[lang].keys()) {
    const { base, category } = splitPlural(key);
    if (category) plurals.set(base, new Set([...(plurals.get(base) ?? []), category]));
    else plain.add(key);
  }
  return { plain, plurals };
}

const has = (lang: keyof typeof flat, key: string) => flat[lang].has(key) || flat[lang].has(`${key}_other`);
const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Every source file of the renderer except translations and tests, as text (Vite's glob, so no Node API). */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./locales/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('translations', () => {
  it('French has every English key, and nothing English lacks', () => {
    const e = baseKeys('en');
    const f = baseKeys('fr');
    expect([...e.plain].filter((k) => !f.plain.has(k))).toEqual([]);
    expect([...f.plain].filter((k) => !e.plain.has(k))).toEqual([]);
    expect([...e.plurals.keys()].filter((k) => !f.plurals.has(k))).toEqual([]);
    expect([...f.plurals.keys()].filter((k) => !e.plurals.has(k))).toEqual([]);
  });

  it('every plural has exactly the forms its language needs (French adds "many" for millions)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [base, forms] of baseKeys(lang).plurals) {
        expect([...forms].sort(), `${lang} ${base}`).toEqual([...needed].sort());
      }
    }
  });

  it('no string is empty, and both languages fill in the same values', () => {
    for (const [key, text] of flat.en) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      const { base } = splitPlural(key);
      const french = flat.fr.get(key) ?? flat.fr.get(`${base}_other`) ?? '';
      expect(french.trim(), `fr ${key}`).not.toBe('');
      // A plural's "one" form may name the record instead of counting it.
      if (!key.endsWith('_one')) expect(vars(french), `fr ${key}`).toEqual(vars(text));
    }
  });

  it('every key the code names exists in both languages', () => {
    const namespaces = new Set(Object.keys(en));
    const missing: string[] = [];
    let checked = 0;
    for (const [file, source] of Object.entries(sources)) {
      for (const m of source.matchAll(/['`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+)['`]/g)) {
        const key = m[1]!;
        if (!namespaces.has(key.split('.')[0]!)) continue;
        checked++;
        for (const lang of ['en', 'fr'] as const) {
          if (!has(lang, key)) missing.push(`${lang}: ${key} (${file})`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The scan found the files and the keys; a broken glob or pattern would pass vacuously.
    expect(Object.keys(sources)).toContain('../features/contacts/contact-form.tsx');
    expect(checked).toBeGreaterThan(150);
  });

  it('every value of the contract’s enums has its words, in both languages', () => {
    const keys = [
      ...contactRoles.map((r) => `contacts.role.${r}`),
      ...phoneKinds.map((k) => `contacts.phoneKind.${k}`),
      ...emailKinds.map((k) => `contacts.emailKind.${k}`),
      ...officeKinds.map((k) => `offices.kind.${k}`),
      ...organisationKinds.map((k) => `organisations.kind.${k}`),
      ...[...errorKinds, 'Network'].flatMap((k) => [`errors.${k}.title`, `errors.${k}.action`]),
    ];
    for (const lang of ['en', 'fr'] as const)
      expect(
        keys.filter((k) => !has(lang, k)),
        lang,
      ).toEqual([]);
  });

  it('French follows French typography', () => {
    const problems: string[] = [];
    for (const [key, text] of flat.fr) {
      const plain = text.replace(/https?:\/\//g, '');
      if (/ [:;!?»]/.test(plain)) problems.push(`${key}: ordinary space before punctuation`);
      if (/[^\u00a0\u202f][;!?]/.test(plain)) problems.push(`${key}: ; ! ? need a narrow no-break space`);
      if (/[^\u00a0]:/.test(plain)) problems.push(`${key}: a colon needs a no-break space`);
      if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text)) problems.push(`${key}: « » need no-break spaces inside`);
      if (text.includes("'")) problems.push(`${key}: straight apostrophe, use ’`);
      if (text.includes('"')) problems.push(`${key}: straight quotes, use « »`);
      if (text.includes('...')) problems.push(`${key}: three dots, use …`);
    }
    expect(problems).toEqual([]);
  });

  it('formats numbers in the language, plurals included', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: 'fr',
      interpolation: { escapeValue: false },
    });
    expect(i18n.t('contacts.count', { count: 1 })).toBe('1 contact');
    expect(i18n.t('contacts.count', { count: 12345 })).toBe('12\u202f345 contacts');
    expect(i18n.t('contacts.count', { count: 1_000_000 })).toBe('1\u202f000\u202f000 contacts');
    await i18n.changeLanguage('en');
    expect(i18n.t('contacts.count', { count: 12345 })).toBe('12,345 contacts');
  });
});
