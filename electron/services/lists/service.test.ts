import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { updateContact } from '../../../db/queries/contacts';
import {
  contactActivityInput,
  handoffEmlInput,
  handoffInput,
  handoffRecordInput,
  listAttachInput,
  listInput,
  listMembersInput,
  listMembershipInput,
  listUpdateInput,
} from '../../ipc/contract/lists';
import type { ServiceContext } from '../context';
import { hasTool, runTool, seedSheetDirectory } from '../export/testing/directory';
import { listService } from './service';

let opened: OpenedDatabase;
let ctx: ServiceContext;
let ids: ReturnType<typeof seedSheetDirectory>['ids'];
let offices: ReturnType<typeof seedSheetDirectory>['offices'];

beforeEach(async () => {
  opened = await openDatabase(':memory:');
  ({ ids, offices } = seedSheetDirectory(opened.db));
  ctx = { db: opened.db, dbPath: ':memory:', schemaVersion: opened.schemaVersion, version: 'test', shell: 'browser' };
});
afterEach(() => opened.close());

const createSmartList = () =>
  listService.create(
    ctx,
    listInput.parse({
      name: 'Geneva press',
      description: 'Everyone at HQ, plus Cairo',
      filter: { officeId: offices.geneva },
    }),
  );

describe('list service', () => {
  it('creates a smart list, adds, excludes and removes people in bulk, with live counts', () => {
    const list = createSmartList();
    expect(list.counts).toMatchObject({ members: 2, byFilter: 2, sendable: 2 });
    expect(list.filter).toEqual({ query: '', officeId: offices.geneva, includeArchived: false });
    const added = listService.addMembers(
      ctx,
      listMembershipInput.parse({ id: list.id, contactIds: [ids.samer, ids.quiet, 9999] }),
    );
    expect(added).toMatchObject({
      changed: 2,
      unknown: 1,
      counts: { members: 4, addedByHand: 2, doNotContact: 1, sendable: 3 },
    });
    const excluded = listService.excludeMembers(
      ctx,
      listMembershipInput.parse({ id: list.id, contactIds: [ids.inigo] }),
    );
    expect(excluded.counts).toMatchObject({ members: 3, excludedByHand: 1 });
    const page = listService.members(ctx, listMembersInput.parse({ id: list.id }));
    expect(page.total).toBe(3);
    const quiet = page.rows.find((r) => r.id === ids.quiet)!;
    expect(quiet).toMatchObject({
      displayName: 'Dana Quiet',
      addedByHand: true,
      byFilter: false,
      warnings: ['do-not-contact'],
    });
    const helene = page.rows.find((r) => r.id === ids.helene)!;
    expect(helene).toMatchObject({ byFilter: true, addedByHand: false, phone: '+41 22 717 91 11', warnings: [] });
    const excludedPage = listService.members(ctx, listMembersInput.parse({ id: list.id, status: 'excluded' }));
    expect(excludedPage.rows.map((r) => [r.id, r.excludedByHand])).toEqual([[ids.inigo, true]]);
    const removed = listService.removeMembers(
      ctx,
      listMembershipInput.parse({ id: list.id, contactIds: [ids.helene, ids.samer] }),
    );
    expect(removed).toMatchObject({ changed: 2, counts: { members: 1 } });
    const reset = listService.resetMembers(
      ctx,
      listMembershipInput.parse({ id: list.id, contactIds: [ids.helene, ids.inigo] }),
    );
    expect(reset.counts).toMatchObject({ members: 3, excludedByHand: 0 });
  });

  it('renames, archives and restores, logging each change', () => {
    const list = createSmartList();
    const renamed = listService.update(
      ctx,
      listUpdateInput.parse({ id: list.id, patch: { name: 'HQ press', filter: null } }),
    );
    expect(renamed).toMatchObject({
      name: 'HQ press',
      filter: null,
      description: 'Everyone at HQ, plus Cairo',
      counts: { members: 0 },
    });
    expect(listService.archive(ctx, { id: list.id, archived: true }).archivedAt).not.toBeNull();
    expect(listService.list(ctx, { query: '', includeArchived: false }).rows).toEqual([]);
    expect(listService.list(ctx, { query: 'hq', includeArchived: true }).rows.map((l) => l.id)).toEqual([list.id]);
    expect(listService.archive(ctx, { id: list.id, archived: false }).archivedAt).toBeNull();
    const kinds = opened.db.$client
      .prepare("SELECT kind FROM activity WHERE subject = 'list' ORDER BY id")
      .pluck()
      .all();
    expect(kinds).toEqual(['created', 'updated', 'archived', 'restored']);
  });

  it('flags a saved filter that no longer fits and keeps the hand-picked members', () => {
    const list = createSmartList();
    listService.addMembers(ctx, listMembershipInput.parse({ id: list.id, contactIds: [ids.samer] }));
    opened.db.$client
      .prepare('UPDATE distribution_lists SET filter = ? WHERE id = ?')
      .run('{"role":"astronaut"}', list.id);
    const got = listService.get(ctx, { id: list.id });
    expect(got).toMatchObject({ filter: null, filterInvalid: true, counts: { members: 1 } });
  });

  it('attaches lists to releases', () => {
    const list = createSmartList();
    const release = opened.db.$client
      .prepare(
        `INSERT INTO releases (reference, year, language, translation_group, title, body_text, body_html, created_at, updated_at)
         VALUES ('PR-2026-001', 2026, 'fr', 'g1', 'Communiqué : Genève', 'Texte', '<p>Texte</p>', '2026-03-12', '2026-03-12') RETURNING id`,
      )
      .pluck()
      .get() as number;
    const attached = listService.attach(ctx, listAttachInput.parse({ id: list.id, releaseId: release }));
    expect(attached.releases).toEqual([
      { id: release, reference: 'PR-2026-001', title: 'Communiqué : Genève', language: 'fr', status: 'draft' },
    ]);
    expect(listService.get(ctx, { id: list.id }).releases).toHaveLength(1);
    expect(
      listService.attach(ctx, listAttachInput.parse({ id: list.id, releaseId: release, attached: false })).releases,
    ).toEqual([]);
    expect(() => listService.attach(ctx, listAttachInput.parse({ id: list.id, releaseId: 777 }))).toThrow(
      'does not exist',
    );
  });

  describe('mail hand-off', () => {
    it('cuts the list into Bcc batches that never include do-not-contact people', () => {
      const list = createSmartList();
      listService.addMembers(ctx, listMembershipInput.parse({ id: list.id, contactIds: Object.values(ids) }));
      updateContact(opened.db, ids.inigo, { emails: [] });
      const handoff = listService.handoff(
        ctx,
        handoffInput.parse({ id: list.id, batchSize: 2, subject: 'Communiqué', separator: 'semicolon' }),
      );
      expect(handoff.recipients).toBe(3);
      expect(handoff.batches.map((b) => b.addresses.length)).toEqual([2, 1]);
      const all = handoff.batches.flatMap((b) => b.addresses);
      expect(all).not.toContain('dana@example.org');
      expect(handoff.batches[0]!.text).toBe(handoff.batches[0]!.addresses.join('; '));
      expect(handoff.batches[0]!.mailto).toMatch(/^mailto:\?bcc=.+&subject=Communiqu%C3%A9$/);
      expect(handoff.unreachable.map((u) => [u.displayName, u.reason]).sort()).toEqual([
        ['Dana Quiet', 'do-not-contact'],
        ['Íñigo Núñez Peña', 'no-email'],
      ]);
    });

    it('cleans a hand-written HTML message the way release bodies are cleaned', () => {
      const list = createSmartList();
      const [batch] = listService.handoff(ctx, handoffInput.parse({ id: list.id })).batches;
      const draft = listService.handoffEml(
        ctx,
        handoffEmlInput.parse({
          id: list.id,
          contactIds: batch!.contactIds,
          batch: 1,
          message: {
            subject: 'Communiqué',
            text: 'Bonjour',
            html: '<p onclick="x()">Bonjour</p><script>alert(1)</script><a href="javascript:alert(1)">lien</a>',
          },
          from: { name: 'Presse', address: 'presse@iom.int' },
        }),
      );
      // Quoted-printable soft breaks joined again, so a word split across lines is still seen.
      const body = draft.content.replace(/=\r?\n/g, '');
      expect(body).toContain('Bonjour');
      expect(body).not.toMatch(/<script|javascript:|onclick/i);
    });

    it('writes a batch as an .eml draft, re-checking people, and logs what each was sent', () => {
      const list = createSmartList();
      listService.addMembers(ctx, listMembershipInput.parse({ id: list.id, contactIds: [ids.quiet] }));
      const [batch] = listService.handoff(ctx, handoffInput.parse({ id: list.id })).batches;
      // Marked do-not-contact after the batches were shown: still left out of the draft.
      updateContact(opened.db, ids.inigo, { doNotContact: true });
      const draft = listService.handoffEml(
        ctx,
        handoffEmlInput.parse({
          id: list.id,
          contactIds: [...batch!.contactIds, ids.quiet],
          batch: 1,
          message: { subject: 'Communiqué', text: 'Bonjour', html: '<p>Bonjour</p>' },
          from: { name: 'Presse', address: 'presse@iom.int' },
        }),
      );
      expect(draft).toMatchObject({ fileName: 'geneva-press-1.eml', recipients: 1 });
      expect(draft.leftOut.map((u) => u.reason).sort()).toEqual(['do-not-contact', 'do-not-contact']);
      expect(draft.content).toContain('X-Unsent: 1');
      if (hasTool('python3')) {
        const bcc = runTool(
          'python3',
          [
            '-c',
            "import email,sys; from email import policy; m=email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default); print(','.join(a.addr_spec for a in m['Bcc'].addresses))",
          ],
          draft.content,
        );
        expect(bcc.trim()).toBe('hlefevre@iom.int');
      }
      listService.handoffRecord(
        ctx,
        handoffRecordInput.parse({ id: list.id, contactIds: [ids.helene], via: 'bcc-copy', batch: 1 }),
      );
      const activity = listService.contactActivity(ctx, contactActivityInput.parse({ contactId: ids.helene }));
      expect(activity.rows.map((r) => [r.kind, r.listName, r.detail])).toEqual([
        ['sent', 'Geneva press', { via: 'bcc-copy', batch: 1 }],
        ['sent', 'Geneva press', { via: 'eml', batch: 1 }],
      ]);
      expect(listService.contactActivity(ctx, contactActivityInput.parse({ contactId: ids.inigo })).total).toBe(0);
    });

    it('sends a release as the body: its title as subject, its HTML and text as the parts', () => {
      const list = createSmartList();
      const release = opened.db.$client
        .prepare(
          `INSERT INTO releases (year, language, translation_group, title, body_text, body_html, created_at, updated_at)
           VALUES (2026, 'fr', 'g1', 'Communiqué', 'Texte du communiqué', '<p>Texte du communiqué</p>', '2026-03-12', '2026-03-12') RETURNING id`,
        )
        .pluck()
        .get() as number;
      const draft = listService.handoffEml(
        ctx,
        handoffEmlInput.parse({ id: list.id, contactIds: [ids.helene], releaseId: release }),
      );
      expect(draft.content).toContain(`Subject: =?UTF-8?B?${Buffer.from('Communiqué').toString('base64')}?=`);
      expect(draft.content).toContain('Content-Type: text/html; charset=UTF-8');
      const row = opened.db.$client.prepare("SELECT release_id FROM activity WHERE kind = 'sent'").pluck().get();
      expect(row).toBe(release);
      expect(() =>
        listService.handoffEml(ctx, handoffEmlInput.parse({ id: list.id, contactIds: [ids.helene] })),
      ).toThrow('Choose a release or write a message');
    });
  });
});
