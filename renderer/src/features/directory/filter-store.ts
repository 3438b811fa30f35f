import { useSyncExternalStore } from 'react';
import { parseStoredFilter, type DirectoryFilter } from './filter-model';

const STORAGE_KEY = 'pressdesk.contacts.filter';

/**
 * The Contacts chips outlive the page: opening a record elsewhere and coming back (or reloading the window) finds
 * them as they were. Session storage, so a new window starts unfiltered.
 */
const storage = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

let current: DirectoryFilter = parseStoredFilter(storage()?.getItem(STORAGE_KEY) ?? null);
const listeners = new Set<() => void>();

export function setDirectoryFilter(next: DirectoryFilter) {
  current = next;
  storage()?.setItem(STORAGE_KEY, JSON.stringify(next));
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useDirectoryFilter = (): DirectoryFilter => useSyncExternalStore(subscribe, () => current);
