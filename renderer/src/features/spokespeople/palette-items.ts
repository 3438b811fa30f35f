import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IconName } from '../../components/icon';
import { navigate } from '../../app/navigation';
import { useFormat } from '../../i18n/format';
import { copyBlockLine } from './copy-line';
import { placeInput, setLastQuery, useLastQuery } from './last-query';
import { fold, useLanguageOptions, usePlaceOptions, type PickOption } from './options';
import { useSpokespeopleLookup } from './use-lookup';

export interface SpokespeoplePaletteItem {
  readonly id: string;
  readonly icon: IconName;
  readonly label: string;
  readonly detail?: string;
  readonly run: () => void;
}

/** Words that ask for spokespeople without naming a place or a language: "spokes yemen", "porte-parole mali". */
const TRIGGER = /^(spokes\w*|porte-?paroles?|porte|paroles?|press|presse|officers?|attache\w*)$/;

/**
 * The option named by some consecutive typed words: a full name, or the unique start of one ("yem"), longest
 * phrases first. `taken` words belong to another match already.
 */
function findOption(words: readonly string[], options: readonly PickOption[], taken: Set<number>) {
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const span = Array.from({ length }, (_, i) => start + i);
      if (span.some((i) => taken.has(i))) continue;
      const phrase = words.slice(start, start + length).join(' ');
      const exact = options.filter((o) => o.names.includes(phrase));
      const found =
        exact.length === 1
          ? exact
          : phrase.length >= 3
            ? options.filter((o) => o.names.some((n) => n.startsWith(phrase)))
            : [];
      if (found.length === 1) return { option: found[0]!, span };
    }
  }
  return null;
}

/** Reads "yemen arabic", "spokes Yémen", "porte-parole mali français" as a place and maybe a language. */
export function parsePaletteText(text: string, places: readonly PickOption[], languages: readonly PickOption[]) {
  const all = fold(text).split(/\s+/).filter(Boolean);
  const triggered = all.some((w) => TRIGGER.test(w));
  const words = all.filter((w) => !TRIGGER.test(w));
  const taken = new Set<number>();
  const place = findOption(words, places, taken);
  place?.span.forEach((i) => taken.add(i));
  const language = findOption(words, languages, taken);
  return { place: place?.option ?? null, language: language?.option ?? null, triggered };
}

const INLINE = 3;

/**
 * The palette's spokespeople: once the text names a place, an entry opens the lookup for it; when it also names a
 * language (or says "spokes…"), the first three people come inline, and Enter on one copies their block line.
 */
export function useSpokespeoplePalette(text: string) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const last = useLastQuery();
  const places = usePlaceOptions();
  const languages = useLanguageOptions();
  const parsed = useMemo(() => parsePaletteText(text, places, languages), [text, places, languages]);
  const language = parsed.language?.value ?? last.language ?? i18n.resolvedLanguage ?? 'en';
  const place = parsed.place && placeInput(parsed.place.value);
  const inline = place !== null && (parsed.language !== null || parsed.triggered);
  const { data } = useSpokespeopleLookup(inline ? { ...place, language, limit: INLINE } : null);

  return useMemo(() => {
    const chosen = parsed.place;
    if (!chosen || !place) return { items: [], groupLabel: '' };
    const names = { place: chosen.label, language: fmt.language(language) };
    const open = () => {
      setLastQuery({ place: chosen.value, language });
      void navigate({ page: 'spokespeople' });
    };
    // The previous answer stays while the next one comes; only an answer to this very question is shown.
    const current =
      inline &&
      data?.language === language &&
      data.country === ('country' in place ? place.country : null) &&
      data.regionId === ('regionId' in place ? place.regionId : null)
        ? data
        : undefined;
    const people: SpokespeoplePaletteItem[] = (current?.rows ?? []).map((r) => ({
      id: `spokesperson-${r.contactId}`,
      icon: 'copy',
      label: r.name,
      detail: [
        r.title,
        r.office?.city,
        r.office?.timeZone ? fmt.timeIn(r.office.timeZone) : null,
        t('spokespeople.palette.copyHint'),
      ]
        .filter(Boolean)
        .join(' · '),
      run: () => void copyBlockLine(r.name, r.blockLine),
    }));
    const empty = current !== undefined && current.total === 0;
    return {
      groupLabel: t('spokespeople.palette.group', names),
      items: [
        ...people,
        {
          id: 'spokespeople-open',
          icon: 'spokespeople',
          label: empty ? t('spokespeople.palette.none', names) : t('spokespeople.palette.open', names),
          run: open,
        } satisfies SpokespeoplePaletteItem,
      ],
    };
  }, [parsed, place, inline, data, language, fmt, t]);
}
