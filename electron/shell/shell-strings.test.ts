import { describe, expect, it } from 'vitest';
import { pickShellLanguage, shellStrings } from './shell-strings';

const leaves = (value: unknown, path = ''): [string, unknown][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
    : [[path, value]];

describe('shell strings', () => {
  it('are complete and non-empty in both languages', () => {
    const en = leaves(shellStrings.en);
    const fr = leaves(shellStrings.fr);
    expect(fr.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, value] of [...en, ...fr]) {
      if (typeof value === 'function') continue;
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });

  it('put a no-break space before French colons and semicolons', () => {
    const about = shellStrings.fr.dialog.aboutDetail({
      electron: '1',
      chrome: '2',
      node: '3',
      dbPath: '/x',
      schemaVersion: 1,
    });
    const text = [...leaves(shellStrings.fr).map(([, v]) => (typeof v === 'string' ? v : '')), about].join('\n');
    expect(text).not.toMatch(/[^\u00a0][:;](\s|$)/m);
  });

  it('follow the system: French for any French locale, English otherwise', () => {
    expect(pickShellLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickShellLanguage(['fr_BE'])).toBe('fr');
    expect(pickShellLanguage(['de-DE', 'en-GB', 'fr-FR'])).toBe('en');
    expect(pickShellLanguage(['de-DE'])).toBe('en');
    expect(pickShellLanguage([])).toBe('en');
  });
});
