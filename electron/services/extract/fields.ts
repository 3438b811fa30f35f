import { parsePersonName, type PersonName } from './names';
import { findOrganisation, mentionsOffice, startsWithOffice } from './organisations';
import { mentionsRegion, placeField } from './places';
import { mentionsTitle, mentionsUnit } from './titles';

/** What a text field of a contact line holds, once it is known not to be a person's name. */
export type FieldRole = 'title' | 'office' | 'unit' | 'region' | 'generic';

export function fieldRole(text: string): FieldRole {
  if (startsWithOffice(text)) return 'office';
  if (mentionsTitle(text)) return 'title';
  if (findOrganisation(text) !== null || mentionsOffice(text)) return 'office';
  if (mentionsUnit(text)) return 'unit';
  if (mentionsRegion(text)) return 'region';
  return 'generic';
}

export interface PersonField {
  readonly person: PersonName;
  /** Text before the name in the same field: "UNHCR spokesperson" in "UNHCR spokesperson Jane Doe". */
  readonly before: string | null;
  /** Text after a connector: "IOM Egypt" in "Dr. Samira Fawzy at IOM Egypt". */
  readonly after: string | null;
}

const CONNECTOR =
  / (?:at|with|from|of|in|for|à|au|aux|de|du|des|del|de la|de l'|de l’|d'|d’|da|do|dos|das|en|em|na|no|pour|para|في|من|لدى|ب) /gu;

function describesWhere(text: string): boolean {
  return findOrganisation(text) !== null || mentionsOffice(text) || placeField(text) !== null || mentionsTitle(text);
}

/** A title or an organisation ending right before a name: "UNHCR spokesperson", "IOM’s", "Porte-parole du HCR". */
function endsWithRole(text: string): boolean {
  const last = text.split(' ').pop() ?? '';
  const bare = last.replace(/['’]s?$/, '').replace(/^[dlDL]['’]/, '');
  return mentionsTitle(last) || findOrganisation(bare) === bare;
}

/**
 * Finds a person in a text field: the whole field, a name followed by where they work ("X at IOM Egypt",
 * "X de l’OIM"), or a name after its title ("IOM spokesperson Jane Doe").
 */
export function readPerson(text: string): PersonField | null {
  const whole = parsePersonName(text);
  if (whole) return { person: whole, before: null, after: null };

  for (const match of text.matchAll(CONNECTOR)) {
    const left = text.slice(0, match.index);
    const right = text
      .slice(match.index + match[0].length)
      .trim()
      .replace(/^(?:l['’]|(?:the|la|le|les|el|los|las|o|a|os|as)\s+)/u, '');
    const person = parsePersonName(left);
    if (person && right && describesWhere(right)) return { person, before: null, after: right };
  }

  const words = text.split(' ');
  for (let count = Math.min(6, words.length - 1); count >= 1; count -= 1) {
    const prefix = words.slice(0, words.length - count).join(' ');
    const person = parsePersonName(words.slice(words.length - count).join(' '));
    if (person && endsWithRole(prefix)) return { person, before: prefix, after: null };
  }
  return null;
}
