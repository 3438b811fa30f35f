import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

export interface PickedColumn {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
}

interface ColumnPickerProps {
  readonly columns: readonly PickedColumn[];
  readonly onChange: (columns: PickedColumn[]) => void;
}

/** The export's columns: ticked ones are written, top to bottom is left to right; each moves with its own buttons. */
export function ColumnPicker({ columns, onChange }: ColumnPickerProps) {
  const { t } = useTranslation();
  const move = (index: number, by: -1 | 1) => {
    const next = [...columns];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    onChange(next);
  };
  const checkedCount = columns.filter((c) => c.checked).length;
  return (
    <fieldset className="form-section export-columns">
      <legend className="form-section__title">
        {t('exports.columns', { count: checkedCount, total: columns.length })}
      </legend>
      <ol className="export-columns__list">
        {columns.map((c, i) => (
          <li key={c.id} className="export-columns__item">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={c.checked}
                onChange={(e) =>
                  onChange(columns.map((x) => (x.id === c.id ? { ...x, checked: e.target.checked } : x)))
                }
              />
              {c.label}
            </label>
            <span className="export-columns__moves">
              <button
                type="button"
                className="button button--ghost button--icon button--small"
                aria-label={t('form.moveUp', { name: c.label })}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                <Icon name="arrowUp" />
              </button>
              <button
                type="button"
                className="button button--ghost button--icon button--small"
                aria-label={t('form.moveDown', { name: c.label })}
                disabled={i === columns.length - 1}
                onClick={() => move(i, 1)}
              >
                <Icon name="arrowDown" />
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="field__hint">
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange(columns.map((c) => ({ ...c, checked: true })))}
        >
          {t('exports.allColumns')}
        </button>
      </p>
    </fieldset>
  );
}
