import { defaultPage, isAvailablePage, pages, type PageId } from './pages';

export type RecordRef = number | 'new';

export interface Route {
  readonly page: PageId;
  /** The record open in the page's panel, or a new one being created. */
  readonly record?: RecordRef;
}

/** `#/contacts/12` → contacts, record 12. Anything unknown lands on the default page rather than a blank window. */
export function parseHash(hash: string): Route {
  const [page = '', record] = hash.replace(/^#\/?/, '').split('/');
  if (!isAvailablePage(page)) return { page: defaultPage };
  const spec = pages.find((p) => p.id === page);
  if (!spec?.records || record === undefined || record === '') return { page };
  if (record === 'new') return { page, record: 'new' };
  const id = /^\d+$/.test(record) ? Number(record) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? { page, record: id } : { page };
}

export function formatRoute(route: Route): string {
  return route.record === undefined ? `#/${route.page}` : `#/${route.page}/${route.record}`;
}

export const sameRoute = (a: Route, b: Route) => a.page === b.page && a.record === b.record;
