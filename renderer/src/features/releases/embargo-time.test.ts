import { describe, expect, it } from 'vitest';
import { instantOf, wallTimeIn } from './embargo-time';

describe('embargo wall time', () => {
  it('reads a Brussels summer time as UTC+2 and shows it back', () => {
    expect(instantOf('2018-04-12T10:00', 'Europe/Brussels')).toBe('2018-04-12T08:00:00.000Z');
    expect(wallTimeIn('2018-04-12T08:00:00.000Z', 'Europe/Brussels')).toBe('2018-04-12T10:00');
  });

  it('uses the winter offset in January and a negative one west of Greenwich', () => {
    expect(instantOf('2026-01-15T09:30', 'Europe/Paris')).toBe('2026-01-15T08:30:00.000Z');
    expect(instantOf('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T13:00:00.000Z');
  });

  it('round-trips across many zones and dates', () => {
    for (const zone of ['Asia/Kolkata', 'Australia/Adelaide', 'America/Sao_Paulo', 'Africa/Nairobi', 'UTC']) {
      for (const wall of ['2026-03-29T12:15', '2026-10-25T18:45', '2026-12-31T23:59']) {
        const instant = instantOf(wall, zone);
        expect(instant).not.toBeNull();
        expect(wallTimeIn(instant ?? '', zone)).toBe(wall);
      }
    }
  });

  it('refuses an incomplete value', () => {
    expect(instantOf('2026-03-29', 'UTC')).toBeNull();
    expect(instantOf('', 'UTC')).toBeNull();
  });
});
