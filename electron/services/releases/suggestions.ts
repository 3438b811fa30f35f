import type { Db } from '../../../db/client';
import { getBlocks } from '../../../db/queries/release-blocks';
import { findDatelinePlace } from '../../../db/queries/release-places';
import { officesInArea, suggestContacts } from '../../../db/queries/release-suggestions';
import { parseJson } from '../../../db/queries/util';
import type { ContactSuggestion, ContactSuggestionReason } from '../../ipc/contract/releases';
import type { ServiceContext } from '../context';
import { displayName } from '../contacts';
import { foundRelease } from './found';
import type { ChannelParsedInputOf, ChannelOutputOf, ReleaseClock } from './types';

const pick = (names: Record<string, string>, lang: string) =>
  names[lang] ?? names.en ?? Object.values(names).find((n) => n.trim() !== '') ?? '';

interface ContactFace {
  id: number;
  givenName: string;
  familyName: string;
  title: string;
  organisationName: string | null;
  officeName: string | null;
  city: string | null;
  languages: string | null;
  roles: string | null;
}

/** The names and places a suggestion card shows, for the few contacts on the page. */
function contactFaces(db: Db, ids: readonly number[]) {
  const rows = db.$client
    .prepare(
      `SELECT c.id, c.given_name AS givenName, c.family_name AS familyName, c.title, o.name AS organisationName,
              f.name AS officeName, f.city,
              (SELECT group_concat(lang) FROM (SELECT lang FROM contact_languages WHERE contact_id = c.id ORDER BY position)) AS languages,
              (SELECT group_concat(role) FROM contact_roles WHERE contact_id = c.id) AS roles
       FROM contacts c
       LEFT JOIN organisations o ON o.id = coalesce(c.organisation_id, (SELECT organisation_id FROM offices WHERE id = c.office_id))
       LEFT JOIN offices f ON f.id = c.office_id
       WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as ContactFace[];
  return new Map(rows.map((r) => [r.id, r]));
}

function tagNames(db: Db, names: readonly string[]) {
  const rows = db.$client
    .prepare('SELECT id, name FROM tags WHERE lower(name) IN (SELECT lower(value) FROM json_each(?))')
    .all(JSON.stringify(names)) as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Contacts for a release's block, best first, each with the reasons it is suggested: the dateline's office and
 * region, the release's language, shared topics, and a speaking role. Never archived or do-not-contact people, and
 * never someone already in the release's blocks.
 */
export function createSuggestionService(clock: ReleaseClock) {
  return {
    suggest: (
      ctx: ServiceContext,
      input: ChannelParsedInputOf<'releases:suggest-contacts'>,
    ): ChannelOutputOf<'releases:suggest-contacts'> => {
      const { db } = ctx;
      const release = foundRelease(db, input.id);
      const lang = release.language;
      const place = findDatelinePlace(db, release.datelineCity);
      const placeOfficeIds = place?.offices.map((o) => o.id) ?? [];
      const regionIds = place?.regions.map((r) => r.id) ?? [];
      const tags = tagNames(db, release.tags);
      const hits = suggestContacts(db, {
        language: lang,
        placeOfficeIds,
        regionOfficeIds: place ? officesInArea(db, place.country, regionIds, placeOfficeIds) : [],
        country: place?.country ?? null,
        regionIds,
        tagIds: [...tags.keys()],
        excludeContactIds: getBlocks(db, release.id).flatMap((b) => b.rows.map((r) => r.contactId)),
        query: input.query,
        today: clock.now().toISOString().slice(0, 10),
        limit: input.limit,
      });

      const faces = contactFaces(
        db,
        hits.map((h) => h.id),
      );
      const cityReason: ContactSuggestionReason | null = place
        ? { kind: 'office', value: place.cityNames[lang] ?? release.datelineCity ?? '', label: place.cityNames }
        : null;
      const firstRegion = place?.regions[0];
      const regionReason: ContactSuggestionReason | null = firstRegion
        ? { kind: 'region', value: pick(firstRegion.name, lang), label: firstRegion.name }
        : place?.country
          ? { kind: 'region', value: place.country }
          : null;

      const rows = hits.flatMap((hit): ContactSuggestion[] => {
        const face = faces.get(hit.id);
        if (!face) return [];
        const reasons: ContactSuggestionReason[] = [];
        if (hit.speaks) reasons.push({ kind: 'language', value: lang });
        if (hit.office && cityReason) reasons.push(cityReason);
        if (hit.region && regionReason) reasons.push(regionReason);
        for (const tagId of hit.topics?.split(',') ?? []) {
          const name = tags.get(Number(tagId));
          if (name) reasons.push({ kind: 'topic', value: name });
        }
        if (hit.role) reasons.push({ kind: 'role', value: hit.role });
        return [
          {
            contactId: hit.id,
            displayName: displayName(face),
            title: parseJson(face.title),
            organisationName: face.organisationName ? parseJson(face.organisationName) : {},
            officeName: face.officeName ? parseJson(face.officeName) : {},
            city: face.city ? parseJson(face.city) : {},
            languages: face.languages ? face.languages.split(',') : [],
            roles: face.roles ? face.roles.split(',') : [],
            score: hit.score,
            reasons,
          },
        ];
      });
      return { rows };
    },
  };
}
