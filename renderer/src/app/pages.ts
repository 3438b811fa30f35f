import type { IconName } from '../components/icon';

export const pageIds = [
  'releases',
  'contacts',
  'spokespeople',
  'offices',
  'organisations',
  'lists',
  'import',
  'settings',
] as const;
export type PageId = (typeof pageIds)[number];

export interface PageSpec {
  readonly id: PageId;
  readonly icon: IconName;
  /** Only pages that work are shown; the others keep their place in the order for when they arrive. */
  readonly available: boolean;
  /** Pages listing records accept `#/<page>/<id>` and `#/<page>/new`. */
  readonly records: boolean;
  /** Below the separator in the sidebar. */
  readonly footer?: boolean;
}

export const pages: readonly PageSpec[] = [
  { id: 'releases', icon: 'releases', available: true, records: true },
  { id: 'contacts', icon: 'contacts', available: true, records: true },
  { id: 'spokespeople', icon: 'spokespeople', available: true, records: false },
  { id: 'offices', icon: 'offices', available: true, records: true },
  { id: 'organisations', icon: 'organisations', available: true, records: true },
  { id: 'lists', icon: 'lists', available: true, records: true },
  { id: 'import', icon: 'import', available: true, records: false },
  { id: 'settings', icon: 'settings', available: true, records: false, footer: true },
];

export const availablePages = pages.filter((p) => p.available);

export const defaultPage: PageId = 'contacts';

export const isAvailablePage = (id: string): id is PageId => availablePages.some((p) => p.id === id);
