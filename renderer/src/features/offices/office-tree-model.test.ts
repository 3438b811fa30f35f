import { describe, expect, it } from 'vitest';
import { branchIds, buildTree, visibleNodes, withAncestors, type TreeOffice } from './office-tree-model';

const offices: TreeOffice[] = [
  { id: 4, parentId: 2, kind: 'country', label: 'IOM Belgium' },
  { id: 5, parentId: 4, kind: 'sub_office', label: 'IOM Antwerp' },
  { id: 2, parentId: 1, kind: 'regional', label: 'IOM Brussels' },
  { id: 3, parentId: 1, kind: 'country', label: 'IOM Switzerland' },
  { id: 1, parentId: null, kind: 'hq', label: 'IOM Headquarters' },
  { id: 6, parentId: 99, kind: 'country', label: 'Orphan office' },
  { id: 7, parentId: 8, kind: 'country', label: 'Cycle A' },
  { id: 8, parentId: 7, kind: 'country', label: 'Cycle B' },
];

const labels = (nodes: { office: TreeOffice; level: number }[]) => nodes.map((n) => `${n.level}:${n.office.label}`);

describe('office tree', () => {
  it('nests HQ → regional → country → sub-office, kinds before names, and keeps orphans and cycles as roots', () => {
    const roots = buildTree(offices);
    expect(labels(visibleNodes(roots, branchIds(roots)))).toEqual([
      '1:IOM Headquarters',
      '2:IOM Brussels',
      '3:IOM Belgium',
      '4:IOM Antwerp',
      '2:IOM Switzerland',
      '1:Orphan office',
      '1:Cycle A',
      '1:Cycle B',
    ]);
  });

  it('shows only the children of expanded nodes', () => {
    const roots = buildTree(offices);
    expect(labels(visibleNodes(roots, new Set([1])))).toEqual([
      '1:IOM Headquarters',
      '2:IOM Brussels',
      '2:IOM Switzerland',
      '1:Orphan office',
      '1:Cycle A',
      '1:Cycle B',
    ]);
  });

  it('keeps a match with its ancestors', () => {
    const kept = withAncestors(offices, (o) => o.label.includes('Antwerp'));
    expect(kept.map((o) => o.id).sort()).toEqual([1, 2, 4, 5]);
  });
});
