import type { officeKinds } from '../../../../electron/ipc/contract';

type OfficeKind = (typeof officeKinds)[number];

/** What the tree needs of an office. */
export interface TreeOffice {
  readonly id: number;
  readonly parentId: number | null;
  readonly kind: OfficeKind;
  readonly label: string;
}

export interface TreeNode<T extends TreeOffice> {
  readonly office: T;
  readonly level: number;
  readonly children: readonly TreeNode<T>[];
}

const kindOrder: Readonly<Record<OfficeKind, number>> = {
  hq: 0,
  regional: 1,
  country: 2,
  sub_office: 3,
  liaison: 4,
  other: 5,
};

const byKindThenName = (a: TreeOffice, b: TreeOffice) =>
  kindOrder[a.kind] - kindOrder[b.kind] || a.label.localeCompare(b.label) || a.id - b.id;

/**
 * Nests offices under their parents: HQ, then regional, country and sub-offices, by name within a kind. An office
 * whose parent is not in the set (archived, or filtered out) becomes a root rather than disappearing; a parent
 * cycle (which the service refuses, but old data may hold) is broken where it closes.
 */
export function buildTree<T extends TreeOffice>(offices: readonly T[]): TreeNode<T>[] {
  const ids = new Set(offices.map((o) => o.id));
  const children = new Map<number | null, T[]>();
  for (const o of offices) {
    const parent = o.parentId !== null && ids.has(o.parentId) && o.parentId !== o.id ? o.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(o);
    children.set(parent, siblings);
  }
  const seen = new Set<number>();
  const nest = (parent: number | null, level: number): TreeNode<T>[] =>
    (children.get(parent) ?? [])
      .filter((o) => !seen.has(o.id))
      .sort(byKindThenName)
      .map((office) => {
        seen.add(office.id);
        return { office, level, children: nest(office.id, level + 1) };
      });
  const roots = nest(null, 1);
  // Offices only reachable through a cycle get no root above; show them at the top.
  const orphans = offices.filter((o) => !seen.has(o.id));
  for (const o of orphans) if (!seen.has(o.id)) roots.push({ office: o, level: 1, children: [] });
  return roots;
}

/** The nodes a person can move through: roots, and the children of expanded nodes, in reading order. */
export function visibleNodes<T extends TreeOffice>(
  roots: readonly TreeNode<T>[],
  expanded: ReadonlySet<number>,
): TreeNode<T>[] {
  const out: TreeNode<T>[] = [];
  const walk = (nodes: readonly TreeNode<T>[]) => {
    for (const node of nodes) {
      out.push(node);
      if (expanded.has(node.office.id)) walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** Keeps the offices that match and every ancestor of one, so a match is shown where it sits in the hierarchy. */
export function withAncestors<T extends TreeOffice>(offices: readonly T[], matches: (o: T) => boolean): T[] {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const keep = new Set<number>();
  for (const o of offices) {
    if (!matches(o)) continue;
    let current: T | undefined = o;
    while (current && !keep.has(current.id)) {
      keep.add(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
  }
  return offices.filter((o) => keep.has(o.id));
}

/** Ids of every node with children: "expand all" after a search. */
export function branchIds<T extends TreeOffice>(roots: readonly TreeNode<T>[]): Set<number> {
  const out = new Set<number>();
  const walk = (nodes: readonly TreeNode<T>[]) => {
    for (const n of nodes) {
      if (n.children.length > 0) out.add(n.office.id);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}
