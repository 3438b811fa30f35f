import type { Channel } from '../../../electron/ipc/contract';

const readVerbs = new Set(['list', 'get', 'info', 'query']);

/** A channel's domain ("contacts" for "contacts:list"), which is also the cache tag of its reads. */
export const domainOf = (channel: string): string => channel.slice(0, channel.indexOf(':'));

export const isReadChannel = (channel: string): boolean => readVerbs.has(channel.slice(channel.indexOf(':') + 1));

/**
 * What a write can make stale. Rows show names and counts from neighbouring domains (a contact row shows its
 * office's name; an organisation row counts its contacts; a list counts who will receive a send; a release's
 * check flags a do-not-contact person in its block), so a write refreshes those reads too.
 */
const dependents: Readonly<Record<string, readonly string[]>> = {
  organisations: ['organisations', 'offices', 'contacts', 'search'],
  offices: ['offices', 'organisations', 'contacts', 'search'],
  contacts: ['contacts', 'organisations', 'offices', 'search', 'lists', 'releases'],
  regions: ['regions', 'offices', 'contacts'],
};

export function invalidatedBy(channel: Channel): readonly string[] {
  if (isReadChannel(channel)) return [];
  const domain = domainOf(channel);
  return dependents[domain] ?? [domain];
}
