/**
 * Puts HTML and its plain-text twin on the clipboard together, so a mail client pastes formatting and a plain
 * editor pastes text. Falls back to text alone where rich clipboard writes are not allowed; false when neither is.
 */
export async function copyRich(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'undefined') return await copyText(text);
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return copyText(text);
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Hands a file the API returned to the browser's (or Electron's) download, under its own name. */
export function downloadBase64(base64: string, mimeType: string, fileName: string) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after this turn; the URL is released once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
