import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Release } from '../../../../electron/ipc/contract';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { invalidatedBy } from '../../api/invalidation';
import { queryCache } from '../../api/query-cache';
import { draftOf, isEmptyPatch, patchBetween, type ReleaseDraft, type ReleasePatch } from './release-draft';

/** Long enough to keep a fast typist's burst in one request, short enough that a crash loses a sentence at most. */
export const AUTOSAVE_DELAY_MS = 1200;

export type SaveState =
  | { readonly kind: 'saved'; readonly at: Date | null }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly error: unknown };

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Sends one autosave. A Conflict means the release changed since `updatedAt`; when that change left the words
 * alone (a contact block edited beside the editor, whose refresh had not arrived yet), the save goes ahead on the
 * newer `updatedAt`. Only a change to the words themselves is a real conflict.
 */
async function updateOrAdopt(id: number, patch: ReleasePatch, base: ReleaseDraft, ifUpdatedAt: string) {
  try {
    return await call('releases:update', { id, patch, ifUpdatedAt });
  } catch (error) {
    if (!isApiError(error) || error.kind !== 'Conflict') throw error;
    const fresh = await call('releases:get', { id });
    if (fresh.updatedAt === ifUpdatedAt || !isEmptyPatch(patchBetween(base, draftOf(fresh)))) throw error;
    return call('releases:update', { id, patch, ifUpdatedAt: fresh.updatedAt });
  }
}

/**
 * Saves the editor's draft of one release: shortly after typing stops, at once on `flush()` (blur, status change,
 * leaving the page), and when the window hides or closes. Only changed fields travel, one request at a time, each
 * guarded by the `updatedAt` last seen so a change made elsewhere is never overwritten.
 */
export function useReleaseAutosave(release: Release, draft: ReleaseDraft) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const base = useRef(draft);
  const current = useRef(draft);
  const updatedAt = useRef(release.updatedAt);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const id = release.id;

  // Block edits and status changes also move `updatedAt`; the cache brings them here. Layout effects run before
  // any timer or unmount flush can read these.
  useLayoutEffect(() => {
    updatedAt.current = later(updatedAt.current, release.updatedAt);
    current.current = draft;
  }, [release.updatedAt, draft]);

  const report = useCallback((next: SaveState) => {
    if (mounted.current) setState(next);
  }, []);

  const saveOnce = useCallback(async (): Promise<void> => {
    const sent = current.current;
    const patch = patchBetween(base.current, sent);
    if (isEmptyPatch(patch)) return;
    report({ kind: 'saving' });
    try {
      const saved = await updateOrAdopt(id, patch, base.current, updatedAt.current);
      base.current = sent;
      updatedAt.current = later(updatedAt.current, saved.updatedAt);
      queryCache.invalidate(invalidatedBy('releases:update'));
      report(
        isEmptyPatch(patchBetween(sent, current.current)) ? { kind: 'saved', at: new Date() } : { kind: 'pending' },
      );
    } catch (error) {
      report(isApiError(error) && error.kind === 'Conflict' ? { kind: 'conflict' } : { kind: 'failed', error });
      throw error;
    }
  }, [id, report]);

  /** Saves now whatever is unsaved, after any save already on its way; resolves once it is stored. */
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current.catch(() => undefined);
    if (isEmptyPatch(patchBetween(base.current, current.current))) return;
    const run = saveOnce().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = run;
    await run;
  }, [saveOnce]);

  const dirty = !isEmptyPatch(patchBetween(base.current, draft));

  useEffect(() => {
    if (!dirty) return;
    setState((s) => (s.kind === 'conflict' ? s : { kind: 'pending' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_DELAY_MS);
  }, [draft, dirty, flush]);

  useEffect(() => {
    mounted.current = true;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush().catch(() => undefined);
    };
    // The request may not outlive the page, so the browser is also asked to hold the page while it is unsaved.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isEmptyPatch(patchBetween(base.current, current.current)) && !inFlight.current) return;
      void flush().catch(() => undefined);
      event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      mounted.current = false;
      // Leaving the editor (another page, another release) saves on the way out.
      void flush().catch(() => undefined);
    };
  }, [flush]);

  /** The `updatedAt` to guard the next write of this release with (status changes, translations). */
  const lastSeen = useCallback(() => updatedAt.current, []);

  return { state, flush, dirty, lastSeen };
}
