import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../electron/ipc/contract';
import { useApiQuery } from '../../api/hooks';
import type { DataTableHandle } from '../../components/data-table/data-table';
import { Icon } from '../../components/icon';
import { useFormat } from '../../i18n/format';
import { pickLocalized } from '../../i18n/localized';
import { branchIds, buildTree, visibleNodes, withAncestors, type TreeNode } from './office-tree-model';
import { useMinuteClock } from '../shared/use-minute-clock';
import './office-tree.css';

/** The contract's page limit; a press team's offices fit in it (the demo directory has 428). */
const ALL = { offset: 0, limit: 1000 } as const;

type TreeEntry = Office & { readonly label: string };

interface OfficeTreeProps {
  readonly query: string;
  readonly includeArchived: boolean;
  /** The office open in the panel. */
  readonly openId: number | null;
  /** Arrow keys and clicks: show this office in the panel. */
  readonly onCursorChange: (row: { id: number }, via: 'keyboard' | 'pointer') => void;
  /** Enter: open the office and move into its form. */
  readonly onOpen: (row: { id: number }) => void;
  readonly ref?: Ref<DataTableHandle>;
}

/**
 * The offices as an ARIA tree (HQ → regional → country → sub-office), each with its local time. Keyboard as the
 * WAI-ARIA tree pattern: Up/Down move, Right expands or enters, Left collapses or goes to the parent, Home/End,
 * "*" expands the siblings; one item is in the tab order.
 */
export function OfficeTree({ query, includeArchived, openId, onCursorChange, onOpen, ref }: OfficeTreeProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useMinuteClock();
  const { data } = useApiQuery('offices:list', {
    page: ALL,
    sort: { column: 'name', direction: 'asc' },
    includeArchived,
  });

  const entries = useMemo<TreeEntry[]>(
    () => (data?.rows ?? []).map((o) => ({ ...o, label: pickLocalized(o.name, fmt.lang) || t('offices.untitled') })),
    [data, fmt.lang, t],
  );
  const folded = query.trim().toLocaleLowerCase();
  const shown = useMemo(() => {
    if (!folded) return entries;
    const text = (o: TreeEntry) =>
      [o.label, pickLocalized(o.city, fmt.lang), fmt.country(o.country), pickLocalized(o.organisationName, fmt.lang)]
        .join(' ')
        .toLocaleLowerCase();
    return withAncestors(entries, (o) => text(o).includes(folded));
  }, [entries, folded, fmt]);
  const roots = useMemo(() => buildTree(shown), [shown]);

  // Top two levels open at first; a search opens everything it kept.
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const initialised = useRef(false);
  useEffect(() => {
    if (folded) setExpanded(branchIds(roots));
    else if (!initialised.current && roots.length > 0) {
      initialised.current = true;
      setExpanded(new Set(roots.filter((r) => r.children.length > 0).map((r) => r.office.id)));
    }
  }, [folded, roots]);

  const visible = useMemo(() => visibleNodes(roots, expanded), [roots, expanded]);
  const parents = useMemo(() => {
    const map = new Map<number, number>();
    const walk = (nodes: readonly TreeNode<TreeEntry>[]) => {
      for (const n of nodes) {
        for (const c of n.children) map.set(c.office.id, n.office.id);
        walk(n.children);
      }
    };
    walk(roots);
    return map;
  }, [roots]);

  const [cursor, setCursor] = useState<number | null>(openId);
  useEffect(() => {
    if (openId !== null) setCursor(openId);
  }, [openId]);
  const active = visible.some((n) => n.office.id === cursor) ? cursor : (visible[0]?.office.id ?? null);

  // An office opened from elsewhere (a link, the palette) shows inside its expanded branch.
  useEffect(() => {
    if (openId === null) return;
    const chain: number[] = [];
    for (let p = parents.get(openId); p !== undefined; p = parents.get(p)) chain.push(p);
    if (chain.some((id) => !expanded.has(id))) setExpanded((e) => new Set([...e, ...chain]));
  }, [openId, parents, expanded]);

  const itemRefs = useRef(new Map<number, HTMLLIElement>());
  const treeRef = useRef<HTMLUListElement>(null);
  const focusItem = useCallback((id: number | null) => {
    if (id === null) return treeRef.current?.focus();
    itemRefs.current.get(id)?.focus();
  }, []);
  useImperativeHandle(ref, () => ({ focus: () => focusItem(active) }), [focusItem, active]);

  const moveTo = (id: number | undefined) => {
    if (id === undefined) return;
    setCursor(id);
    focusItem(id);
    onCursorChange({ id }, 'keyboard');
  };
  const toggle = (id: number, open: boolean) =>
    setExpanded((e) => {
      const next = new Set(e);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent, node: TreeNode<TreeEntry>) => {
    const index = visible.findIndex((n) => n.office.id === node.office.id);
    const id = node.office.id;
    const hasChildren = node.children.length > 0;
    const isOpen = expanded.has(id);
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        moveTo(visible[index + 1]?.office.id);
        break;
      case 'ArrowUp':
        moveTo(visible[index - 1]?.office.id);
        break;
      case 'Home':
        moveTo(visible[0]?.office.id);
        break;
      case 'End':
        moveTo(visible.at(-1)?.office.id);
        break;
      case 'ArrowRight':
        if (hasChildren && !isOpen) toggle(id, true);
        else if (hasChildren) moveTo(node.children[0]?.office.id);
        break;
      case 'ArrowLeft':
        if (hasChildren && isOpen) toggle(id, false);
        else moveTo(parents.get(id));
        break;
      case 'Enter':
        onOpen({ id });
        break;
      case ' ':
        onCursorChange({ id }, 'keyboard');
        break;
      case '*': {
        const parent = parents.get(id);
        const siblings = parent === undefined ? roots : (visible.find((n) => n.office.id === parent)?.children ?? []);
        setExpanded((ex) => new Set([...ex, ...siblings.filter((s) => s.children.length > 0).map((s) => s.office.id)]));
        break;
      }
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const renderNodes = (nodes: readonly TreeNode<TreeEntry>[]) =>
    nodes.map((node, i) => {
      const o = node.office;
      const hasChildren = node.children.length > 0;
      const isOpen = expanded.has(o.id);
      const place = [pickLocalized(o.city, fmt.lang), fmt.country(o.country)].filter(Boolean).join(', ');
      const time = o.timeZone ? fmt.timeIn(o.timeZone, now) : '';
      return (
        <li
          key={o.id}
          ref={(el) => {
            if (el) itemRefs.current.set(o.id, el);
            else itemRefs.current.delete(o.id);
          }}
          role="treeitem"
          aria-level={node.level}
          aria-setsize={nodes.length}
          aria-posinset={i + 1}
          aria-expanded={hasChildren ? isOpen : undefined}
          aria-selected={o.id === openId}
          tabIndex={o.id === active ? 0 : -1}
          className="office-tree__item"
          onKeyDown={(e) => {
            if (e.target === e.currentTarget) onKeyDown(e, node);
          }}
          onFocus={(e) => {
            if (e.target === e.currentTarget) setCursor(o.id);
          }}
        >
          <div
            className={`office-tree__row${o.id === openId ? ' is-open' : ''}${o.archivedAt ? ' is-muted' : ''}`}
            style={{ paddingInlineStart: `calc(${node.level - 1} * 20px + 4px)` }}
            onClick={() => {
              setCursor(o.id);
              focusItem(o.id);
              onCursorChange({ id: o.id }, 'pointer');
            }}
          >
            <span
              className={`office-tree__twisty${hasChildren ? '' : ' is-leaf'}${isOpen ? ' is-open' : ''}`}
              aria-hidden="true"
              onClick={(e) => {
                if (!hasChildren) return;
                e.stopPropagation();
                toggle(o.id, !isOpen);
              }}
            >
              {hasChildren && <Icon name="sortDown" />}
            </span>
            <span className="office-tree__name">{o.label}</span>
            <span className="office-tree__kind badge">{t(`offices.kind.${o.kind}`)}</span>
            {o.archivedAt && <span className="badge">{t('common.archived')}</span>}
            <span className="office-tree__place">{place}</span>
            <span className="office-tree__count">{t('officeTree.contacts', { count: o.contactCount })}</span>
            <span className="office-tree__time" title={o.timeZone ?? undefined}>
              {o.timeZone ? (
                <>
                  <span className="visually-hidden">{t('officeTree.localTime', { time, zone: o.timeZone })}</span>
                  <time aria-hidden="true">{time}</time>
                </>
              ) : (
                <span className="office-tree__no-zone">{t('officeTree.noZone')}</span>
              )}
            </span>
          </div>
          {hasChildren && isOpen && <ul role="group">{renderNodes(node.children)}</ul>}
        </li>
      );
    });

  if (!data) return <p className="office-tree__message">{t('officeTree.loading')}</p>;
  return (
    <div className="office-tree">
      {data.total > data.rows.length && (
        <p className="office-tree__message">
          {t('officeTree.truncated', { shown: data.rows.length, total: data.total })}
        </p>
      )}
      {roots.length === 0 ? (
        <p className="office-tree__message">
          {folded ? t('offices.noMatchTitle', { query }) : t('offices.emptyTitle')}
        </p>
      ) : (
        <ul ref={treeRef} role="tree" aria-label={t('officeTree.label')} className="office-tree__list" tabIndex={-1}>
          {renderNodes(roots)}
        </ul>
      )}
    </div>
  );
}
