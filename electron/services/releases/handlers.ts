import type { ServiceContext } from '../context';
import { runReleaseCheck } from './check';
import { createContactBlockService } from './contact-blocks';
import { releaseExportService } from './export/exports';
import { createReleaseService } from './service';
import { settingsOutput, updateReleaseSettings } from './settings';
import { createSuggestionService } from './suggestions';
import { systemClock, type ReleaseClock, type ReleaseHandlers } from './types';

/** The release channels bound to their services; `clock` is for tests that move time. */
export function createReleaseHandlers(clock: ReleaseClock = systemClock): ReleaseHandlers {
  const releases = createReleaseService(clock);
  const blocks = createContactBlockService(clock);
  const suggestions = createSuggestionService(clock);
  return {
    'releases:list': releases.list,
    'releases:get': releases.get,
    'releases:create': releases.create,
    'releases:update': releases.update,
    'releases:set-status': releases.setStatus,
    'releases:list-revisions': releases.listRevisions,
    'releases:get-revision': releases.getRevision,
    'releases:restore-revision': releases.restoreRevision,
    'releases:translate': releases.translate,
    'releases:versions': releases.versions,
    'releases:get-blocks': blocks.get,
    'releases:set-blocks': blocks.set,
    'releases:add-to-block': blocks.add,
    'releases:suggest-contacts': suggestions.suggest,
    'releases:check': (ctx: ServiceContext, { id }) => runReleaseCheck(ctx.db, id, clock.now()),
    'releases:render': releaseExportService.render,
    'releases:export': releaseExportService.export,
    'releases:get-settings': (ctx: ServiceContext) => settingsOutput(ctx.db, clock.now()),
    'releases:update-settings': (ctx: ServiceContext, patch) => updateReleaseSettings(ctx.db, patch, clock.now()),
  };
}

/** What the registry spreads into its handler map. */
export const releaseHandlers = createReleaseHandlers();
