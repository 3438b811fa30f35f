import type { Db } from '../../../db/client';
import {
  countryPlace,
  readSpokespersonCards,
  regionPlace,
  regionsOfCountry,
  type LookupPlace,
  type SpokespersonCard,
} from '../../../db/queries/spokespeople';
import type { ChannelOutput, ChannelParsedInput } from '../../ipc/contract';
import { AppError } from '../../ipc/contract/errors';
import {
  spokespersonRoles,
  type SpokespeopleExplanation,
  type Spokesperson,
  type SpokespersonProximity,
} from '../../ipc/contract/spokespeople';
import type { BlockPerson } from '../contact-block/render';
import { readSavedTemplates } from '../contact-block/template-store';
import { resolveTemplate, type BlockTemplate } from '../contact-block/templates';
import { displayName } from '../contacts';
import type { ServiceContext } from '../context';
import { displayPhone } from '../phones';
import { directionOf } from '../releases/locale';
import { renderBlockLine } from './block-line';
import type { DirectoryIndex, LookupHit } from './directory-index';
import { directoryIndexOf } from './index-cache';

type Input = ChannelParsedInput<'spokespeople:lookup'>;
type Output = ChannelOutput<'spokespeople:lookup'>;

const FALLBACK_ORDER = ['en', 'fr', 'es'];

/** A per-language value in `lang`, else in the contact block's fallback order, else any. */
function pickIn(text: Readonly<Record<string, string>>, lang: string): string | null {
  for (const key of [lang, ...FALLBACK_ORDER, ...Object.keys(text)]) {
    const value = text[key]?.trim();
    if (value) return value;
  }
  return null;
}

/** For a region its regional office is the nearest; for a country, an office in it. */
function proximityOf(hit: LookupHit, byRegion: boolean): SpokespersonProximity {
  if (hit.tier === 2) return 'elsewhere';
  return (hit.tier === 0) !== byRegion ? 'in_place' : 'regional';
}

/** The person as a release's contact block takes them: every phone and email, in the contact's order. */
const blockPersonOf = (card: SpokespersonCard): BlockPerson => ({
  name: displayName(card),
  title: card.title,
  officeName: card.office?.name ?? {},
  officeCity: card.office?.city ?? {},
  organisationName: card.organisationName,
  phones: card.phones.map((p) => ({ display: displayPhone(p.raw, p.e164), kind: p.kind })),
  emails: card.emails,
});

function rowOf(card: SpokespersonCard, hit: LookupHit, lang: string, template: BlockTemplate, byRegion: boolean) {
  const person = blockPersonOf(card);
  const { line, warnings } = renderBlockLine(person, lang, template);
  // The renderer says which fields it took from another language; the row shows those same values.
  const usedFor = (field: 'title' | 'office') => warnings.find((w) => w.field === field)?.usedLanguage ?? lang;
  const title = card.title[usedFor('title')]?.trim() || null;
  const officeName = card.office?.name[usedFor('office')]?.trim() || null;
  return {
    contactId: card.id,
    name: person.name,
    role: spokespersonRoles[hit.role],
    title,
    titleLanguage: title === null ? null : usedFor('title'),
    office: card.office && {
      id: card.office.id,
      kind: card.office.kind,
      name: officeName,
      nameLanguage: officeName === null ? null : usedFor('office'),
      city: pickIn(card.office.city, lang),
      country: card.office.country,
      timeZone: card.office.timeZone,
    },
    proximity: proximityOf(hit, byRegion),
    languages: [...card.languages],
    phones: person.phones.map((p) => ({ display: p.display, kind: p.kind })),
    emails: [...person.emails],
    lastVerifiedAt: card.lastVerifiedAt,
    blockLine: line,
  } satisfies Spokesperson;
}

/** Why nobody came, and which nearby lookups would find someone. */
function explain(
  db: Db,
  index: DirectoryIndex,
  input: Input,
  place: LookupPlace,
  today: string,
): SpokespeopleExplanation {
  const { otherLanguages, ...counts } = index.counts(place, input.language, today);
  const regions = input.country
    ? regionsOfCountry(db, input.country).flatMap((region) => {
        const around = regionPlace(db, region.id);
        const count = around ? index.lookup(around, input.language, today, 0).total : 0;
        return count > 0 ? [{ kind: 'region' as const, regionId: region.id, regionName: region.name, count }] : [];
      })
    : [];
  return {
    ...counts,
    alternatives: [...regions, ...otherLanguages.map((l) => ({ kind: 'language' as const, ...l }))],
  };
}

/** `now` is injectable so tests can pin what "do-not-contact until 30 June" means on 30 June. */
export function createSpokespeopleService(now: () => Date = () => new Date()) {
  return {
    lookup: (ctx: ServiceContext, input: Input): Output => {
      const place =
        input.country !== undefined
          ? countryPlace(ctx.db, input.country)
          : input.regionId !== undefined
            ? regionPlace(ctx.db, input.regionId)
            : undefined;
      if (!place) throw new AppError('NotFound', `Region ${input.regionId} does not exist`);
      const today = now().toISOString().slice(0, 10);
      const index = directoryIndexOf(ctx.db);
      const { hits, total } = index.lookup(place, input.language, today, input.limit);
      const cards = new Map(
        readSpokespersonCards(
          ctx.db,
          hits.map((h) => h.id),
        ).map((c) => [c.id, c]),
      );
      const saved = readSavedTemplates(ctx.db);
      const byRegion = input.country === undefined;
      return {
        country: input.country ?? null,
        regionId: input.regionId ?? null,
        language: input.language,
        direction: directionOf(input.language),
        total,
        rows: hits.flatMap((hit) => {
          const card = cards.get(hit.id);
          if (!card) return [];
          // The template a release of this person's organisation uses, so the line pastes in as it would print.
          const template = resolveTemplate(
            saved,
            input.language,
            card.organisationId ?? card.office?.organisationId ?? null,
          );
          return [rowOf(card, hit, input.language, template, byRegion)];
        }),
        explanation: total === 0 ? explain(ctx.db, index, input, place, today) : null,
      };
    },
  };
}

export const spokespeopleService = createSpokespeopleService();
