import type { Db } from '../../../../db/client';
import type { ServiceContext } from '../../context';
import type { ChannelOutputOf, ChannelParsedInputOf } from '../types';
import { exportFileName, releaseDocument, type ReleaseDocument } from './document';
import { releaseDocx } from './docx';
import { releaseHtmlDocument, releaseHtmlFragment } from './html';
import { releasePdf } from './pdf';
import { releaseText } from './text';
import { writeFileAtomic } from './write-file';

export type ReleaseExportFormat = ChannelParsedInputOf<'releases:export'>['format'];

const mimeTypes: Readonly<Record<ReleaseExportFormat, string>> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const renderers: Readonly<Record<ReleaseExportFormat, (doc: ReleaseDocument) => Buffer | Promise<Buffer>>> = {
  txt: (doc) => Buffer.from(releaseText(doc), 'utf8'),
  html: (doc) => Buffer.from(releaseHtmlDocument(doc), 'utf8'),
  docx: releaseDocx,
  pdf: releasePdf,
};

/** One release in one format, the same bytes from the app, the CLI and browser mode. */
export async function exportRelease(db: Db, id: number, format: ReleaseExportFormat) {
  const doc = releaseDocument(db, id);
  const data = await renderers[format](doc);
  return { fileName: exportFileName(doc, format), mimeType: mimeTypes[format], data };
}

/** Exports to a file, written to a temporary name and renamed when complete. */
export async function writeReleaseExport(
  db: Db,
  id: number,
  format: ReleaseExportFormat,
  target: string,
  signal?: AbortSignal,
) {
  const { data } = await exportRelease(db, id, format);
  return { path: target, bytes: await writeFileAtomic(target, data, signal) };
}

export const releaseExportService = {
  render: (ctx: ServiceContext, { id }: { id: number }): ChannelOutputOf<'releases:render'> => {
    const doc = releaseDocument(ctx.db, id);
    return { language: doc.language, direction: doc.direction, text: releaseText(doc), html: releaseHtmlFragment(doc) };
  },
  export: async (
    ctx: ServiceContext,
    input: ChannelParsedInputOf<'releases:export'>,
  ): Promise<ChannelOutputOf<'releases:export'>> => {
    const { fileName, mimeType, data } = await exportRelease(ctx.db, input.id, input.format);
    return { fileName, mimeType, bytes: data.length, base64: data.toString('base64') };
  },
};
