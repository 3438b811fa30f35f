import { useSyncExternalStore } from 'react';
import { formatRoute, parseHash, sameRoute, type Route } from './route';
import { confirmDiscard, hasUnsavedChanges } from './unsaved-changes';

let current: Route = parseHash(window.location.hash);
const listeners = new Set<() => void>();

function apply(route: Route, mode: 'push' | 'replace' | 'none') {
  const hash = formatRoute(route);
  if (mode === 'push' && window.location.hash !== hash) window.history.pushState(null, '', hash);
  if (mode === 'replace') window.history.replaceState(null, '', hash);
  current = route;
  for (const l of listeners) l();
}

export interface NavigateOptions {
  /** Browsing with the arrow keys replaces the entry instead of filling the history. */
  readonly replace?: boolean;
  /** Skip the unsaved-changes question: the caller has just saved or asked already. */
  readonly force?: boolean;
}

/** Goes to a route, asking first when a form has unsaved changes; resolves whether it went. */
export async function navigate(route: Route, options: NavigateOptions = {}): Promise<boolean> {
  if (sameRoute(route, current)) return true;
  if (!options.force && !(await confirmDiscard())) return false;
  apply(route, options.replace ? 'replace' : 'push');
  return true;
}

/** Back/forward and typed URLs arrive as hashchange: the same question, after putting the old URL back. */
export function installHashListener() {
  window.addEventListener('hashchange', () => {
    const next = parseHash(window.location.hash);
    if (sameRoute(next, current)) return;
    if (!hasUnsavedChanges()) {
      apply(next, 'replace');
      return;
    }
    window.history.replaceState(null, '', formatRoute(current));
    void confirmDiscard().then((ok) => {
      if (ok) apply(next, 'push');
    });
  });
  // Normalise an unknown or empty hash so the address always names the page shown.
  if (window.location.hash !== formatRoute(current)) apply(current, 'replace');
}

export function useRoute(): Route {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/**
 * The desktop menu's commands (File › New contact, New release) arrive as a `pressdesk:command` DOM event from the
 * main process; they navigate like any link, unsaved-changes question included.
 */
export function installShellCommandListener() {
  window.addEventListener('pressdesk:command', (event) => {
    const command = (event as CustomEvent<unknown>).detail;
    if (command === 'new-contact') void navigate(parseHash('#/contacts/new'));
    else if (command === 'new-release') void navigate(parseHash('#/releases/new'));
  });
}
