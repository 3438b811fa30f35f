// Plain lists, without zod: the window's first screen needs them, and importing them from the schemas would load
// zod (90 KB) and build every contact schema before the first rows.

export const contactRoles = [
  'spokesperson',
  'press_officer',
  'media_focal_point',
  'journalist',
  'editor',
  'partner',
  'expert',
] as const;
export const phoneKinds = ['office', 'mobile', 'whatsapp', 'fax'] as const;
export const emailKinds = ['work', 'personal', 'shared'] as const;

export const contactSortColumns = ['name', 'organisation', 'office', 'country', 'updatedAt', 'lastVerifiedAt'] as const;
/**
 * The table's columns plus `relevance`: with a search query, exact name matches first, then names starting with the
 * query, then other matches, ties by name (the direction is ignored); without a query it sorts by name.
 */
export const contactListSorts = [...contactSortColumns, 'relevance'] as const;
