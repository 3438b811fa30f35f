import { openDatabase } from '../../../db/open';
import { seedDemo } from '../../../db/seed/seed-demo';
import { waitForWriter } from '../../../db/wait-for-writer';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import { printJson } from '../terminal';

function wholeNumber(flag: string, raw: string | undefined, min: number) {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError(
      `--${flag} must be a whole number${min === 0 ? ' of 0 or more' : ''}, not "${raw}"`,
      'seed-demo',
    );
  }
  return value;
}

export const seedDemoCommand = defineCommand({
  name: 'seed-demo',
  usage: 'seed-demo [--contacts N] [--seed S] [--append] [--wait]',
  summary: 'Fills the database with a realistic, synthetic directory.',
  description:
    'Organisations with offices across regions, and N contacts (default 500) with their phones and emails,\n' +
    'the same for the same seed S (default 1). Refuses a database that is not empty unless --append.\n' +
    'Refused while PressDesk has the database open, unless --wait: then it waits until PressDesk closes it.',
  options: {
    contacts: { type: 'string' },
    seed: { type: 'string' },
    append: { type: 'boolean' },
    wait: { type: 'boolean' },
  },
  positionals: { min: 0, max: 0 },
  async run(ctx, values) {
    const contacts = wholeNumber('contacts', values.contacts, 0);
    const seed = wholeNumber('seed', values.seed, Number.MIN_SAFE_INTEGER);
    if (values.wait) {
      await waitForWriter(ctx.dbPath, {
        signal: ctx.signal,
        onWaiting: (holder) => ctx.terminal.err(`pressdesk: ${holder}; waiting until it closes the database…\n`),
      });
    }
    const opened = await openDatabase(ctx.dbPath, { create: true, owner: 'pressdesk seed-demo' });
    let counts;
    try {
      counts = seedDemo(opened.db, { contacts, seed, append: values.append === true });
    } finally {
      opened.close();
    }
    if (ctx.json) printJson(ctx.terminal, counts);
    else {
      ctx.terminal.out(
        `Added ${counts.organisations} organisations, ${counts.offices} offices and ${counts.contacts} contacts ` +
          `to ${opened.path}\n`,
      );
    }
    return EXIT_OK;
  },
});
