import type { Db } from '../../../db/client';
import { getContact } from '../../../db/queries/contacts';
import {
  compactContactSearch,
  eraseContactRows,
  freezeBlockText,
  frozenBlockText,
  releasesKeepingText,
} from '../../../db/queries/erasure';
import { getBlocks } from '../../../db/queries/release-blocks';
import type { ChannelOutput, ChannelParsedInput } from '../../ipc/contract';
import { AppError } from '../../ipc/contract/errors';
import { displayName } from '../contacts';
import type { ServiceContext } from '../context';
import { contactLoader, renderReleaseBlocks } from '../releases/contact-blocks';

const normalized = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Erases a person in one transaction. First each published release they appear in gets its contact block text
 * frozen as it is now (or keeps the text frozen by an earlier erasure), so the public record does not change; then
 * every row about them goes, in every table; only an 'erased' activity entry without personal data remains.
 */
export function eraseContact(db: Db, id: number, at = new Date().toISOString()) {
  return db.transaction(() => {
    const kept = releasesKeepingText(db, id);
    const texts = kept.map((r) => {
      const blocks = getBlocks(db, r.id);
      return (
        frozenBlockText(db, r.id, blocks) ??
        renderReleaseBlocks(contactLoader(db), blocks, r.language, r.organisationId).text
      );
    });
    const rows = eraseContactRows(db, id, at);
    kept.forEach((r, i) => freezeBlockText(db, r.id, texts[i]!, getBlocks(db, r.id), at));
    return { releasesKeptText: kept.length, rows };
  });
}

export function eraseService(ctx: ServiceContext, input: ChannelParsedInput<'contacts:erase'>) {
  const contact = getContact(ctx.db, input.id);
  if (!contact) throw new AppError('NotFound', `Contact ${input.id} does not exist`);
  const name = displayName(contact);
  if (normalized(input.confirmation) !== normalized(name)) {
    const message = `Type the person's name, ${name}, to confirm: nothing was deleted`;
    throw new AppError('Validation', message, [{ path: 'confirmation', message }]);
  }
  // Deleted pages are overwritten with zeros rather than left readable in the file's free list.
  const secureDelete = ctx.db.$client.pragma('secure_delete', { simple: true }) as number;
  ctx.db.$client.pragma('secure_delete = ON');
  try {
    const result = eraseContact(ctx.db, input.id);
    compactContactSearch(ctx.db);
    return { erased: true, ...result } satisfies ChannelOutput<'contacts:erase'>;
  } finally {
    ctx.db.$client.pragma(`secure_delete = ${secureDelete}`);
  }
}
