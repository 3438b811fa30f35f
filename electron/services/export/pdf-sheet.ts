import fs from 'node:fs';
import { PdfWriter, type PageSize, type Paragraph } from '../pdf/document';
import { sheetDate, sheetWords } from './labels';
import { formatPhoneFast } from './phone-format';
import type { ExportContact, ExportOffice } from './rows';

export type SheetGrouping = 'region' | 'office' | 'none';

export interface SheetOptions {
  readonly pageSize: PageSize;
  readonly lang: string;
  readonly title?: string | null | undefined;
  /** The list's name, the filter's wording: under the title. */
  readonly subtitle?: string | undefined;
  readonly date?: Date;
}

/**
 * A phone number as one left-to-right unit: no-break spaces keep it on one line (a number cut in two is misdialled),
 * and a left-to-right isolate keeps "+20 2 1234 5678" in that order inside Arabic text, where the Unicode bidi
 * algorithm would otherwise put the "+" after the digits.
 */
const unbroken = (phone: string) => `\u2066${phone.replace(/ /g, '\u00a0')}\u2069`;

/** A PDF written to a file as it is built; `done` resolves when the last byte is on disk. */
function openPdf(file: string, options: SheetOptions, title: string) {
  const words = sheetWords(options.lang);
  const writer = new PdfWriter({
    size: options.pageSize,
    title,
    subtitle: options.subtitle,
    date: sheetDate(options.lang, options.date),
    lang: options.lang,
    direction: options.lang === 'ar' ? 'rtl' : 'ltr',
    pageLabel: words.page,
  });
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  writer.doc.pipe(out);
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    writer.doc.once('error', reject);
  });
  return {
    writer,
    words,
    async finish() {
      writer.end();
      await done;
    },
    // Ended rather than destroyed, so writes already queued complete; the caller removes the partial file.
    async abort() {
      writer.doc.unpipe(out);
      await new Promise<void>((resolve) => {
        out.once('close', () => resolve());
        out.end();
      });
    },
  };
}

/**
 * The contact sheet: grouped by region then office (or by office, or not at all), each person with their name,
 * title, office, phones with their kinds and emails, in two columns kept together on a page.
 */
export function openContactSheet(file: string, grouping: SheetGrouping, options: SheetOptions) {
  const pdf = openPdf(file, options, options.title ?? sheetWords(options.lang).contactsTitle);
  const { writer, words } = pdf;
  let region: string | null = null;
  let office: string | null = null;
  // "Bureau régional de l’OIM à Dakar, Dakar" reads twice: the city is added only when the name lacks it, and the
  // organisation (by acronym) only when the office name does not already say it.
  const officeHeading = (c: ExportContact) => {
    if (c.office === '') return words.noOffice;
    const organisation = c.organisationAcronym || c.organisation;
    const name = organisation && !c.office.includes(organisation) ? `${organisation} — ${c.office}` : c.office;
    return c.city && !c.office.includes(c.city) ? `${name}${words.comma}${c.city}` : name;
  };
  writer.onPageStart(() => {
    if (grouping === 'region' && region !== null) writer.heading(`${region} ${words.continued}`, 1, 30);
    if (grouping !== 'none' && office !== null) writer.heading(`${office} ${words.continued}`, 2, 30);
  });
  return {
    ...pdf,
    add(rows: readonly ExportContact[]) {
      for (const c of rows) {
        if (grouping === 'region' && region !== (c.region || words.noRegion)) {
          region = c.region || words.noRegion;
          office = null;
          writer.heading(region, 1, 70);
        }
        if (grouping !== 'none' && office !== officeHeading(c)) {
          office = officeHeading(c);
          writer.heading(office, 2, 40);
        }
        const name = [c.honorific, c.givenName, c.familyName].filter((s) => s !== null && s !== '').join(' ');
        const left: Paragraph[] = [{ text: name, style: { weight: 'bold', size: 9.5 } }];
        const role = [c.title, grouping === 'none' ? officeHeading(c) : ''].filter((s) => s !== '').join(' — ');
        if (role !== '') left.push({ text: role, style: { color: '#444444' } });
        const right: Paragraph[] = [];
        if (c.phones.length > 0) {
          const phones = c.phones.map((p) => {
            const shown = unbroken(formatPhoneFast(p.raw, p.e164));
            return p.kind === null ? shown : `${shown} (${words.kinds[p.kind]})`;
          });
          right.push({ text: `${words.tel} ${phones.join(', ')}` });
        }
        if (c.emails.length > 0) right.push({ text: `${words.email} ${c.emails.map((e) => e.address).join(', ')}` });
        writer.columns([
          { share: 0.42, paragraphs: left },
          { share: 0.58, paragraphs: right },
        ]);
      }
    },
  };
}

/** The offices sheet: grouped by region, each office with its organisation, place, switchboard, email and address. */
export function openOfficeSheet(file: string, options: SheetOptions) {
  const pdf = openPdf(file, options, options.title ?? sheetWords(options.lang).officesTitle);
  const { writer, words } = pdf;
  let region: string | null = null;
  writer.onPageStart(() => {
    if (region !== null) writer.heading(`${region} ${words.continued}`, 1, 30);
  });
  return {
    ...pdf,
    add(rows: readonly ExportOffice[]) {
      for (const o of rows) {
        if (region !== (o.region || words.noRegion)) {
          region = o.region || words.noRegion;
          writer.heading(region, 1, 60);
        }
        const left: Paragraph[] = [
          { text: o.name || o.organisation, style: { weight: 'bold', size: 9.5 } },
          { text: [o.organisation, [o.city, o.country].filter(Boolean).join(words.comma)].filter(Boolean).join(' — ') },
        ];
        const right: Paragraph[] = [];
        if (o.phoneRaw !== null) {
          right.push({ text: `${words.tel} ${unbroken(formatPhoneFast(o.phoneRaw, o.phoneE164))}` });
        }
        if (o.email) right.push({ text: `${words.email} ${o.email}` });
        if (o.address) right.push({ text: o.address, style: { color: '#444444' } });
        writer.columns([
          { share: 0.45, paragraphs: left },
          { share: 0.55, paragraphs: right },
        ]);
      }
    },
  };
}
