import { describe, expect, it } from 'vitest';
import { formatReference, nextReference, referenceNumber, referencePatternProblem } from './reference';

describe('reference patterns', () => {
  it('formats, reads back and continues the numbering of a year', () => {
    expect(formatReference('PR-{YYYY}-{NNN}', 2026, 14)).toBe('PR-2026-014');
    expect(formatReference('{YY}/{N}', 2026, 1234)).toBe('26/1234');
    expect(referenceNumber('PR-{YYYY}-{NNN}', 2026, 'PR-2026-1000')).toBe(1000);
    expect(referenceNumber('PR-{YYYY}-{NNN}', 2026, 'PR-2025-014')).toBeNull();
    expect(referenceNumber('PR.{YYYY}.{NNN}', 2026, 'PRx2026x014')).toBeNull();
    expect(nextReference('PR-{YYYY}-{NNN}', 2026, ['PR-2026-014', 'PR-2026-009', 'PR-2025-400', 'other'])).toBe(
      'PR-2026-015',
    );
    expect(nextReference('PR-{YYYY}-{NNN}', 2027, ['PR-2026-014'])).toBe('PR-2027-001');
  });

  it('says what is wrong with a pattern that cannot number releases', () => {
    expect(referencePatternProblem('PR-{YYYY}-{NNN}')).toBeNull();
    expect(referencePatternProblem('PR-{YYYY}')).toMatch(/one number/);
    expect(referencePatternProblem('PR-{NNN}-{NN}')).toMatch(/one number/);
    expect(referencePatternProblem('PR-{NNN}')).toMatch(/year/);
    expect(referencePatternProblem('PR-{YYYY}-{NNN}-{LANG}')).toMatch(/between braces/);
  });
});
