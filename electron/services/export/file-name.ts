/** Names Windows reserves for devices, with or without an extension ("CON", "nul.txt", "COM1.csv"). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Longest name kept, in characters: well under every file system's 255-byte limit once an extension is added. */
const MAX_CHARS = 200;

/**
 * The one sanitiser for a file name made from user text (a name typed in the export dialog, a release reference):
 * no path separators or `..` (so it can never leave the folder it is written to), no control, bidi-override or
 * reserved characters, no leading dots (hidden files) or trailing dots and spaces (Windows drops them), no
 * Windows device name. What is left of nothing is `fallback`.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    // \p{Cf} holds the bidi overrides that make "report\u202Efdp.exe" display as "reportexe.pdf".
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+/, '');
  // Cut by code points, so a surrogate pair is never split, then tidy the new end.
  const cut = Array.from(cleaned)
    .slice(0, MAX_CHARS)
    .join('')
    .replace(/[. ]+$/, '');
  if (cut === '') return fallback;
  const stem = cut.split('.')[0]!.trimEnd();
  return WINDOWS_DEVICE.test(stem) ? `_${cut}` : cut;
}
