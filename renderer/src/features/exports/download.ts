import type { ChannelInput, ContactFilter } from '../../../../electron/ipc/contract';
import { call } from '../../api/client';

/**
 * A file name any system accepts: no path separators, control or reserved characters, no leading dots (hidden
 * files) or trailing dots and spaces (Windows drops them), at most 120 characters before the extension.
 */
export function safeFileName(name: string, fallback = 'export'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}<>:"/\\|?*]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return cleaned || fallback;
}

/** Hands a file to the browser's (or Electron's) download handling under `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; a minute is plenty even for a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface FinishedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * Reads a finished export back from the server in pieces (each under the request size limit), then frees the
 * server's copy: the file now lives only in the browser's downloads.
 */
export async function fetchExportFile(exportId: string): Promise<FinishedFile> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let fileName = 'export';
  let mimeType = 'application/octet-stream';
  for (;;) {
    const piece = await call('exports:read', { exportId, offset });
    const bytes = base64ToBytes(piece.chunkBase64);
    parts.push(bytes);
    offset += bytes.length;
    fileName = piece.fileName;
    mimeType = piece.mimeType;
    if (piece.done || bytes.length === 0) break;
  }
  await call('exports:discard', { exportId }).catch(() => undefined);
  return { blob: new Blob(parts, { type: mimeType }), fileName };
}

export type ExportSource = ChannelInput<'exports:run'>['source'];

/**
 * What the contacts table's Export… covers: the ticked rows, or, with none ticked or after "select all", everyone
 * the current filter finds (less the rows unticked since).
 */
export function contactsExportSource(
  selection: { readonly mode: 'some' | 'all'; readonly ids: ReadonlySet<number> },
  filter: ContactFilter,
): ExportSource {
  if (selection.mode === 'some' && selection.ids.size > 0) return { kind: 'selection', contactIds: [...selection.ids] };
  return { kind: 'contacts', filter, exceptIds: selection.mode === 'all' ? [...selection.ids] : [] };
}
