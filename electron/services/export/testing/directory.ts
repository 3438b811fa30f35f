import { spawnSync } from 'node:child_process';
import type { Db } from '../../../../db/client';
import { insertContact, type ContactValues } from '../../../../db/queries/contacts';
import { contactValues } from '../../../../db/testing/contact-values';
import { insertOffice } from '../../../../db/queries/offices';
import { insertOrganisation } from '../../../../db/queries/organisations';
import { insertRegion } from '../../../../db/queries/regions';
import { parsePhone } from '../../phones';

const phone = (raw: string, kind: 'office' | 'mobile' | 'whatsapp' | 'fax', preferred = false) => {
  const parsed = parsePhone(raw);
  if (!parsed.ok) throw new Error(`bad test phone ${raw}: ${parsed.reason}`);
  return { ...parsed.phone, kind, preferred };
};

const email = (address: string, preferred = false) => ({ address, kind: 'work' as const, preferred });

/**
 * A small directory with the names that break exports: French, Spanish and Arabic text, a formula for a name, a
 * note with commas, quotes and a line break, a long title that must fold, a do-not-contact person.
 */
export function seedSheetDirectory(db: Db) {
  const region = insertRegion(db, { name: { en: 'Europe', fr: 'Europe' }, countries: ['BE', 'CH'] });
  const mena = insertRegion(db, { name: { en: 'Middle East and North Africa' }, countries: ['EG'] });
  const iom = insertOrganisation(db, {
    name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations' },
    acronym: { en: 'IOM', fr: 'OIM' },
    kind: 'un_agency',
    website: null,
  });
  const geneva = insertOffice(db, {
    organisationId: iom,
    parentId: null,
    kind: 'hq',
    name: { en: 'IOM Headquarters', fr: 'Siège de l’OIM' },
    city: { en: 'Geneva', fr: 'Genève' },
    country: 'CH',
    regionId: region,
    timeZone: 'Europe/Zurich',
    phoneRaw: '+41 22 717 91 11',
    phoneE164: '+41227179111',
    email: 'hq@iom.int',
    address: '17 route des Morillons\n1211 Genève 19',
  });
  const cairo = insertOffice(db, {
    organisationId: iom,
    parentId: geneva,
    kind: 'country',
    name: { en: 'IOM Egypt', ar: 'المنظمة الدولية للهجرة في مصر' },
    city: { en: 'Cairo', ar: 'القاهرة' },
    country: 'EG',
    regionId: mena,
    timeZone: 'Africa/Cairo',
    phoneRaw: null,
    phoneE164: null,
    email: null,
    address: null,
  });
  const add = (values: Partial<ContactValues>) => insertContact(db, contactValues(values));
  const ids = {
    helene: add({
      honorific: 'Mme',
      givenName: 'Hélène',
      familyName: 'Lefèvre-Ménard',
      organisationId: iom,
      officeId: geneva,
      title: { fr: 'Porte-parole régionale, chargée de presse', en: 'Regional Spokesperson' },
      phones: [phone('+41 22 717 91 11', 'office', true), phone('+41 79 285 43 01', 'mobile')],
      emails: [email('hlefevre@iom.int', true), email('presse@iom.int')],
      languages: ['fr', 'en'],
      topics: ['migration, asylum', 'santé'],
      notes: 'Prefers "Hélène"; call before 10:00.\nBased in Genève; covers Bruxelles too.',
    }),
    inigo: add({
      givenName: 'Íñigo',
      familyName: 'Núñez Peña',
      organisationId: iom,
      officeId: geneva,
      title: { es: 'Oficial de prensa', en: 'Press Officer' },
      phones: [phone('+41 22 717 92 22', 'office')],
      emails: [email('inunez@iom.int')],
      languages: ['es'],
    }),
    samer: add({
      givenName: 'سامر',
      familyName: 'الجبوري',
      organisationId: iom,
      officeId: cairo,
      title: { ar: 'المتحدث الإقليمي', en: 'Regional Spokesperson' },
      phones: [phone('+20 2 2736 5140', 'office')],
      emails: [email('sjubouri@iom.int')],
      languages: ['ar', 'en'],
    }),
    formula: add({
      givenName: '=HYPERLINK("http://x","y")',
      familyName: '@SUM(1+1)',
      title: { en: '-2+3' },
      phones: [phone('+41 22 917 12 34', 'office')],
      emails: [email('formula@example.org')],
    }),
    quiet: add({
      givenName: 'Dana',
      familyName: 'Quiet',
      emails: [email('dana@example.org')],
      doNotContact: true,
      doNotContactReason: 'Asked not to be contacted',
    }),
  };
  return { ids, offices: { geneva, cairo }, iom };
}

/** Whether a command-line tool is installed; tests that need it skip with the reason when it is not. */
export function hasTool(command: string, args: readonly string[] = ['--version']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  return result.error === undefined && result.status === 0;
}

/** Runs a tool and returns its stdout, failing the test with its stderr when it fails. */
export function runTool(command: string, args: readonly string[], input?: string): string {
  const result = spawnSync(command, args, { input, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/**
 * A Python that can import `module`: the one on PATH, else Debian's own (`apt-get install python3-vobject` installs
 * into /usr/bin/python3, which a pyenv or venv python on PATH does not see). Null when neither can.
 */
export function pythonWith(module: string): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (hasTool(python, ['-c', `import ${module}`])) return python;
  }
  return null;
}
