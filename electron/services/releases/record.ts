import type { Db } from '../../../db/client';
import { findDatelinePlace } from '../../../db/queries/release-places';
import type { ReleaseListRow, ReleaseRecord } from '../../../db/queries/releases';
import type { Release, ReleaseRow } from '../../ipc/contract/releases';
import { formatDateline, formatEmbargoLine } from './dateline';
import { directionOf } from './locale';
import { sanitizeBodyHtml } from './sanitize';
import { editableIn, transitions } from './status';

/**
 * The dateline city in a language: where an office's city matches what was typed ("Bruxelles"), that office's name
 * for it in the language ("Brussels"); otherwise the city as typed. Memoised per call, as a list renders many.
 */
export function cityNamer(db: Db) {
  const places = new Map<string, Record<string, string> | null>();
  return (city: string | null, lang: string): string | null => {
    if (city === null || city.trim() === '') return null;
    if (!places.has(city)) places.set(city, findDatelinePlace(db, city)?.cityNames ?? null);
    return places.get(city)?.[lang] ?? city;
  };
}

export type CityNamer = ReturnType<typeof cityNamer>;

interface EmbargoColumns {
  readonly embargoUntil: string | null;
  readonly embargoTimeZone: string | null;
  readonly language: string;
}

const embargoOf = (r: EmbargoColumns) =>
  r.embargoUntil === null ? null : { until: r.embargoUntil, timeZone: r.embargoTimeZone ?? 'UTC' };

export const embargoLineOf = (r: EmbargoColumns) => {
  const embargo = embargoOf(r);
  return embargo ? formatEmbargoLine(embargo.until, embargo.timeZone, r.language) : null;
};

export const datelineOf = (
  r: { readonly datelineCity: string | null; readonly datelineDate: string | null; readonly language: string },
  city: CityNamer,
) => formatDateline(city(r.datelineCity, r.language), r.datelineDate, r.language);

export function toRelease(db: Db, r: ReleaseRecord, now: Date): Release {
  return {
    id: r.id,
    reference: r.reference,
    year: r.year,
    language: r.language,
    direction: directionOf(r.language),
    translationGroup: r.translationGroup,
    translatedFromId: r.translatedFromId,
    organisationId: r.organisationId,
    title: r.title,
    subtitle: r.subtitle,
    datelineCity: r.datelineCity,
    datelineDate: r.datelineDate,
    dateline: datelineOf(r, cityNamer(db)),
    // Stored sanitised; sanitised again on the way out, whatever wrote the database.
    body: { json: r.bodyJson ?? null, html: sanitizeBodyHtml(r.bodyHtml), text: r.bodyText },
    notesToEditors: r.notesToEditors,
    status: r.status,
    embargo: embargoOf(r),
    embargoLine: embargoLineOf(r),
    embargoPassed: r.embargoUntil !== null && Date.parse(r.embargoUntil) <= now.getTime(),
    tags: r.tags,
    editable: editableIn[r.status],
    transitions: [...transitions[r.status]],
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    editedAt: r.editedAt,
    archivedAt: r.archivedAt,
  };
}

export function toReleaseRow(r: ReleaseListRow, city: CityNamer): ReleaseRow {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    language: r.language,
    status: r.status,
    datelineCity: r.datelineCity,
    datelineDate: r.datelineDate,
    dateline: datelineOf(r, city),
    embargo: embargoOf(r),
    embargoLine: embargoLineOf(r),
    tags: r.tags,
    translationGroup: r.translationGroup,
    groupLanguages: r.groupLanguages,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    editedAt: r.editedAt,
  };
}
