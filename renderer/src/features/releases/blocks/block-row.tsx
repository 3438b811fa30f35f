import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { useFormat } from '../../../i18n/format';
import { pickLocalized } from '../../../i18n/localized';
import type { DraftRow } from './blocks-model';

export interface BlockRowProps {
  readonly row: DraftRow;
  readonly blockIndex: number;
  readonly index: number;
  /** Rows in all blocks before and after this one: whether it can move at all. */
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly readOnly: boolean;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
  readonly onToggle: (kind: 'phone' | 'email', id: number, shown: boolean) => void;
  readonly onDragStart: () => void;
  readonly onDropHere: () => void;
}

/** One person in a block: drag it or press Alt+Up/Down to move it, tick the numbers and addresses it shows. */
export function BlockRow(props: BlockRowProps) {
  const { row, readOnly } = props;
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = row.contact;
  const name = c.displayName;
  const place = pickLocalized(c.officeName, fmt.lang) || pickLocalized(c.organisationName, fmt.lang);

  const onKeyDown = (e: KeyboardEvent) => {
    if (readOnly || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && props.canMoveUp) props.onMove(-1);
    if (e.key === 'ArrowDown' && props.canMoveDown) props.onMove(1);
  };
  const onDragOver = (e: DragEvent) => {
    if (readOnly) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
  };

  return (
    <li
      className="block-row"
      data-block-contact={c.id}
      data-block-index={props.blockIndex}
      draggable={!readOnly}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', name);
        props.onDragStart();
      }}
      onDragOver={onDragOver}
      onDrop={(e) => {
        e.preventDefault();
        props.onDropHere();
      }}
      onKeyDown={onKeyDown}
    >
      {!readOnly && (
        <button
          type="button"
          className="button button--ghost button--icon button--small block-row__handle"
          aria-label={t('blocks.row.handle', { name })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          title={t('blocks.row.handleHint')}
        >
          <Icon name="grip" />
        </button>
      )}
      <div className="block-row__body">
        <div className="block-row__head">
          <span className="block-row__name">{name}</span>
          {place && <span className="muted">{place}</span>}
          {c.doNotContact && <span className="badge badge--danger">{t('blocks.row.doNotContact')}</span>}
          {c.archived && <span className="badge badge--warning">{t('blocks.row.archived')}</span>}
        </div>
        <div className="block-row__channels">
          <fieldset className="block-row__group" disabled={readOnly}>
            <legend className="visually-hidden">{t('blocks.row.phones', { name })}</legend>
            {c.phones.length === 0 && <span className="muted">{t('blocks.row.noPhones')}</span>}
            {c.phones.map((p) => (
              <label key={p.id} className="checkbox block-row__choice">
                <input
                  type="checkbox"
                  checked={row.phoneIds.includes(p.id)}
                  onChange={(e) => props.onToggle('phone', p.id, e.target.checked)}
                />
                <bdi className="mono" dir="ltr">
                  {p.display}
                </bdi>
                {p.kind && (
                  <span className="muted">{t(`contacts.phoneKind.${p.kind}` as 'contacts.phoneKind.office')}</span>
                )}
              </label>
            ))}
          </fieldset>
          <fieldset className="block-row__group" disabled={readOnly}>
            <legend className="visually-hidden">{t('blocks.row.emails', { name })}</legend>
            {c.emails.length === 0 && <span className="muted">{t('blocks.row.noEmails')}</span>}
            {c.emails.map((m) => (
              <label key={m.id} className="checkbox block-row__choice">
                <input
                  type="checkbox"
                  checked={row.emailIds.includes(m.id)}
                  onChange={(e) => props.onToggle('email', m.id, e.target.checked)}
                />
                <bdi dir="ltr">{m.address}</bdi>
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      {!readOnly && (
        <div className="block-row__actions">
          <button
            type="button"
            className="button button--ghost button--icon button--small"
            aria-label={t('form.moveUp', { name })}
            aria-disabled={!props.canMoveUp}
            onClick={() => props.canMoveUp && props.onMove(-1)}
          >
            <Icon name="arrowUp" />
          </button>
          <button
            type="button"
            className="button button--ghost button--icon button--small"
            aria-label={t('form.moveDown', { name })}
            aria-disabled={!props.canMoveDown}
            onClick={() => props.canMoveDown && props.onMove(1)}
          >
            <Icon name="arrowDown" />
          </button>
          <button
            type="button"
            className="button button--ghost button--icon button--small"
            aria-label={t('blocks.row.remove', { name })}
            onClick={props.onRemove}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
    </li>
  );
}
