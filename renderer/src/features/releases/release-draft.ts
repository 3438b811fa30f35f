import type { Release, ReleaseUpdateInput } from '../../../../electron/ipc/contract';

export interface ReleaseEmbargoDraft {
  readonly until: string;
  readonly timeZone: string;
}

/** What the editor lets a person change; everything else on a release is the server's to say. */
export interface ReleaseDraft {
  readonly title: string;
  readonly subtitle: string;
  readonly datelineCity: string;
  readonly datelineDate: string;
  readonly body: { readonly json: unknown; readonly html: string };
  readonly notesToEditors: string;
  readonly tags: readonly string[];
  readonly embargo: ReleaseEmbargoDraft | null;
}

export type ReleasePatch = NonNullable<ReleaseUpdateInput['patch']>;

export function draftOf(release: Release): ReleaseDraft {
  return {
    title: release.title,
    subtitle: release.subtitle,
    datelineCity: release.datelineCity ?? '',
    datelineDate: release.datelineDate ?? '',
    body: { json: release.body.json, html: release.body.html },
    notesToEditors: release.notesToEditors,
    tags: release.tags,
    embargo: release.embargo,
  };
}

const sameEmbargo = (a: ReleaseEmbargoDraft | null, b: ReleaseEmbargoDraft | null) =>
  a === b || (a !== null && b !== null && Date.parse(a.until) === Date.parse(b.until) && a.timeZone === b.timeZone);

/** Tags are a set: the server keeps them sorted, so their order is not a change. */
const sameTags = (a: readonly string[], b: readonly string[]) => {
  const key = (tags: readonly string[]) => [...tags].sort().join('\u001f');
  return key(a) === key(b);
};

/**
 * The fields of `next` that differ from `base`, as an update patch: an autosave sends only what was typed since
 * the last save. Empty dateline fields are sent as null (the server's "none").
 */
export function patchBetween(base: ReleaseDraft, next: ReleaseDraft): ReleasePatch {
  const patch: { -readonly [K in keyof ReleasePatch]: ReleasePatch[K] } = {};
  if (next.title !== base.title) patch.title = next.title;
  if (next.subtitle !== base.subtitle) patch.subtitle = next.subtitle;
  if (next.datelineCity !== base.datelineCity) patch.datelineCity = next.datelineCity.trim() || null;
  if (next.datelineDate !== base.datelineDate) patch.datelineDate = next.datelineDate || null;
  if (next.body.html !== base.body.html) patch.body = { json: next.body.json ?? null, html: next.body.html };
  if (next.notesToEditors !== base.notesToEditors) patch.notesToEditors = next.notesToEditors;
  if (!sameTags(next.tags, base.tags)) patch.tags = [...next.tags];
  if (!sameEmbargo(next.embargo, base.embargo)) patch.embargo = next.embargo;
  return patch;
}

export const isEmptyPatch = (patch: ReleasePatch) => Object.keys(patch).length === 0;
