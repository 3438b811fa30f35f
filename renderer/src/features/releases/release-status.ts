import type { Release } from '../../../../electron/ipc/contract';

export type ReleaseStatus = Release['status'];

/** The forward path first, so the buttons read in the order a release travels. */
const order: readonly ReleaseStatus[] = ['in_review', 'approved', 'embargoed', 'published', 'draft', 'archived'];

/** The moves offered from here: forward ones first, "back" ones after, archiving last. */
export const orderedTransitions = (release: Release): ReleaseStatus[] =>
  order.filter((s) => release.transitions.includes(s));

/** Moves that need a confirmation: they lock the words or take the release out of the lists. */
export const confirmedMoves: ReadonlySet<ReleaseStatus> = new Set(['published', 'archived']);
