import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icon';

export interface ChooserColumn {
  readonly id: string;
  readonly header: string;
  readonly visible: boolean;
}

interface ColumnChooserProps {
  readonly tableId: string;
  readonly columns: readonly ChooserColumn[];
  readonly order: readonly string[];
  readonly onToggle: (id: string, visible: boolean) => void;
  readonly onMove: (id: string, by: number) => void;
  readonly onReset: () => void;
}

/**
 * Show, hide and reorder columns: the keyboard's way to do what dragging headers does. A native popover, so it
 * closes on Escape or a click outside and returns focus to its button. Memoised: its labels only change with the columns.
 */
export const ColumnChooser = memo(function ColumnChooser({
  tableId,
  columns,
  order,
  onToggle,
  onMove,
  onReset,
}: ColumnChooserProps) {
  const { t } = useTranslation();
  const popoverId = `${tableId}-columns`;
  const byId = new Map(columns.map((c) => [c.id, c]));
  const ordered = order.flatMap((id) => {
    const c = byId.get(id);
    return c ? [c] : [];
  });
  const visibleCount = columns.filter((c) => c.visible).length;
  return (
    <>
      <button type="button" className="button button--small column-chooser__button" popoverTarget={popoverId}>
        <Icon name="columns" />
        {t('table.columns')}
      </button>
      <div
        id={popoverId}
        popover="auto"
        className="popover column-chooser"
        role="dialog"
        aria-label={t('table.columns')}
      >
        <ul className="column-chooser__list">
          {ordered.map((c, i) => (
            <li key={c.id} className="column-chooser__item">
              <label className="checkbox column-chooser__label">
                <input
                  type="checkbox"
                  checked={c.visible}
                  disabled={c.visible && visibleCount === 1}
                  onChange={(e) => onToggle(c.id, e.target.checked)}
                />
                {c.header}
              </label>
              <button
                type="button"
                className="button button--ghost button--icon button--small"
                aria-label={t('table.moveColumnUp', { column: c.header })}
                aria-disabled={i === 0}
                onClick={() => i > 0 && onMove(c.id, -1)}
              >
                <Icon name="arrowUp" />
              </button>
              <button
                type="button"
                className="button button--ghost button--icon button--small"
                aria-label={t('table.moveColumnDown', { column: c.header })}
                aria-disabled={i === ordered.length - 1}
                onClick={() => i < ordered.length - 1 && onMove(c.id, 1)}
              >
                <Icon name="arrowDown" />
              </button>
            </li>
          ))}
        </ul>
        <div className="column-chooser__footer">
          <button type="button" className="button button--small" onClick={onReset}>
            {t('table.resetColumns')}
          </button>
        </div>
      </div>
    </>
  );
});
