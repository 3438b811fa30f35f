import fs from 'node:fs';
import { extractContacts } from '../../services/extract/extract-contacts';
import type { ExtractResult } from '../../services/extract/types';
import { AppError } from '../../ipc/contract/errors';
import { defineCommand } from '../command';
import { EXIT_OK } from '../errors';
import { printJson } from '../terminal';

/** Release text larger than this is not a release: the extractor's time grows with the text, so refuse it early. */
const MAX_BYTES = 5 * 1024 * 1024;

async function readInput(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BYTES)
        throw new AppError('Validation', 'The text on standard input is over 5 MB: it is not a release');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('NotFound', `${file} does not exist`);
  }
  if (!stat.isFile()) throw new AppError('Validation', `${file} is not a file`);
  if (stat.size > MAX_BYTES) throw new AppError('Validation', `${file} is over 5 MB: it is not a release`);
  if (/\.docx$/i.test(file))
    throw new AppError('Validation', `${file} is a Word file: paste its text into a .txt file`);
  return fs.readFileSync(file, 'utf8');
}

const line = (label: string, value: string | null | undefined) => (value ? `    ${label}: ${value}\n` : '');

function describe(result: ExtractResult): string {
  if (result.blocks.length === 0) return 'No contact block found.\n';
  return result.blocks
    .map((block) => {
      const head = `${block.heading ?? '(no heading)'}${block.language ? ` [${block.language}]` : ''}\n`;
      const people = block.contacts.map(
        (c) =>
          `  ${c.name ?? '(mailbox or duty line)'}\n` +
          line('title', c.title) +
          line('office', c.office ?? c.organisation) +
          line('location', c.location) +
          line('languages', c.languages.join(', ')) +
          line('phones', c.phones.map((p) => `${p.e164}${p.kind ? ` (${p.kind})` : ''}`).join(', ')) +
          line('emails', c.emails.join(', ')),
      );
      return head + people.join('');
    })
    .join('\n');
}

export const extractContactsCommand = defineCommand({
  name: 'extract-contacts',
  usage: 'extract-contacts [FILE|-]',
  summary: "Finds the contact blocks in a release's text (.txt or .html; - or nothing reads standard input).",
  options: {},
  positionals: { min: 0, max: 1 },
  async run(ctx, _values, [file]) {
    const result = extractContacts(await readInput(file));
    if (ctx.json) printJson(ctx.terminal, result);
    else ctx.terminal.out(describe(result));
    return EXIT_OK;
  },
});
