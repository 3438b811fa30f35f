import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReleaseBlocks } from '../../../../../electron/ipc/contract';
import { mutate, useApiQuery } from '../../../api/hooks';
import { toastError } from '../../../components/toast/toast-store';
import { draftFromServer, mergeSaved, setBlocksInput, withContact, type DraftBlock } from './blocks-model';

/**
 * The release's blocks as the builder edits them. Every change shows at once and is saved in order, one request
 * after another; each save sends the draft as it is when its turn comes, so quick edits never overtake each other.
 * The preview is the server's rendering of the last save.
 */
export function useBlockEditor(releaseId: number) {
  const query = useApiQuery('releases:get-blocks', { id: releaseId });
  const [draft, setDraftState] = useState<DraftBlock[] | null>(null);
  const [server, setServer] = useState<ReleaseBlocks | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const draftRef = useRef<DraftBlock[] | null>(null);
  const serverRef = useRef<ReleaseBlocks | undefined>(undefined);
  const pending = useRef(0);
  // Edits shown but not yet sent (a sub-heading being typed): a reply or a refetch must not overwrite them.
  const unsent = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const setDraft = useCallback((next: DraftBlock[]) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);

  // Another window or a restored revision changed the blocks: take them, unless our own edits are still on the way.
  useEffect(() => {
    if (query.data && pending.current === 0 && !unsent.current) {
      serverRef.current = query.data;
      setServer(query.data);
      setDraft(draftFromServer(query.data.blocks));
    }
  }, [query.data, setDraft]);

  const enqueue = useCallback(
    (added?: { blockIndex: number; contactId: number }) => {
      pending.current++;
      setSaving(true);
      const run = async () => {
        try {
          unsent.current = false;
          const input = setBlocksInput(releaseId, draftRef.current ?? []);
          const result = await mutate(
            'releases:set-blocks',
            added ? withContact(input, added.blockIndex, added.contactId) : input,
          );
          serverRef.current = result;
          setServer(result);
          setDraft(
            pending.current === 1 && !unsent.current
              ? draftFromServer(result.blocks)
              : mergeSaved(draftRef.current ?? [], result.blocks, added),
          );
        } catch (error) {
          toastError(error);
          // What the server holds is what the preview shows; the failed change is not kept as if it had been saved.
          if (pending.current === 1 && !unsent.current) setDraft(draftFromServer(serverRef.current?.blocks ?? []));
        } finally {
          pending.current--;
          if (pending.current === 0) setSaving(false);
        }
      };
      chain.current = chain.current.then(run);
      return chain.current;
    },
    [releaseId, setDraft],
  );

  /** Shows the change now and saves it. */
  const change = useCallback(
    (next: DraftBlock[], options: { save?: boolean } = {}) => {
      setDraft(next);
      if (options.save === false) unsent.current = true;
      else void enqueue();
    },
    [enqueue, setDraft],
  );

  const addContact = useCallback(
    (contactId: number, blockIndex: number) => enqueue({ contactId, blockIndex }),
    [enqueue],
  );

  return {
    draft,
    server: server ?? query.data,
    error: query.error,
    saving,
    change,
    save: () => void enqueue(),
    addContact,
  };
}
