import { wordingFor } from './locale';

/** Between the city and the date of a dateline: an en dash with spaces, as the sample releases print it. */
const DATELINE_DASH = ' – ';

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Arabic releases keep Latin digits, as the UN's Arabic releases do. */
const intlLocale = (lang: string) => (lang === 'ar' ? 'ar-u-nu-latn' : lang);

function supported(lang: string) {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}

function names(date: CalendarDate, lang: string) {
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  const locale = intlLocale(supported(lang) ? lang : 'en');
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
  return { weekday: part({ weekday: 'long' }), month: part({ month: 'long' }) };
}

const capitalise = (text: string, lang: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** "12 avril 2018" / "12 April 2018" / "12 de abril de 2018": the day as each language writes it in running text. */
function dayMonthYear(date: CalendarDate, lang: string): string {
  const { month } = names(date, lang);
  switch (lang) {
    case 'fr':
      return `${date.day === 1 ? '1er' : date.day} ${month} ${date.year}`;
    case 'es':
      return `${date.day} de ${month} de ${date.year}`;
    default:
      return `${date.day} ${month} ${date.year}`;
  }
}

function fullDate(date: CalendarDate, lang: string): string {
  const { weekday } = names(date, lang);
  switch (lang) {
    case 'fr':
      return `${capitalise(weekday, lang)} ${dayMonthYear(date, lang)}`;
    case 'en':
    case 'es':
      return `${capitalise(weekday, lang)}, ${dayMonthYear(date, lang)}`;
    case 'ar':
      return `${weekday} ${dayMonthYear(date, lang)}`;
    default: {
      const locale = supported(lang) ? lang : 'en';
      const at = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
      return capitalise(new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(at), locale);
    }
  }
}

const parseIsoDate = (iso: string): CalendarDate => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
};

/**
 * The dateline as the release's language prints it: `Bruxelles – Jeudi 12 avril 2018`,
 * `Brussels – Thursday, 12 April 2018`, `Bruselas – Jueves, 12 de abril de 2018`. `city` is already in that language.
 */
export function formatDateline(city: string | null, isoDate: string | null, lang: string): string | null {
  const place = city?.trim() ?? '';
  const date = isoDate ? fullDate(parseIsoDate(isoDate), lang) : '';
  if (place && date) return `${place}${DATELINE_DASH}${date}`;
  return place || date || null;
}

/** French names of the zones French-speaking newsrooms abbreviate; others are written as offsets ("UTC+7"). */
const FRENCH_ZONES: Readonly<Record<string, string>> = {
  CET: 'HNEC',
  CEST: 'HAEC',
  WET: 'HNEO',
  WEST: 'HAEO',
  EET: 'HNEE',
  EEST: 'HAEE',
  GMT: 'GMT',
  UTC: 'UTC',
  EST: 'HNE',
  EDT: 'HAE',
  CST: 'HNC',
  CDT: 'HAC',
  MST: 'HNR',
  MDT: 'HAR',
  PST: 'HNP',
  PDT: 'HAP',
};

const shortZoneName = (instant: Date, zone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value ?? zone;

const isLetters = (name: string) => /^[A-Z]{2,5}$/.test(name);

/**
 * The zone as a reader of the language knows it at that instant: CEST in English, HAEC in French. British English
 * knows the European abbreviations and American English the American ones, so English asks both.
 */
export function zoneAbbreviation(instant: Date, zone: string, lang: string): string {
  const english = [shortZoneName(instant, zone, 'en-GB'), shortZoneName(instant, zone, 'en-US')];
  const lettered = english.find(isLetters);
  if (lang === 'fr') return (lettered && FRENCH_ZONES[lettered]) ?? shortZoneName(instant, zone, 'fr');
  if (lang === 'en' || !supported(lang)) return lettered ?? english[0]!;
  return shortZoneName(instant, zone, intlLocale(lang));
}

/** The wall-clock date and time of an instant in a zone. */
function wallClock(instant: Date, zone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/**
 * "EMBARGOED UNTIL 12 April 2018, 10:00 CEST" / "SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC": the embargo in
 * the release's language, at the wall-clock time of its zone.
 */
export function formatEmbargoLine(isoInstant: string, zone: string, lang: string): string {
  const instant = new Date(isoInstant);
  const clock = wallClock(instant, zone);
  const minutes = String(clock.minute).padStart(2, '0');
  const time = lang === 'fr' ? `${clock.hour} h ${minutes}` : `${String(clock.hour).padStart(2, '0')}:${minutes}`;
  const separator = lang === 'ar' ? '، ' : ', ';
  const day = dayMonthYear(clock, lang);
  return `${wordingFor(lang).embargoedUntil} ${day}${separator}${time} ${zoneAbbreviation(instant, zone, lang)}`;
}
