import { describe, expect, it } from 'vitest';
import { DuplicateFinder } from './duplicates';
import { fold } from './fold';
import { jaroWinkler } from './jaro-winkler';
import { nameParts, nameScore, nameSimilarity, namesConflict, splitFullName } from './names';
import { countryCode, languageCode } from './places';

describe('names', () => {
  it('folds case, accents, punctuation and letters NFD keeps whole', () => {
    expect(fold('  Jo  DE Bäcker-Smith ')).toBe('jo de backer smith');
    expect(fold('Søren Łukasz Œuvre')).toBe('soren lukasz oeuvre');
  });

  it('splits a one-piece name at particles and capitals, keeping honorifics out', () => {
    expect(splitFullName('Jo De Backer')).toEqual({ honorific: null, givenName: 'Jo', familyName: 'De Backer' });
    expect(splitFullName('Dr. Asma Nadeem')).toEqual({ honorific: 'Dr.', givenName: 'Asma', familyName: 'Nadeem' });
    expect(splitFullName('Mary Ann Smith')).toEqual({ honorific: null, givenName: 'Mary Ann', familyName: 'Smith' });
    expect(splitFullName('DE BACKER Jo')).toEqual({ honorific: null, givenName: 'Jo', familyName: 'DE BACKER' });
    expect(splitFullName('Ana da Silva')).toEqual({ honorific: null, givenName: 'Ana', familyName: 'da Silva' });
    expect(splitFullName('M. Jean Dupont')).toEqual({ honorific: 'M.', givenName: 'Jean', familyName: 'Dupont' });
    expect(splitFullName('M Dupont')).toEqual({ honorific: null, givenName: 'M', familyName: 'Dupont' });
    expect(splitFullName('Madonna')).toEqual({ honorific: null, givenName: '', familyName: 'Madonna' });
  });

  it('scores names with Jaro-Winkler, word order aside', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('', 'x')).toBe(0);
    expect(nameSimilarity('de backer jo', 'jo de backer')).toBe(1);
    expect(nameSimilarity('petra huck', 'petra hueck')).toBeGreaterThanOrEqual(0.92);
  });

  it('scores given and family names apart, so a shared first name or family name is not enough', () => {
    const score = (a: string, b: string) => {
      const [x, y] = [splitFullName(a), splitFullName(b)];
      return nameScore(nameParts(x.givenName, x.familyName), nameParts(y.givenName, y.familyName));
    };
    expect(score('Petra Hück', 'Petra Hueck')).toBeGreaterThanOrEqual(0.92);
    expect(score('Katherine Smith', 'Catherine Smith')).toBeGreaterThanOrEqual(0.92);
    expect(score('Jon Smith', 'John Smith')).toBeGreaterThanOrEqual(0.92);
    expect(score('Mary Smith', 'Mary Ann Smith')).toBe(1);
    expect(score('De Backer Jo', 'Jo De Backer')).toBe(1);
    expect(score('Alistair Bennett', 'Alistair Brennan')).toBeLessThan(0.92);
    expect(score('Rana Al-Masri', 'Omar Al-Masri')).toBeLessThan(0.92);
    expect(nameScore(nameParts('Ximena', 'Flores Mamani'), nameParts('Ximena', 'Mamani'))).toBeLessThan(0.92);
    expect(nameScore(nameParts('', 'Madonna'), nameParts('', 'Madona'))).toBeGreaterThanOrEqual(0.92);
  });

  it('calls names plainly different only when they share no word and look nothing alike', () => {
    expect(namesConflict('amina diallo', 'carlos mendes')).toBe(true);
    expect(namesConflict('jo de backer', 'johanna de backer')).toBe(false);
    expect(namesConflict('petra huck', 'petra hueck')).toBe(false);
    expect(namesConflict('', 'carlos mendes')).toBe(false);
  });
});

describe('duplicate finder', () => {
  const person = (name: string, organisation: string, emails: string[] = [], e164s: string[] = []) => {
    const { givenName, familyName } = splitFullName(name);
    return { ...nameParts(givenName, familyName), name, organisation, emails, e164s };
  };

  it('matches by email, phone and similar name in the same organisation, strongest first', () => {
    const finder = new DuplicateFinder();
    finder.add({ kind: 'contact', id: 1 }, person('Petra Hück', 'id:3', ['hueck@icmc.net'], ['+3222279729']));
    expect(finder.find(person('Petra Hueck', 'id:3', [], ['+3222279729']))).toMatchObject({
      target: { kind: 'contact', id: 1 },
      reasons: ['phone', 'name'],
    });
    expect(finder.find(person('P. Hück', 'id:9', ['HUECK@icmc.net']))?.reasons).toEqual(['email']);
    expect(finder.find(person('Petra Hueck', 'id:4'))).toBeNull();
  });

  it('does not make one person of a shared switchboard number', () => {
    const finder = new DuplicateFinder();
    finder.add({ kind: 'contact', id: 1 }, person('Amina Diallo', 'id:1', [], ['+41227179111']));
    expect(finder.find(person('Carlos Mendes', 'id:1', [], ['+41227179111']))).toBeNull();
  });

  it('matches names without an organisation only when they are the same name', () => {
    const finder = new DuplicateFinder();
    finder.add({ kind: 'row', row: 2 }, person('Maria Garcia', ''));
    expect(finder.find(person('María García', ''))).toMatchObject({
      target: { kind: 'row', row: 2 },
      reasons: ['name'],
      score: 1,
    });
    expect(finder.find(person('Mario Garcia', ''))).toBeNull();
  });
});

describe('places', () => {
  it('reads countries and languages written in several languages', () => {
    expect(['Belgique', 'Belgium', 'BE', 'belgica'].map(countryCode)).toEqual(['BE', 'BE', 'BE', 'BE']);
    expect(countryCode("Côte d'Ivoire")).toBe('CI');
    expect(countryCode('Atlantis')).toBeNull();
    expect(['French', 'français', 'FR', 'fr-BE', 'Inglés', 'Árabe'].map(languageCode)).toEqual([
      'fr',
      'fr',
      'fr',
      'fr',
      'en',
      'ar',
    ]);
    expect(languageCode('Klingon')).toBeNull();
  });
});
