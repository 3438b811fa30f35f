import {
  IMPORT_CHUNK_BASE64_MAX,
  IMPORT_INLINE_BASE64_MAX,
  type ImportPreviewInput,
} from '../../../../electron/ipc/contract/import';
import { call } from '../../api/client';
import { toBase64 } from './base64';

export type ImportSource = ImportPreviewInput['source'];

/** Raw bytes per upload piece: base64 grows them by a third, which must stay under the channel's limit. */
const CHUNK_BYTES = Math.floor((IMPORT_CHUNK_BASE64_MAX / 4) * 3) - 3;
const INLINE_BYTES = Math.floor((IMPORT_INLINE_BASE64_MAX / 4) * 3) - 3;

/**
 * Sends a file's bytes the way the import channels take them: inline in the preview when small, else in pieces
 * through import:upload first (they are kept server-side, so a second preview with another mapping sends nothing).
 */
export async function sendFile(
  importId: string,
  bytes: Uint8Array,
  onSent: (done: number, total: number) => void,
): Promise<ImportSource> {
  if (bytes.length <= INLINE_BYTES) return { kind: 'inline', contentBase64: toBase64(bytes) };
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
    await call('import:upload', { importId, offset, chunkBase64: toBase64(chunk) });
    onSent(offset + chunk.length, bytes.length);
  }
  return { kind: 'uploaded' };
}

/** A fresh id the server files this import under (letters, digits and "-", as the contract asks). */
export const newImportId = () => crypto.randomUUID();
