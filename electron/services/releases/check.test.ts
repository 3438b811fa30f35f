import { describe, expect, it } from 'vitest';
import type { ReleaseCheckFinding } from '../../ipc/contract/releases';
import { loadIom2018Contacts } from '../../testing/iom-2018-fixture';
import { must } from './testing/api';
import { useReleaseTestBed } from './testing/setup';

const bed = useReleaseTestBed();

const codes = (findings: readonly ReleaseCheckFinding[]) => findings.map((f) => `${f.severity}:${f.code}`);

async function cleanRelease() {
  const { api } = bed();
  const { contactIds } = await loadIom2018Contacts(api);
  const release = await must(api, 'releases:create', {
    language: 'fr',
    title: 'Titre',
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
    body: { json: null, html: '<p>Texte</p>' },
  });
  await must(api, 'releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: contactIds[0]! }] }] });
  return { release, jo: contactIds[0]!, others: contactIds.slice(1) };
}

describe('releases:check', () => {
  it('finds nothing in a complete release', async () => {
    const { release } = await cleanRelease();
    expect(await must(bed().api, 'releases:check', { id: release.id })).toEqual({
      releaseId: release.id,
      blocking: false,
      findings: [],
    });
  });

  it('blocks on a missing title, body, dateline and contact block, pointing at each field', async () => {
    const { api } = bed();
    const release = await must(api, 'releases:create', { language: 'en' });
    const check = await must(api, 'releases:check', { id: release.id });
    expect(check.blocking).toBe(true);
    expect(check.findings.map((f) => [f.code, f.severity, f.target])).toEqual([
      ['title_missing', 'blocking', { field: 'title' }],
      ['body_empty', 'blocking', { field: 'body' }],
      ['dateline_missing', 'blocking', { field: 'datelineCity' }],
      ['dateline_missing', 'blocking', { field: 'datelineDate' }],
      ['no_contact_block', 'blocking', { field: 'contactBlocks' }],
    ]);
  });

  it('blocks on an embargo in the past', async () => {
    const { api, clock } = bed();
    const { release } = await cleanRelease();
    await must(api, 'releases:update', {
      id: release.id,
      patch: { embargo: { until: '2018-04-12T10:00:00+02:00', timeZone: 'Europe/Brussels' } },
    });
    expect((await must(api, 'releases:check', { id: release.id })).findings).toEqual([]);
    clock.set('2018-04-12T08:00:01Z');
    const check = await must(api, 'releases:check', { id: release.id });
    expect(check.findings).toMatchObject([
      {
        code: 'embargo_past',
        severity: 'blocking',
        target: { field: 'embargo' },
        params: { until: '2018-04-12T08:00:00.000Z' },
      },
    ]);
  });

  it('points at the contact: language, reachability, do-not-contact, archived and long unverified', async () => {
    const { api } = bed();
    const { release, jo } = await cleanRelease();
    const blocks = await must(api, 'releases:get-blocks', { id: release.id });
    const blockId = blocks.blocks[0]!.id;
    const target = { contactId: jo, blockId };

    await api.call('contacts:update', { id: jo, patch: { languages: ['en'] } });
    await must(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [{ id: blockId, rows: [{ contactId: jo, phoneIds: [] }] }],
    });
    let check = await must(api, 'releases:check', { id: release.id });
    expect(check.findings).toEqual([
      {
        code: 'contact_no_phone',
        severity: 'warning',
        message: 'Jo De Backer: shows no phone number',
        target,
        params: { name: 'Jo De Backer' },
      },
      {
        code: 'contact_language',
        severity: 'warning',
        message: "Jo De Backer: does not speak the release's language (fr)",
        target,
        params: { name: 'Jo De Backer', language: 'fr', languages: 'en' },
      },
    ]);
    expect(check.blocking).toBe(false);

    await must(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [{ id: blockId, rows: [{ contactId: jo, phoneIds: [], emailIds: [] }] }],
    });
    await api.call('contacts:update', {
      id: jo,
      patch: {
        languages: ['fr'],
        doNotContact: true,
        doNotContactReason: 'On leave',
        lastVerifiedAt: '2016-12-01T00:00:00.000Z',
      },
    });
    await api.call('contacts:archive', { id: jo });
    check = await must(api, 'releases:check', { id: release.id });
    expect(codes(check.findings)).toEqual([
      'blocking:contact_archived',
      'blocking:contact_do_not_contact',
      'blocking:contact_unreachable',
      'warning:contact_unverified',
    ]);
    expect(check.findings.every((f) => f.target.contactId === jo && f.target.blockId === blockId)).toBe(true);
    expect(check.findings[1]!.params).toMatchObject({ reason: 'On leave' });
    expect(check.findings[3]!.params).toEqual({ name: 'Jo De Backer', since: '2016-12-01', days: 495 });

    // A do-not-contact that ended yesterday no longer blocks.
    await api.call('contacts:update', { id: jo, patch: { doNotContactUntil: '2018-04-09' } });
    check = await must(api, 'releases:check', { id: release.id });
    expect(codes(check.findings)).not.toContain('blocking:contact_do_not_contact');
  });

  it('warns about stale translations and a changed source, pointing at the other version', async () => {
    const { api, clock } = bed();
    const { release } = await cleanRelease();
    clock.advance(60);
    const en = await must(api, 'releases:translate', { id: release.id, language: 'en' });
    clock.advance(60);
    await must(api, 'releases:update', { id: release.id, patch: { title: 'Titre modifié' } });
    expect((await must(api, 'releases:check', { id: release.id })).findings).toEqual([
      {
        code: 'translation_stale',
        severity: 'warning',
        message: "The en version is older than this one's last edit",
        target: { releaseId: en.id },
        params: { language: 'en' },
      },
    ]);
    expect((await must(api, 'releases:check', { id: en.id })).findings).toMatchObject([
      { code: 'source_changed', severity: 'warning', target: { releaseId: release.id }, params: { language: 'fr' } },
    ]);
  });
});
