import { useCallback, useRef, useState } from 'react';
import { navigate, useRoute } from '../../app/navigation';
import type { PageId } from '../../app/pages';
import type { RecordRef } from '../../app/route';
import { hasUnsavedChanges } from '../../app/unsaved-changes';
import type { DataTableHandle } from '../data-table/data-table';

/**
 * The record open in a list page's panel lives in the URL (`#/contacts/12`). Browsing the list with the arrows
 * follows along, unless a form has edits (browsing never interrupts an edit); a click, Enter or "New" asks first.
 */
export function useRecordRoute(page: PageId) {
  const route = useRoute();
  const record: RecordRef | undefined = route.page === page ? route.record : undefined;
  const tableRef = useRef<DataTableHandle>(null);
  // Which record's form should take focus once it shows (after Enter, or after creating it); cleared once done.
  const [focusRequest, setFocusRequest] = useState<number | null>(null);
  const focusDone = useCallback(() => setFocusRequest(null), []);

  const onCursorChange = useCallback(
    (row: { id: number }, via: 'keyboard' | 'pointer') => {
      if (via === 'keyboard' && hasUnsavedChanges()) return;
      void navigate({ page, record: row.id }, { replace: true });
    },
    [page],
  );

  const onOpen = useCallback(
    (row: { id: number }) => {
      void navigate({ page, record: row.id }, { replace: true }).then((went) => {
        if (went) setFocusRequest(row.id);
      });
    },
    [page],
  );

  const openNew = useCallback(() => void navigate({ page, record: 'new' }), [page]);
  const close = useCallback(() => {
    void navigate({ page }).then((went) => {
      if (went) tableRef.current?.focus();
    });
  }, [page]);
  const backToList = useCallback(() => tableRef.current?.focus(), []);
  /** After creating: show the new record, without asking (it was just saved). */
  const showSaved = useCallback(
    (id: number) => {
      setFocusRequest(id);
      void navigate({ page, record: id }, { replace: true, force: true });
    },
    [page],
  );

  return { record, tableRef, focusRequest, focusDone, onCursorChange, onOpen, openNew, close, backToList, showSaved };
}
