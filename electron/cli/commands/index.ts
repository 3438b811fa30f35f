import type { Command } from '../command';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { extractContactsCommand } from './extract-contacts';
import { importCommand } from './import';
import { contactBlockCommand } from './contact-block';
import { releaseCheckCommand } from './release-check';
import { releaseExportCommand } from './release-export';
import { restoreCommand } from './restore';
import { searchCommand } from './search';
import { seedDemoCommand } from './seed-demo';
import { serveCommand } from './serve';

/**
 * Every `pressdesk` command, in the order help lists them. A new command is one file in this folder (built with
 * `defineCommand`) and one line here; one per line so that commands added side by side do not conflict.
 */
// prettier-ignore
export const commands: readonly Command[] = [
  serveCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
  seedDemoCommand,
  searchCommand,
  contactBlockCommand,
  importCommand,
  exportCommand,
  extractContactsCommand,
  releaseExportCommand,
  releaseCheckCommand,
];
