import type { Db } from '../../../db/client';
import { readReleaseSetting } from '../../../db/queries/release-settings';
import { savedBlockTemplate, type SavedBlockTemplate } from '../../ipc/contract/contact-blocks';

/**
 * The templates saved in Settings. Read entry by entry: one that no longer fits (hand-edited, or from another
 * version) is dropped and its language falls back to the default, rather than losing every other template.
 */
export function readSavedTemplates(db: Db): SavedBlockTemplate[] {
  const value = readReleaseSetting(db, 'blockTemplates');
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = savedBlockTemplate.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** One template per organisation and language: the last one given wins, as a form's latest save should. */
export function distinctTemplates(templates: readonly SavedBlockTemplate[]): SavedBlockTemplate[] {
  const byKey = new Map<string, SavedBlockTemplate>();
  for (const t of templates) byKey.set(`${t.organisationId ?? ''}:${t.language}`, t);
  return [...byKey.values()];
}
