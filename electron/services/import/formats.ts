import { ImportError } from './errors';
import type { SourceFormat } from './types';

const extension = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** A binary container: by its magic number, whatever the file is called. */
function containerOf(bytes: Uint8Array): 'zip' | 'ole' | 'pdf' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  return null;
}

/** The first lines share a tab-separated shape of three columns or more. */
function looksTabular(start: string): boolean {
  const lines = start
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  const tabs = lines.map((l) => l.split('\t').length - 1);
  return tabs.length > 0 && tabs[0]! >= 2 && tabs.every((t) => t > 0);
}

/**
 * The kind of file from its first bytes and its name: ZIP containers are Excel workbooks (or Word documents),
 * "BEGIN:VCARD" is a vCard whatever the extension, HTML and plain prose are release text, the rest a table.
 */
export function detectFormat(fileName: string, bytes: Uint8Array, text: () => string): SourceFormat | 'docx' {
  const ext = extension(fileName);
  const container = containerOf(bytes);
  if (container === 'zip') return ext === 'docx' ? 'docx' : 'xlsx';
  if (container === 'ole') {
    throw new ImportError(
      'unsupported',
      ext === 'doc'
        ? 'Old Word documents (.doc) cannot be read: save it as .docx or copy its text'
        : 'Old Excel workbooks (.xls) cannot be read: save it as .xlsx or CSV',
    );
  }
  if (container === 'pdf')
    throw new ImportError('unsupported', 'PDF files cannot be imported: copy the text of the release');
  const content = text();
  const start = content.slice(0, 4096);
  if (/^\s*BEGIN:VCARD\s*$/im.test(start) || ext === 'vcf' || ext === 'vcard') return 'vcard';
  if (ext === 'csv' || ext === 'tsv' || ext === 'tab') return 'csv';
  if (ext === 'html' || ext === 'htm' || /<(html|body|p|div)[\s>]/i.test(start)) return 'release';
  // Excel's "Unicode text" is a tab-separated table saved as .txt; a release is prose.
  if (ext === 'txt') return looksTabular(start) ? 'csv' : 'release';
  return 'csv';
}
