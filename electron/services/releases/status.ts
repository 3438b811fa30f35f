import type { releaseStatuses } from '../../../db/schema';

export type ReleaseStatus = (typeof releaseStatuses)[number];

/**
 * Where a release can go from each status. Approval moves forward only through the release check; "back" is
 * reopening for edits (to draft) or pulling an embargoed release back to approved; an archived release comes back
 * as a draft.
 */
export const transitions: Readonly<Record<ReleaseStatus, readonly ReleaseStatus[]>> = {
  draft: ['in_review', 'approved', 'archived'],
  in_review: ['draft', 'approved', 'archived'],
  approved: ['draft', 'in_review', 'embargoed', 'published', 'archived'],
  embargoed: ['draft', 'approved', 'published', 'archived'],
  published: ['draft', 'archived'],
  archived: ['draft'],
};

/** What can be changed in each status: the words only before approval; an approved release's embargo can move. */
export type Editable = 'all' | 'embargo' | 'none';

export const editableIn: Readonly<Record<ReleaseStatus, Editable>> = {
  draft: 'all',
  in_review: 'all',
  approved: 'embargo',
  embargoed: 'embargo',
  published: 'none',
  archived: 'none',
};

/** The statuses a release reaches only with a clean release check. */
export const needsCheck: ReadonlySet<ReleaseStatus> = new Set(['approved', 'embargoed', 'published']);

export const statusLabel: Readonly<Record<ReleaseStatus, string>> = {
  draft: 'a draft',
  in_review: 'in review',
  approved: 'approved',
  embargoed: 'embargoed',
  published: 'published',
  archived: 'archived',
};
