import { describe, expect, it } from 'vitest';
import { formatDateline, formatEmbargoLine, zoneAbbreviation } from './dateline';

describe('formatDateline', () => {
  it('prints the dateline as each language writes it', () => {
    expect(formatDateline('Bruxelles', '2018-04-12', 'fr')).toBe('Bruxelles – Jeudi 12 avril 2018');
    expect(formatDateline('Brussels', '2018-04-12', 'en')).toBe('Brussels – Thursday, 12 April 2018');
    expect(formatDateline('Bruselas', '2018-04-12', 'es')).toBe('Bruselas – Jueves, 12 de abril de 2018');
    expect(formatDateline('بروكسل', '2018-04-12', 'ar')).toBe('بروكسل – الخميس 12 أبريل 2018');
  });

  it('writes the first of the month as French does', () => {
    expect(formatDateline('Genève', '2018-04-01', 'fr')).toBe('Genève – Dimanche 1er avril 2018');
  });

  it('prints what it has when the city or the date is missing', () => {
    expect(formatDateline(null, '2018-04-12', 'en')).toBe('Thursday, 12 April 2018');
    expect(formatDateline('Dakar', null, 'fr')).toBe('Dakar');
    expect(formatDateline('  ', null, 'fr')).toBeNull();
  });
});

describe('formatEmbargoLine', () => {
  const instant = '2018-04-12T08:00:00.000Z';

  it('prints the embargo at the wall-clock time of its zone, in the release language', () => {
    expect(formatEmbargoLine(instant, 'Europe/Brussels', 'en')).toBe('EMBARGOED UNTIL 12 April 2018, 10:00 CEST');
    expect(formatEmbargoLine(instant, 'Europe/Brussels', 'fr')).toBe(
      'SOUS EMBARGO JUSQU’AU 12 avril 2018, 10 h 00 HAEC',
    );
    expect(formatEmbargoLine(instant, 'Europe/Brussels', 'es')).toBe(
      'BAJO EMBARGO HASTA EL 12 de abril de 2018, 10:00 CEST',
    );
  });

  it('follows the zone across midnight and winter time', () => {
    expect(formatEmbargoLine('2018-01-11T23:30:00Z', 'Europe/Paris', 'fr')).toBe(
      'SOUS EMBARGO JUSQU’AU 12 janvier 2018, 0 h 30 HNEC',
    );
    expect(formatEmbargoLine('2018-04-12T14:05:00Z', 'America/New_York', 'en')).toBe(
      'EMBARGOED UNTIL 12 April 2018, 10:05 EDT',
    );
  });

  it('writes zones without a known abbreviation as an offset', () => {
    const at = new Date(instant);
    expect(zoneAbbreviation(at, 'Asia/Bangkok', 'en')).toBe('GMT+7');
    expect(zoneAbbreviation(at, 'Asia/Bangkok', 'fr')).toBe('UTC+7');
    expect(zoneAbbreviation(at, 'Europe/London', 'en')).toBe('BST');
  });
});
