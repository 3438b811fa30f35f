import { describe, expect, it } from 'vitest';
import { loadIom2018Contacts } from '../../testing/iom-2018-fixture';
import { must, mustFail } from './testing/api';
import { useReleaseTestBed } from './testing/setup';

const bed = useReleaseTestBed();

const draft = (overrides: Record<string, unknown> = {}) =>
  must(bed().api, 'releases:create', {
    language: 'fr',
    title: 'L’OIM, le HCR et la CICM présentent des modèles européens',
    datelineCity: 'Bruxelles',
    datelineDate: '2018-04-12',
    body: { json: null, html: '<p>Les participants ont débattu de la réinstallation.</p>' },
    tags: ['Resettlement'],
    ...overrides,
  });

/** A release that passes the check: the three sample contacts in its block. */
async function checkedDraft(overrides: Record<string, unknown> = {}) {
  const { api } = bed();
  const { contactIds } = await loadIom2018Contacts(api);
  const release = await draft(overrides);
  await must(api, 'releases:set-blocks', {
    id: release.id,
    blocks: [{ rows: contactIds.map((contactId) => ({ contactId })) }],
  });
  return { release, contactIds };
}

describe('releases: create, get, update', () => {
  it('numbers releases per year from the pattern, shares nothing between years, and refuses a taken reference', async () => {
    const { api } = bed();
    expect((await draft()).reference).toBe('PR-2018-001');
    expect((await draft()).reference).toBe('PR-2018-002');
    expect((await draft({ datelineDate: '2019-01-03' })).reference).toBe('PR-2019-001');
    expect((await draft({ reference: null })).reference).toBeNull();
    await must(api, 'releases:update-settings', { referencePattern: 'IOM/{YY}/{NNNN}' });
    expect((await draft()).reference).toBe('IOM/18/0001');
    const error = await mustFail(api, 'releases:create', { language: 'en', reference: 'pr-2018-001' });
    expect(error.kind).toBe('Conflict');
    const settings = await must(api, 'releases:get-settings', {});
    expect(settings).toMatchObject({ referencePattern: 'IOM/{YY}/{NNNN}', nextReference: 'IOM/18/0002' });
    expect((await mustFail(api, 'releases:update-settings', { referencePattern: 'PR-{NNN}' })).kind).toBe('Validation');
  });

  it('renders the dateline with the office’s city name in each language', async () => {
    const { api } = bed();
    await loadIom2018Contacts(api);
    const fr = await draft({ datelineCity: 'brussels' });
    expect(fr.dateline).toBe('Bruxelles – Jeudi 12 avril 2018');
    const en = await must(api, 'releases:translate', { id: fr.id, language: 'en' });
    expect(en.dateline).toBe('Brussels – Thursday, 12 April 2018');
    const es = await must(api, 'releases:translate', { id: fr.id, language: 'es' });
    expect(es.dateline).toBe('Bruselas – Jueves, 12 de abril de 2018');
    // A city no office knows is printed as typed.
    const dakar = await draft({ datelineCity: 'Dakar' });
    expect(dakar.dateline).toBe('Dakar – Jeudi 12 avril 2018');
  });

  it('stores sanitised HTML and derives the search text from it, not from the client', async () => {
    const release = await draft({
      body: {
        json: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
            },
          ],
        },
        html: '<p>Texte <img src=x onerror="alert(1)"><a href="javascript:alert(1)">lien</a><script>alert(2)</script></p>',
      },
    });
    expect(release.body.html).toBe('<p>Texte lien</p>');
    expect(release.body.text).toBe('Texte lien');
    expect(release.body.json).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
    });
    const stored = bed()
      .opened.db.$client.prepare('SELECT body_html, body_text FROM releases WHERE id = ?')
      .get(release.id);
    expect(stored).toEqual({ body_html: '<p>Texte lien</p>', body_text: 'Texte lien' });
  });

  it('saves only what a patch changes, and refuses a save over a newer change', async () => {
    const { api, clock } = bed();
    const release = await draft();
    clock.advance(2);
    const same = await must(api, 'releases:update', {
      id: release.id,
      patch: { title: release.title, tags: ['resettlement'] },
    });
    expect(same.updatedAt).toBe(release.updatedAt);
    const saved = await must(api, 'releases:update', {
      id: release.id,
      patch: { subtitle: 'Un projet européen' },
      ifUpdatedAt: release.updatedAt,
    });
    expect(saved).toMatchObject({ subtitle: 'Un projet européen', title: release.title, tags: ['Resettlement'] });
    expect(saved.updatedAt).not.toBe(release.updatedAt);
    const stale = await mustFail(api, 'releases:update', {
      id: release.id,
      patch: { subtitle: 'x' },
      ifUpdatedAt: release.updatedAt,
    });
    expect(stale.kind).toBe('Conflict');
  });

  it('keeps the words’ edit time apart from tags and embargo changes', async () => {
    const { api, clock } = bed();
    const release = await draft();
    clock.advance(10);
    const tagged = await must(api, 'releases:update', {
      id: release.id,
      patch: {
        tags: ['Resettlement', 'Europe'],
        embargo: { until: '2018-04-12T10:00:00+02:00', timeZone: 'Europe/Brussels' },
      },
    });
    expect(tagged.editedAt).toBe(release.editedAt);
    expect(tagged.embargoLine).toBe('SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC');
    clock.advance(10);
    const edited = await must(api, 'releases:update', { id: release.id, patch: { title: 'Nouveau titre' } });
    expect(edited.editedAt).toBe(clock.now().toISOString());
  });

  it('says which release does not exist', async () => {
    expect(await mustFail(bed().api, 'releases:get', { id: 99 })).toMatchObject({ kind: 'NotFound' });
  });
});

describe('releases:list', () => {
  it('finds words in titles and bodies without caring for accents, and filters by status, language, tag and date', async () => {
    const { api } = bed();
    const fr = await draft();
    const en = await draft({
      language: 'en',
      title: 'Resettlement models',
      body: { json: null, html: '<p>Private sponsorship in Genève</p>' },
      tags: ['Europe'],
      datelineDate: '2018-05-02',
    });
    const ids = async (input: Record<string, unknown>) =>
      (await must(api, 'releases:list', input)).rows.map((r) => r.id).sort();
    expect(await ids({ filter: { query: 'reinstallation' } })).toEqual([fr.id]);
    expect(await ids({ filter: { query: 'modeles europ' } })).toEqual([fr.id]);
    expect(await ids({ filter: { query: 'geneve' } })).toEqual([en.id]);
    expect(await ids({ filter: { language: 'en' } })).toEqual([en.id]);
    expect(await ids({ filter: { tag: 'resettlement' } })).toEqual([fr.id]);
    expect(await ids({ filter: { from: '2018-05-01', to: '2018-05-31' } })).toEqual([en.id]);
    expect(await ids({ filter: { statuses: ['draft'] } })).toEqual([fr.id, en.id]);
    expect(await ids({ filter: { statuses: ['approved'] } })).toEqual([]);
    const page = await must(api, 'releases:list', {
      sort: { column: 'title', direction: 'asc' },
      page: { offset: 0, limit: 1 },
    });
    expect(page).toMatchObject({ total: 2, rows: [{ id: fr.id, groupLanguages: ['fr'], tags: ['Resettlement'] }] });
  });

  it('leaves archived releases out unless asked for', async () => {
    const { api } = bed();
    const release = await draft();
    await must(api, 'releases:set-status', { id: release.id, status: 'archived' });
    expect((await must(api, 'releases:list', {})).total).toBe(0);
    expect((await must(api, 'releases:list', { filter: { includeArchived: true } })).total).toBe(1);
    expect((await must(api, 'releases:list', { filter: { statuses: ['archived'] } })).total).toBe(1);
  });
});

describe('status transitions', () => {
  it('refuses approval while the release check blocks, then approves once fixed', async () => {
    const { api } = bed();
    const { contactIds } = await loadIom2018Contacts(api);
    const release = await draft();
    const refused = await mustFail(api, 'releases:set-status', { id: release.id, status: 'approved' });
    expect(refused.kind).toBe('Conflict');
    expect(refused.issues?.map((i) => i.path)).toContain('no_contact_block');
    await must(api, 'releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: contactIds[0]! }] }] });
    await must(api, 'releases:set-status', { id: release.id, status: 'in_review' });
    const approved = await must(api, 'releases:set-status', { id: release.id, status: 'approved' });
    expect(approved).toMatchObject({ status: 'approved', editable: 'embargo' });
  });

  it('follows the workflow and refuses jumps it does not allow', async () => {
    const { api } = bed();
    const { release } = await checkedDraft();
    expect((await mustFail(api, 'releases:set-status', { id: release.id, status: 'published' })).kind).toBe('Conflict');
    expect((await mustFail(api, 'releases:set-status', { id: release.id, status: 'embargoed' })).kind).toBe('Conflict');
    await must(api, 'releases:set-status', { id: release.id, status: 'approved' });
    const published = await must(api, 'releases:set-status', { id: release.id, status: 'published' });
    expect(published.transitions).toEqual(['draft', 'archived']);
    const archived = await must(api, 'releases:set-status', { id: release.id, status: 'archived' });
    expect(archived.archivedAt).not.toBeNull();
    const back = await must(api, 'releases:set-status', { id: release.id, status: 'draft' });
    expect(back).toMatchObject({ status: 'draft', archivedAt: null, editable: 'all' });
  });

  it('keeps a published release read-only until it is reopened', async () => {
    const { api } = bed();
    const { release, contactIds } = await checkedDraft();
    await must(api, 'releases:set-status', { id: release.id, status: 'approved' });
    await must(api, 'releases:set-status', { id: release.id, status: 'published' });
    const edit = await mustFail(api, 'releases:update', { id: release.id, patch: { title: 'Changed' } });
    expect(edit).toMatchObject({ kind: 'Conflict' });
    expect(edit.message).toMatch(/published.*reopened/);
    const embargo = { until: '2018-05-01T10:00:00Z', timeZone: 'UTC' };
    expect((await mustFail(api, 'releases:update', { id: release.id, patch: { embargo } })).kind).toBe('Conflict');
    expect((await mustFail(api, 'releases:set-blocks', { id: release.id, blocks: [] })).kind).toBe('Conflict');
    expect((await mustFail(api, 'releases:add-to-block', { id: release.id, contactId: contactIds[0]! })).kind).toBe(
      'Conflict',
    );
    // Resending what it already holds is not an edit: an autosave after publishing does not fail.
    await must(api, 'releases:update', { id: release.id, patch: { title: release.title } });
    await must(api, 'releases:set-status', { id: release.id, status: 'draft' });
    expect((await must(api, 'releases:update', { id: release.id, patch: { title: 'Changed' } })).title).toBe('Changed');
  });

  it('lets an approved release move its embargo, embargoes it only for a future time, and publishes after it', async () => {
    const { api, clock } = bed();
    const { release } = await checkedDraft();
    await must(api, 'releases:set-status', { id: release.id, status: 'approved' });
    expect((await mustFail(api, 'releases:update', { id: release.id, patch: { title: 'x' } })).kind).toBe('Conflict');
    const embargo = { until: '2018-04-12T10:00:00+02:00', timeZone: 'Europe/Brussels' };
    await must(api, 'releases:update', { id: release.id, patch: { embargo } });
    const embargoed = await must(api, 'releases:set-status', { id: release.id, status: 'embargoed' });
    expect(embargoed).toMatchObject({ status: 'embargoed', embargoPassed: false });
    expect((await mustFail(api, 'releases:update', { id: release.id, patch: { embargo: null } })).kind).toBe(
      'Conflict',
    );
    clock.set('2018-04-12T09:00:00Z');
    const published = await must(api, 'releases:set-status', { id: release.id, status: 'published' });
    expect(published).toMatchObject({ status: 'published', embargoPassed: true });
  });
});

describe('revisions', () => {
  it('folds edits within the interval into one revision and starts another after it', async () => {
    const { api, clock } = bed();
    const release = await draft();
    for (const title of ['T1', 'T2', 'T3']) {
      clock.advance(5);
      await must(api, 'releases:update', { id: release.id, patch: { title } });
    }
    let rows = (await must(api, 'releases:list-revisions', { id: release.id })).rows;
    expect(rows.map((r) => [r.reason, r.title])).toEqual([
      ['edit', 'T3'],
      ['created', release.title],
    ]);
    clock.advance(61);
    await must(api, 'releases:update', { id: release.id, patch: { title: 'T4' } });
    rows = (await must(api, 'releases:list-revisions', { id: release.id })).rows;
    expect(rows.map((r) => r.title)).toEqual(['T4', 'T3', release.title]);
    expect(rows[1]!.savedAt).toBe('2018-04-10T09:00:15.000Z');
  });

  it('records every status change as its own revision', async () => {
    const { api, clock } = bed();
    const release = await draft();
    clock.advance(1);
    await must(api, 'releases:update', { id: release.id, patch: { title: 'T1' } });
    clock.advance(1);
    await must(api, 'releases:set-status', { id: release.id, status: 'in_review' });
    clock.advance(1);
    await must(api, 'releases:update', { id: release.id, patch: { title: 'T2' } });
    const rows = (await must(api, 'releases:list-revisions', { id: release.id })).rows;
    expect(rows.map((r) => [r.reason, r.status, r.title])).toEqual([
      ['edit', 'in_review', 'T2'],
      ['status', 'in_review', 'T1'],
      ['edit', 'draft', 'T1'],
      ['created', 'draft', release.title],
    ]);
  });

  it('restores a revision’s words, tags and contact block, keeping the current state as a revision', async () => {
    const { api, clock } = bed();
    const { release, contactIds } = await checkedDraft();
    clock.advance(120);
    await must(api, 'releases:update', {
      id: release.id,
      patch: { title: 'Wrong title', tags: ['Other'], body: { json: null, html: '<p>Wrong</p>' } },
    });
    await must(api, 'releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: contactIds[2]! }] }] });
    const revisions = (await must(api, 'releases:list-revisions', { id: release.id })).rows;
    const withThree = revisions.find((r) => r.title === release.title && r.reason === 'edit')!;
    const viewed = await must(api, 'releases:get-revision', { id: withThree.id });
    expect(viewed.snapshot.blocks[0]!.rows.map((r) => r.contactId)).toEqual(contactIds);
    clock.advance(5);
    const restored = await must(api, 'releases:restore-revision', { id: withThree.id });
    expect(restored).toMatchObject({ title: release.title, tags: ['Resettlement'], body: { text: release.body.text } });
    const blocks = await must(api, 'releases:get-blocks', { id: release.id });
    expect(blocks.blocks[0]!.rows.map((r) => r.contactId)).toEqual(contactIds);
    const after = (await must(api, 'releases:list-revisions', { id: release.id })).rows;
    expect(after[0]!.reason).toBe('restore');
    expect(after.some((r) => r.title === 'Wrong title')).toBe(true);
  });
});

describe('language versions', () => {
  it('creates a translation in the same group, as a draft with the body, tags, block and reference copied', async () => {
    const { api } = bed();
    const { release, contactIds } = await checkedDraft();
    await must(api, 'releases:set-status', { id: release.id, status: 'approved' });
    const en = await must(api, 'releases:translate', { id: release.id, language: 'en' });
    expect(en).toMatchObject({
      language: 'en',
      status: 'draft',
      translationGroup: release.translationGroup,
      translatedFromId: release.id,
      reference: release.reference,
      body: release.body,
      tags: release.tags,
    });
    const blocks = await must(api, 'releases:get-blocks', { id: en.id });
    expect(blocks.blocks[0]!.rows.map((r) => r.contactId)).toEqual(contactIds);
    expect(blocks.preview.text.startsWith('For more information, please contact:\n')).toBe(true);
    expect((await mustFail(api, 'releases:translate', { id: en.id, language: 'fr' })).kind).toBe('Conflict');
    expect((await mustFail(api, 'releases:update', { id: en.id, patch: { language: 'fr' } })).kind).toBe('Conflict');
  });

  it('starts a translation’s notes to editors from the boilerplate of its language', async () => {
    const { api } = bed();
    await must(api, 'releases:update-settings', {
      boilerplates: [{ organisationId: null, language: 'en', text: 'IOM is the UN Migration Agency.' }],
    });
    const fr = await draft({ notesToEditors: 'L’OIM est l’agence des Nations Unies pour les migrations.' });
    const en = await must(api, 'releases:translate', { id: fr.id, language: 'en' });
    expect(en.notesToEditors).toBe('IOM is the UN Migration Agency.');
    expect((await draft({ language: 'en' })).notesToEditors).toBe('IOM is the UN Migration Agency.');
  });

  it('lists the versions with the missing languages and marks a translation stale when its source changes after it', async () => {
    const { api, clock } = bed();
    await must(api, 'releases:update-settings', { languages: ['fr', 'en', 'es'] });
    const fr = await draft();
    clock.advance(60);
    const en = await must(api, 'releases:translate', { id: fr.id, language: 'en' });
    let versions = await must(api, 'releases:versions', { id: en.id });
    expect(versions.missing).toEqual(['es']);
    expect(versions.versions.map((v) => [v.language, v.stale])).toEqual([
      ['fr', false],
      ['en', false],
    ]);

    clock.advance(60);
    await must(api, 'releases:update', { id: fr.id, patch: { tags: ['Europe'] } });
    versions = await must(api, 'releases:versions', { id: fr.id });
    expect(versions.versions.find((v) => v.language === 'en')!.stale).toBe(false);

    clock.advance(60);
    await must(api, 'releases:update', {
      id: fr.id,
      patch: { body: { json: null, html: '<p>Nouveau paragraphe</p>' } },
    });
    versions = await must(api, 'releases:versions', { id: fr.id });
    expect(versions.versions.find((v) => v.language === 'en')!.stale).toBe(true);

    clock.advance(60);
    await must(api, 'releases:update', { id: en.id, patch: { body: { json: null, html: '<p>New paragraph</p>' } } });
    versions = await must(api, 'releases:versions', { id: fr.id });
    expect(versions.versions.find((v) => v.language === 'en')!.stale).toBe(false);
  });

  it('gives every version the reference the release has', async () => {
    const { api } = bed();
    const fr = await draft();
    const en = await must(api, 'releases:translate', { id: fr.id, language: 'en' });
    await must(api, 'releases:update', { id: en.id, patch: { reference: 'PR-2018-099' } });
    expect((await must(api, 'releases:get', { id: fr.id })).reference).toBe('PR-2018-099');
    const other = await draft();
    expect((await mustFail(api, 'releases:update', { id: other.id, patch: { reference: 'PR-2018-099' } })).kind).toBe(
      'Conflict',
    );
  });
});
