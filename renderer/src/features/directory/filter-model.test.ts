import { describe, expect, it } from 'vitest';
import { contactListInput } from '../../../../electron/ipc/contract';
import { contactFilter } from '../../../../electron/ipc/contract/contacts';
import { emptySelection, selectAll, toggle } from '../../components/data-table/selection';
import {
  activeChips,
  bulkTargetOf,
  filterKey,
  chipFields,
  parseStoredFilter,
  removeChip,
  setChip,
  toContactFilter,
} from './filter-model';
import { codeOptions, matchesTyped } from './picker-options';

describe('filter chips model', () => {
  it('keys the same chips the same way whatever order they were added in', () => {
    const a = setChip(setChip({}, 'language', 'fr'), 'role', 'spokesperson');
    const b = setChip(setChip({}, 'role', 'spokesperson'), 'language', 'fr');
    expect(filterKey(a)).toBe(filterKey(b));
    expect(activeChips(a)).toEqual(['role', 'language']);
    expect(filterKey(removeChip(removeChip(a, 'role'), 'language'))).toBe('');
  });

  it('builds a contacts:list filter the contract accepts, search included', () => {
    const chips = { role: 'journalist', country: 'EG', verifiedMonthsAgo: 6, doNotContact: false } as const;
    const parsed = contactListInput.parse({ filter: toContactFilter(chips, 'cairo', false) });
    expect(parsed.filter).toEqual({ ...chips, query: 'cairo', includeArchived: false });
  });

  it('reads stored chips back exactly as the contract’s contact filter accepts them', () => {
    const picked = { role: true, regionId: true, country: true, officeId: true, language: true, topic: true } as const;
    const schema = contactFilter.pick({ ...picked, doNotContact: true, verifiedMonthsAgo: true }).partial();
    expect(Object.keys(schema.shape).sort()).toEqual([...chipFields].sort());
    const samples: unknown[] = [
      {},
      { role: 'spokesperson', officeId: 3 },
      { role: 'astronaut' },
      { regionId: 0 },
      { regionId: 2.5 },
      { regionId: 9007199254740991 },
      { regionId: 9007199254740992 },
      { country: 'BE' },
      { country: 'be' },
      { country: 'BEL' },
      { language: 'fr' },
      { language: 'FR' },
      { topic: 'x'.repeat(100) },
      { topic: 'x'.repeat(101) },
      { topic: 7 },
      { doNotContact: true },
      { doNotContact: 'yes' },
      { verifiedMonthsAgo: 1 },
      { verifiedMonthsAgo: 0 },
      { verifiedMonthsAgo: 240 },
      { verifiedMonthsAgo: 241 },
      { verifiedMonthsAgo: 6.5 },
      { query: 'gen' },
      { includeArchived: true },
      { language: 'ar', sneaky: 1 },
      { country: null },
      [],
      'text',
      null,
      42,
    ];
    for (const sample of samples) {
      const parsed = schema.safeParse(sample);
      expect(parseStoredFilter(JSON.stringify(sample)), JSON.stringify(sample)).toEqual(
        parsed.success ? parsed.data : {},
      );
    }
  });

  it('drops stored chips that no longer fit the filter', () => {
    expect(parseStoredFilter('{"role":"spokesperson","officeId":3}')).toEqual({ role: 'spokesperson', officeId: 3 });
    expect(parseStoredFilter('{"role":"astronaut"}')).toEqual({});
    expect(parseStoredFilter('not json')).toEqual({});
    expect(parseStoredFilter(null)).toEqual({});
  });

  it('sends ids for a hand-picked selection and the filter for "select all"', () => {
    expect(bulkTargetOf(emptySelection, {}, '', false)).toBeNull();
    expect(bulkTargetOf(toggle(emptySelection, 7), {}, '', false)).toEqual({ ids: [7] });
    expect(bulkTargetOf(toggle(selectAll(), 9), { language: 'ar' }, 'gen', true)).toEqual({
      filter: { language: 'ar', query: 'gen', includeArchived: true },
      exceptIds: [9],
    });
  });
});

describe('picker options', () => {
  const countries = codeOptions(['DE', 'CI', 'EG'], 'region', 'en');
  const find = (typed: string) => countries.filter((o) => matchesTyped(o, typed)).map((o) => o.value);

  it('finds a country by its English name, its French name or its ISO code', () => {
    expect(find('germ')).toEqual(['DE']);
    expect(find('allem')).toEqual(['DE']);
    expect(find('eg')).toEqual(['EG']);
    expect(find('egypte')).toEqual(['EG']);
    expect(find("cote d'iv")).toEqual(['CI']);
  });

  it('labels in the UI language and still finds by the English name', () => {
    const fr = codeOptions(['DE'], 'region', 'fr');
    expect(fr[0]?.label).toBe('Allemagne');
    expect(matchesTyped(fr[0]!, 'germany')).toBe(true);
  });
});
