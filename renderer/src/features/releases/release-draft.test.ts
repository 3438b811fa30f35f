import { describe, expect, it } from 'vitest';
import { isEmptyPatch, patchBetween, type ReleaseDraft } from './release-draft';

const base: ReleaseDraft = {
  title: 'Relocalisation',
  subtitle: '',
  datelineCity: 'Bruxelles',
  datelineDate: '2018-04-12',
  body: { json: null, html: '<p>Un</p>' },
  notesToEditors: '',
  tags: ['resettlement'],
  embargo: null,
};

describe('patchBetween', () => {
  it('is empty when nothing changed', () => {
    expect(isEmptyPatch(patchBetween(base, { ...base, tags: ['resettlement'] }))).toBe(true);
  });

  it('sends only the changed fields, with cleared dateline fields as null', () => {
    const next = { ...base, title: 'Relocalisation à Bruxelles', datelineCity: '  ', datelineDate: '' };
    expect(patchBetween(base, next)).toEqual({
      title: 'Relocalisation à Bruxelles',
      datelineCity: null,
      datelineDate: null,
    });
  });

  it('sends the body as JSON and HTML together when the HTML changed', () => {
    const json = { type: 'doc', content: [] };
    expect(patchBetween(base, { ...base, body: { json, html: '<p>Deux</p>' } })).toEqual({
      body: { json, html: '<p>Deux</p>' },
    });
  });

  it('treats the same embargo instant written two ways as unchanged, and a new zone as a change', () => {
    const embargo = { until: '2018-04-12T08:00:00Z', timeZone: 'Europe/Brussels' };
    const withEmbargo = { ...base, embargo };
    expect(patchBetween(withEmbargo, { ...base, embargo: { ...embargo, until: '2018-04-12T10:00:00+02:00' } })).toEqual(
      {},
    );
    expect(patchBetween(withEmbargo, { ...base, embargo: { ...embargo, timeZone: 'Europe/Paris' } })).toEqual({
      embargo: { ...embargo, timeZone: 'Europe/Paris' },
    });
    expect(patchBetween(withEmbargo, base)).toEqual({ embargo: null });
  });

  it('sends tags whole when their members change, and not for a new order', () => {
    const two = { ...base, tags: ['resettlement', 'europe'] };
    expect(patchBetween(base, two)).toEqual({ tags: ['resettlement', 'europe'] });
    expect(patchBetween(two, { ...base, tags: ['europe', 'resettlement'] })).toEqual({});
  });
});
