import { z } from 'zod';

/** Several values in one cell: Google joins them with " ::: ", people with ";", "," or new lines. */
export function splitValues(cell: string): string[] {
  return cell
    .split(/\s*:::\s*|[;,\r\n]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Topic lists: the separators above, without Google's system labels ("* myContacts", "* starred"). */
export function splitTopics(cell: string): string[] {
  return splitValues(cell).filter((t) => !t.startsWith('* '));
}

/** "Jo De Backer <jdebacker@iom.int>", "mailto:jdebacker@iom.int", "jdebacker@iom.int." → "jdebacker@iom.int". */
export function cleanEmail(value: string): string {
  let text = value.trim();
  const angle = /<([^<>]+)>\s*$/.exec(text);
  if (angle) text = angle[1]!.trim();
  text = text.replace(/^mailto:/i, '');
  return text.replace(/[.;,]+$/, '');
}

/** The address shape the contact form accepts (the contract's `z.email()`), so an imported address stays editable. */
export const isEmail = (address: string) => address.length <= 320 && z.regexes.email.test(address);

/** A cell with nothing in it but blank space. */
export const isBlank = (value: string | null | undefined) =>
  value === null || value === undefined || value.trim() === '';

/** "tel:+32-486-51-12-12" (vCard 4) → "+32-486-51-12-12". */
export const cleanPhone = (value: string) => value.trim().replace(/^tel:/i, '').trim();
