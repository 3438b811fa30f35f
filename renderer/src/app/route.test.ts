import { describe, expect, it } from 'vitest';
import { pages } from './pages';
import { matchesQuery } from './palette-match';
import { formatRoute, parseHash } from './route';

describe('hash routes', () => {
  it('reads a page and the record open in it', () => {
    expect(parseHash('#/contacts/12')).toEqual({ page: 'contacts', record: 12 });
    expect(parseHash('#/offices/new')).toEqual({ page: 'offices', record: 'new' });
    expect(parseHash('#/organisations')).toEqual({ page: 'organisations' });
    expect(parseHash('#/releases/7')).toEqual({ page: 'releases', record: 7 });
    expect(parseHash('#/settings/3')).toEqual({ page: 'settings' });
  });

  it('sends unknown, unfinished and malformed addresses to the contacts page', () => {
    expect(parseHash('')).toEqual({ page: 'contacts' });
    for (const unfinished of pages.filter((p) => !p.available))
      expect(parseHash(`#/${unfinished.id}`)).toEqual({ page: 'contacts' });
    expect(parseHash('#/nowhere/1')).toEqual({ page: 'contacts' });
    expect(parseHash('#/contacts/-4')).toEqual({ page: 'contacts' });
    expect(parseHash('#/contacts/1e3')).toEqual({ page: 'contacts' });
    expect(parseHash('#/contacts/0')).toEqual({ page: 'contacts' });
    expect(parseHash('#/contacts/abc')).toEqual({ page: 'contacts' });
  });

  it('writes what it reads', () => {
    for (const hash of ['#/contacts/12', '#/offices/new', '#/settings'])
      expect(formatRoute(parseHash(hash))).toBe(hash);
  });
});

describe('palette matching', () => {
  it('finds labels containing every word typed, ignoring case and accents', () => {
    expect(matchesQuery('Nouveau contact', 'nouv cont')).toBe(true);
    expect(matchesQuery('Aller à Réglages', 'reglages')).toBe(true);
    expect(matchesQuery('New office', 'new contact')).toBe(false);
    expect(matchesQuery('Anything', '  ')).toBe(true);
  });
});
