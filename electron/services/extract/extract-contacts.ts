import { findBlocks, type BlockLines } from './blocks';
import { guessBlockLanguage } from './block-language';
import { buildContacts } from './entries';
import { decodeEntities } from './html-entities';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { tokenizeLine, type Token } from './line-tokens';
import { normalizeText } from './normalize';
import type { CarriedLabel } from './phones';
import type { ExtractResult, ExtractedBlock } from './types';

// A line cut mid-phrase ends on a word that cannot end a field: "porte-parole de" / "l’OIM à Genève".
const CUT_MID_PHRASE =
  /(?:^|\s)(?:de|du|des|d['’]|of|for|and|the|et|y|e|da|do|dos|das|del|para|pour|à|a|au|aux|en|em|in|at|la|le|les|el|los|las|al|with|on|في|من|لدى)$/iu;

/** Rejoins a title or office that was hard-wrapped mid-phrase. */
function unwrap(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && line.trim() !== '' && CUT_MID_PHRASE.test(previous.trimEnd())) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    } else out.push(line);
  }
  return out;
}

function tokenizeBlock(lines: readonly string[]): Token[][] {
  let carried: CarriedLabel | null = null;
  return unwrap(lines).map((line) => {
    if (line.trim() === '') return [];
    const result = tokenizeLine(line, carried);
    carried = result.carried;
    return result.tokens;
  });
}

function toBlocks(raw: readonly BlockLines[]): ExtractedBlock[] {
  return raw
    .map((block) => ({
      heading: block.heading,
      language: block.language ?? guessBlockLanguage(block.lines),
      contacts: buildContacts(tokenizeBlock(block.lines), block.heading === null),
    }))
    .filter((block) => block.contacts.length > 0);
}

/**
 * Finds the contact blocks of a release — plain text or a whole HTML page — and reads the people, teams, titles,
 * offices, places, languages, phones (E.164) and emails in them. Pure: no I/O, same input, same output.
 */
export function extractContacts(input: string): ExtractResult {
  const text = normalizeText(looksLikeHtml(input) ? htmlToText(input) : decodeEntities(input));
  const { headed, unheaded } = findBlocks(text);
  const blocks = toBlocks(headed);
  return { blocks: blocks.length > 0 ? blocks : toBlocks(unheaded()) };
}
