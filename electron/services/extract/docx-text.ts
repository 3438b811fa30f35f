import JSZip from 'jszip';
import { ImportError } from '../import/errors';
import { decodeEntities } from './html-entities';

/** The largest document.xml read: a release is a few pages, and a zip bomb should not fill the memory. */
const MAX_XML_CHARS = 50_000_000;

/**
 * One paragraph's text from WordprocessingML: text runs (`w:t`) in order, `w:tab` as a tab, `w:br`/`w:cr` as a line
 * break; everything else (properties, field codes `w:instrText`, deleted runs `w:delText`) is left out.
 */
function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\s*\/>|<w:(tab|br|cr)(?:\s[^>]*)?\/>/g)) {
    if (m[2] === 'tab') text += '\t';
    else if (m[2]) text += '\n';
    else text += decodeEntities(m[1] ?? '');
  }
  return text;
}

/**
 * The plain text of a Word document (.docx): `word/document.xml` read paragraph by paragraph (table cells are
 * paragraphs too, so a `Name | phone | email` table becomes one line per cell), one line per paragraph.
 */
const damaged = () =>
  new ImportError('unreadable', 'This Word document is damaged and cannot be opened: save it again or paste its text');

export async function docxText(bytes: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw damaged();
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw new ImportError('unreadable', 'This file is not a Word document (.docx): paste the release text');
  // The directory can be intact while the compressed document is not: that shows only when it is inflated.
  const xml = await entry.async('string').catch(() => {
    throw damaged();
  });
  if (xml.length > MAX_XML_CHARS) throw new ImportError('too-large', 'This Word document is too large to read');
  const body = /<w:body[\s>][\s\S]*<\/w:body>/.exec(xml)?.[0] ?? xml;
  const paragraphs: string[] = [];
  // Table rows become one line, cells joined by " | ", the way such tables are pasted as text.
  for (const m of body.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>|<w:p[\s>][\s\S]*?<\/w:p>|<w:p\s*\/>/g)) {
    const chunk = m[0];
    if (chunk.startsWith('<w:tr')) {
      const cells = [...chunk.matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0]).trim()).join(' '),
      );
      paragraphs.push(cells.join(' | '));
    } else {
      paragraphs.push(paragraphText(chunk));
    }
  }
  return paragraphs.join('\n');
}
