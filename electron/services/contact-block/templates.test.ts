import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeReleaseSetting } from '../../../db/queries/release-settings';
import type { SavedBlockTemplate } from '../../ipc/contract/contact-blocks';
import { loadIom2018Contacts } from '../../testing/iom-2018-fixture';
import { must } from '../releases/testing/api';
import { useReleaseTestBed } from '../releases/testing/setup';
import { defaultTemplates, resolveTemplate } from './templates';

const sample = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../shared/samples/iom-release-fr-2018.block-fr.txt',
  ),
  'utf8',
);

const { direction: _fr, ...frText } = defaultTemplates.fr!;
const labelled = (organisationId: number | null, heading: string): SavedBlockTemplate => ({
  ...frText,
  organisationId,
  language: 'fr',
  heading,
  labelPhonesByKind: true,
});

const bed = useReleaseTestBed();

async function textOf(result: Promise<{ ok: boolean; value?: unknown }>) {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r));
  return (r.value as { text: string }).text;
}

describe('contact block templates', () => {
  it('takes the organisation’s template, else the one for all organisations, else the default', () => {
    const saved = [labelled(null, 'Tous'), labelled(7, 'Sept')];
    expect(resolveTemplate(saved, 'fr', 7).heading).toBe('Sept');
    expect(resolveTemplate(saved, 'fr', 8).heading).toBe('Tous');
    expect(resolveTemplate(saved, 'fr', null).heading).toBe('Tous');
    expect(resolveTemplate(saved, 'en', 7)).toEqual(defaultTemplates.en);
    expect(resolveTemplate([{ ...labelled(null, 'x'), language: 'ar' }], 'ar', null).direction).toBe('rtl');
  });

  it('lays out the app’s preview, the CLI’s render and the exports with the saved template', async () => {
    const { api, ctx } = bed();
    const { contactIds } = await loadIom2018Contacts(api);
    const iom = await must(api, 'releases:create', { language: 'fr', title: 'T' });
    const org = (await api.call('organisations:list', {})) as { ok: true; value: { rows: { id: number }[] } };
    const orgId = org.value.rows[0]!.id;
    const own = await must(api, 'releases:create', { language: 'fr', title: 'T', organisationId: orgId });
    for (const release of [iom, own])
      await must(api, 'releases:set-blocks', { id: release.id, blocks: [{ rows: [{ contactId: contactIds[0]! }] }] });

    const before = await must(api, 'releases:get-blocks', { id: own.id });
    expect(sample.startsWith(before.preview.text.split('\n')[0]!)).toBe(true);

    const saved = await must(api, 'releases:update-settings', {
      blockTemplates: [labelled(null, 'Contact presse\u00a0:'), labelled(orgId, 'Contact OIM\u00a0:')],
    });
    expect(saved.blockTemplates.map((t) => t.heading)).toEqual(['Contact presse\u00a0:', 'Contact OIM\u00a0:']);

    const line = 'Jo De Backer, Bureau régional de l’OIM à Bruxelles, Tél.\u00a0: +32 2 287 71 15, ';
    expect((await must(api, 'releases:get-blocks', { id: own.id })).preview.text).toBe(
      `Contact OIM\u00a0:\n${line}Tél.\u00a0: +32 470 13 10 28, Email\u00a0: jdebacker@iom.int\n`,
    );
    expect((await must(api, 'releases:get-blocks', { id: iom.id })).preview.text.split('\n')[0]).toBe(
      'Contact presse\u00a0:',
    );
    expect((await must(api, 'releases:render', { id: own.id })).text).toContain('Contact OIM\u00a0:\nJo De Backer');
    expect(
      await textOf(
        api.call('contact-blocks:render', { lang: 'fr', contacts: [contactIds[0]!], organisationId: orgId }),
      ),
    ).toContain('Contact OIM');
    expect(await textOf(api.call('contact-blocks:render', { lang: 'fr', contacts: [contactIds[0]!] }))).toContain(
      'Contact presse',
    );

    // Saving the same organisation and language twice keeps the last; a stored entry that no longer fits is ignored.
    const again = await must(api, 'releases:update-settings', {
      blockTemplates: [labelled(null, 'Un\u00a0:'), labelled(null, 'Deux\u00a0:')],
    });
    expect(again.blockTemplates.map((t) => t.heading)).toEqual(['Deux\u00a0:']);
    writeReleaseSetting(ctx.db, 'blockTemplates', [
      { language: 'fr', heading: 'broken' },
      labelled(null, 'Trois\u00a0:'),
    ]);
    expect((await must(api, 'releases:get-settings', {})).blockTemplates.map((t) => t.heading)).toEqual([
      'Trois\u00a0:',
    ]);

    // Back to no saved template: the sample block is byte for byte again.
    await must(api, 'releases:update-settings', { blockTemplates: [] });
    expect(
      await textOf(
        api.call('contact-blocks:render', {
          lang: 'fr',
          contacts: ['jdebacker@iom.int', 'hueck@icmc.net', 'wattd@unhcr.org'],
        }),
      ),
    ).toBe(sample);
  });

  it('refuses an empty heading or separator', async () => {
    const { api } = bed();
    const result = await api.call('releases:update-settings', {
      blockTemplates: [{ ...labelled(null, '  '), fieldSeparator: '' }],
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'Validation' } });
    expect(result.ok ? [] : result.error.issues?.map((i) => i.path)).toEqual([
      'blockTemplates.0.heading',
      'blockTemplates.0.fieldSeparator',
    ]);
  });

  it('shows the shipped templates and lays out a sample person with an unsaved one, right to left in Arabic', async () => {
    const { api } = bed();
    const defaults = await api.call('contact-blocks:template-defaults', {});
    expect(
      defaults.ok && (defaults.value as { templates: { language: string }[] }).templates.map((t) => t.language),
    ).toEqual(['en', 'fr', 'es', 'ar']);
    const { direction: _en, ...enText } = defaultTemplates.en!;
    const en = await api.call('contact-blocks:template-sample', {
      language: 'en',
      template: { ...enText, labelPhonesByKind: true, phoneKindLabels: { ...enText.phoneKindLabels, mobile: 'Cell' } },
    });
    expect(en).toEqual({
      ok: true,
      value: {
        direction: 'ltr',
        text:
          'For more information, please contact:\nCamille Laurent, Spokesperson, Regional Office for Europe, Brussels, ' +
          'Tel: +32 2 287 71 15, Cell: +32 470 13 10 28, Email: press@example.org\n',
      },
    });
    const { direction: _ar, ...arText } = defaultTemplates.ar!;
    const ar = await api.call('contact-blocks:template-sample', { language: 'ar', template: arText });
    expect(ar).toMatchObject({ ok: true, value: { direction: 'rtl' } });
    expect(ar.ok && (ar.value as { text: string }).text).toContain(
      'متحدثة رسمية، المكتب الإقليمي لأوروبا، بروكسل، هاتف: ',
    );
  });
});
