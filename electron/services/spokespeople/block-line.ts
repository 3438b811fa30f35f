import { renderContactBlock, type BlockPerson, type FallbackWarning } from '../contact-block/render';
import type { BlockTemplate } from '../contact-block/templates';

/**
 * One person's line of a contact block, from the same renderer and template as a release's block: the block is the
 * template's heading, this line and a final newline, so the line is what lies between.
 */
export function renderBlockLine(
  person: BlockPerson,
  lang: string,
  template: BlockTemplate,
): { line: string; warnings: FallbackWarning[] } {
  const { text, warnings } = renderContactBlock([{ people: [person] }], lang, template);
  return { line: text.slice(template.heading.length + 1, -1), warnings };
}
