import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadIom2018Contacts } from '../../testing/iom-2018-fixture';
import { must, mustFail } from './testing/api';
import { useReleaseTestBed } from './testing/setup';

const sample = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../shared/samples/iom-release-fr-2018.block-fr.txt',
  ),
  'utf8',
);

const bed = useReleaseTestBed();

async function releaseWithContacts(language = 'fr') {
  const { api } = bed();
  const { contactIds } = await loadIom2018Contacts(api);
  const release = await must(api, 'releases:create', { language, title: 'T', datelineCity: 'Bruxelles' });
  return { release, contactIds: contactIds as [number, number, number] };
}

describe('release contact blocks', () => {
  it('previews the sample block byte for byte from the three contacts', async () => {
    const { api } = bed();
    const { release, contactIds } = await releaseWithContacts();
    for (const contactId of contactIds) await must(api, 'releases:add-to-block', { id: release.id, contactId });
    const blocks = await must(api, 'releases:get-blocks', { id: release.id });
    expect(blocks.preview).toEqual({ text: sample, direction: 'ltr', warnings: [] });
    expect(blocks.blocks).toHaveLength(1);
    expect(blocks.releaseUpdatedAt).toBe((await must(api, 'releases:get', { id: release.id })).updatedAt);
    expect(blocks.blocks[0]!.rows.map((r) => [r.contactId, r.position, r.phoneIds])).toEqual([
      [contactIds[0], 0, null],
      [contactIds[1], 1, null],
      [contactIds[2], 2, null],
    ]);
    expect(blocks.blocks[0]!.rows[0]!.contact.phones.map((p) => [p.display, p.shown])).toEqual([
      ['+32 2 287 71 15', true],
      ['+32 470 13 10 28', true],
    ]);
  });

  it('shows only the chosen phones and emails, in the chosen order, and keeps ids across a reorder', async () => {
    const { api } = bed();
    const { release, contactIds } = await releaseWithContacts();
    const [jo, petra] = contactIds;
    const first = await must(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [{ rows: [{ contactId: jo }, { contactId: petra }] }],
    });
    const joRow = first.blocks[0]!.rows[0]!;
    const [office, mobile] = joRow.contact.phones.map((p) => p.id);
    const next = await must(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [
        {
          id: first.blocks[0]!.id,
          rows: [
            { id: first.blocks[0]!.rows[1]!.id, contactId: petra, emailIds: [] },
            { id: joRow.id, contactId: jo, phoneIds: [mobile!, office!] },
          ],
        },
      ],
    });
    expect(next.blocks[0]!.id).toBe(first.blocks[0]!.id);
    expect(next.blocks[0]!.rows.map((r) => r.id)).toEqual([first.blocks[0]!.rows[1]!.id, joRow.id]);
    expect(next.preview.text).toBe(
      'Pour plus d’informations, veuillez contacter\u00a0:\n' +
        'Petra Hueck, CICM Europe, Bruxelles, Tel\u00a0: +32 2 227 97 29, +32 486 51 12 12\n' +
        'Jo De Backer, Bureau régional de l’OIM à Bruxelles, Tel\u00a0: +32 470 13 10 28, +32 2 287 71 15, Email\u00a0: jdebacker@iom.int\n',
    );
    expect(next.blocks[0]!.rows[0]!.contact.emails.map((e) => e.shown)).toEqual([false]);
  });

  it('renders several blocks with their sub-headings, in the release language, with fallback warnings', async () => {
    const { api } = bed();
    const { release, contactIds } = await releaseWithContacts('es');
    const blocks = await must(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [
        { subheading: 'En Bruselas:', rows: [{ contactId: contactIds[2], phoneIds: [] }] },
        { subheading: 'Vacío:', rows: [] },
        { subheading: 'También:', rows: [{ contactId: contactIds[1], phoneIds: [], emailIds: [] }] },
      ],
    });
    expect(blocks.preview.text).toBe(
      'Para más información, por favor contacte a:\n' +
        'En Bruselas:\n' +
        'David Watt, UNHCR Bureau for Europe, Bruselas, Email: wattd@unhcr.org\n' +
        'También:\n' +
        'Petra Hueck, ICMC Europe, Bruselas\n',
    );
    expect(blocks.preview.warnings).toEqual([
      { contactId: contactIds[2], person: 'David Watt', field: 'office', usedLanguage: 'en' },
      { contactId: contactIds[1], person: 'Petra Hueck', field: 'office', usedLanguage: 'en' },
    ]);
  });

  it('refuses unknown contacts, another contact’s phones and the same person twice in a block', async () => {
    const { api } = bed();
    const { release, contactIds } = await releaseWithContacts();
    const [jo, petra] = contactIds;
    const blocks = await must(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [{ rows: [{ contactId: petra }] }],
    });
    const petraPhone = blocks.blocks[0]!.rows[0]!.contact.phones[0]!.id;
    const error = await mustFail(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [{ rows: [{ contactId: 999 }, { contactId: jo, phoneIds: [petraPhone] }, { contactId: jo }] }],
    });
    expect(error.kind).toBe('Validation');
    expect(error.issues?.map((i) => i.path)).toEqual([
      'blocks.0.rows.0.contactId',
      'blocks.0.rows.1.phoneIds.0',
      'blocks.0.rows.2.contactId',
    ]);
    expect((await mustFail(api, 'releases:add-to-block', { id: release.id, contactId: petra })).kind).toBe('Conflict');
    expect((await mustFail(api, 'releases:add-to-block', { id: release.id, contactId: jo, blockId: 12345 })).kind).toBe(
      'NotFound',
    );
  });

  it('drops a chosen number the contact no longer has, and shows no other in its place', async () => {
    const { api } = bed();
    const { release, contactIds } = await releaseWithContacts();
    const jo = contactIds[0];
    const set = await must(api, 'releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: jo }] }] });
    const [office, mobile] = set.blocks[0]!.rows[0]!.contact.phones;
    await must(api, 'releases:set-blocks', {
      id: release.id,
      blocks: [{ id: set.blocks[0]!.id, rows: [{ contactId: jo, phoneIds: [mobile!.id] }] }],
    });
    const contact = await api.call('contacts:get', { id: jo });
    const phones = (contact.ok ? (contact.value as { phones: { id: number; raw: string }[] }) : { phones: [] }).phones;
    await api.call('contacts:update', {
      id: jo,
      patch: { phones: [{ id: office!.id, raw: phones[0]!.raw }] },
    });
    const after = await must(api, 'releases:get-blocks', { id: release.id });
    expect(after.blocks[0]!.rows[0]!.phoneIds).toEqual([mobile!.id]);
    expect(after.preview.text).toContain(
      'Jo De Backer, Bureau régional de l’OIM à Bruxelles, Email\u00a0: jdebacker@iom.int',
    );
  });
});
