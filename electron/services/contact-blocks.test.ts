import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadIom2018Contacts } from '../testing/iom-2018-fixture';
import { useMemoryApi } from '../testing/memory-api';

const sample = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/samples/iom-release-fr-2018.block-fr.txt',
);

const { api } = useMemoryApi();

describe('contact-blocks:render', () => {
  it('renders the sample release block from the three records, by email, byte for byte', async () => {
    await loadIom2018Contacts(api());
    const result = await api().call('contact-blocks:render', {
      lang: 'fr',
      contacts: ['jdebacker@iom.int', 'hueck@icmc.net', 'wattd@unhcr.org'],
    });
    expect(result).toMatchObject({ ok: true, value: { lang: 'fr', warnings: [] } });
    expect(result.ok && (result.value as { text: string }).text).toBe(fs.readFileSync(sample, 'utf8'));
  });

  it('renders by id in English', async () => {
    const { contactIds } = await loadIom2018Contacts(api());
    const result = await api().call('contact-blocks:render', { lang: 'en', contacts: [contactIds[2]] });
    expect(result.ok && (result.value as { text: string }).text).toBe(
      'For more information, please contact:\nDavid Watt, UNHCR Bureau for Europe, Brussels, Tel: +32 2 627 59 58, Email: wattd@unhcr.org\n',
    );
  });

  it('says which contact does not exist', async () => {
    const result = await api().call('contact-blocks:render', { lang: 'fr', contacts: ['nobody@example.org'] });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'NotFound', message: 'No contact with the email nobody@example.org' },
    });
  });
});
