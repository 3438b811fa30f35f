/**
 * Opens a database the way the app does, as whatever user runs it (the test drops root with setpriv, since root
 * ignores file permissions), and prints one JSON line: how the open and a first write went, and what `check` sees.
 */
import { DatabaseOpenError } from '../errors';
import { openDatabase } from '../open';
import { insertOrganisation } from '../queries/organisations';
import { examineDatabase } from '../restore';

const file = process.argv[2] ?? '';

const describe = (error: unknown) => ({
  problem: error instanceof DatabaseOpenError ? error.problem : null,
  code: (error as { code?: string }).code ?? null,
  message: error instanceof Error ? error.message : String(error),
});

async function main() {
  const outcome: Record<string, unknown> = { uid: process.getuid?.() };
  try {
    outcome.check = examineDatabase(file).ok;
  } catch (error) {
    outcome.checkError = describe(error);
  }
  try {
    // What search and export do: a read-only open.
    const reader = await openDatabase(file, { readonly: true });
    try {
      outcome.organisations = reader.db.$client.prepare('SELECT count(*) FROM organisations').pluck().get();
    } finally {
      reader.close();
    }
  } catch (error) {
    outcome.readError = describe(error);
  }
  try {
    const opened = await openDatabase(file, { create: true });
    outcome.opened = true;
    try {
      insertOrganisation(opened.db, { name: { en: 'Written' }, acronym: {}, kind: 'ngo' });
      outcome.wrote = true;
    } catch (error) {
      outcome.writeError = describe(error);
    } finally {
      opened.close();
    }
  } catch (error) {
    outcome.openError = describe(error);
  }
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}

void main();
