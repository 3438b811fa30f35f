import { describe, expect, it } from 'vitest';
import { dbFlag } from './launch-args';

describe('--db on the Electron command line', () => {
  it.each([
    [['/usr/lib/electron', '.', '--db', '/tmp/a.db'], '/tmp/a.db'],
    [['/opt/PressDesk/pressdesk', '--db=/tmp/b.db'], '/tmp/b.db'],
    [['electron', '.', '--db', 'rel.db', '--no-sandbox'], 'rel.db'],
    [['electron', '.', '--db', 'first.db', '--db', 'last.db'], 'last.db'],
    [['electron', '.'], undefined],
    [['electron', '.', '--db'], undefined],
    [['electron', '.', '--db', '--inspect'], undefined],
    [['electron', '.', '--db='], undefined],
    [['electron', '.', '--dbx', 'y.db'], undefined],
    [['electron', '.', '--', '--db', 'after.db'], undefined],
  ])('%j → %s', (argv, expected) => expect(dbFlag(argv)).toBe(expected));
});
