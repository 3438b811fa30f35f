import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { BlockPreview } from './block-preview';
import { BlockRow } from './block-row';
import { dropRow, moveRow, toggleChannel, type DraftBlock } from './blocks-model';
import { ContactSearch } from './contact-search';
import { ContactSuggestions } from './contact-suggestions';
import { useBlockEditor } from './use-block-editor';
import './blocks.css';

export interface ReleaseContactBlocksProps {
  readonly releaseId: number;
  /** The release's language: the preview is rendered in it. */
  readonly language: string;
  readonly readOnly: boolean;
}

const SUBHEADING_SAVE_MS = 500;

/**
 * The contact block builder: people added by search or from the suggestions, in one or more blocks with optional
 * sub-headings ("In Geneva:"), ordered by drag or Alt+Up/Down, each showing the phones and emails ticked, and the
 * block as the release will print it.
 */
export function ReleaseContactBlocks({ releaseId, readOnly }: ReleaseContactBlocksProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const editor = useBlockEditor(releaseId);
  const [announcement, setAnnouncement] = useState('');
  const [target, setTarget] = useState(0);
  const dragged = useRef<{ block: number; row: number } | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const subheadingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(subheadingTimer.current), []);

  const blocks = editor.draft;
  const server = editor.server;
  const count = blocks?.length ?? 0;
  const targetIndex = Math.min(target, Math.max(count - 1, 0));

  const focusRow = (contactId: number, blockIndex: number) =>
    requestAnimationFrame(() =>
      listRef.current
        ?.querySelector<HTMLElement>(
          `[data-block-contact="${contactId}"][data-block-index="${blockIndex}"] .block-row__handle`,
        )
        ?.focus(),
    );

  const total = (all: readonly DraftBlock[]) => all.reduce((n, b) => n + b.rows.length, 0);
  const positionOf = (all: readonly DraftBlock[], block: number, row: number) =>
    all.slice(0, block).reduce((n, b) => n + b.rows.length, 0) + row + 1;

  const move = (blockIndex: number, rowIndex: number, by: -1 | 1) => {
    if (!blocks) return;
    const name = blocks[blockIndex]?.rows[rowIndex]?.contact.displayName ?? '';
    const contactId = blocks[blockIndex]?.rows[rowIndex]?.contact.id;
    const moved = moveRow(blocks, blockIndex, rowIndex, by);
    if (!moved || contactId === undefined) return;
    editor.change(moved.blocks);
    setAnnouncement(
      t('blocks.announce.moved', {
        name,
        position: positionOf(moved.blocks, moved.to.block, moved.to.row),
        total: total(moved.blocks),
      }),
    );
    focusRow(contactId, moved.to.block);
  };

  const updateBlock = (index: number, next: DraftBlock, save = true) =>
    blocks &&
    editor.change(
      blocks.map((b, i) => (i === index ? next : b)),
      { save },
    );

  const onSubheading = (index: number, block: DraftBlock, value: string) => {
    updateBlock(index, { ...block, subheading: value }, false);
    clearTimeout(subheadingTimer.current);
    subheadingTimer.current = setTimeout(editor.save, SUBHEADING_SAVE_MS);
  };

  const add = (contactId: number, name: string) => {
    void editor.addContact(contactId, targetIndex);
    setAnnouncement(t('blocks.announce.added', { name }));
  };

  return (
    <section
      className="release-blocks"
      data-release-field="contactBlocks"
      aria-labelledby={titleId}
      aria-busy={editor.saving}
      // The builder speaks the UI's language, even inside an Arabic release: only the preview is right to left.
      dir={i18n.dir()}
    >
      <h2 id={titleId} className="release-blocks__title" tabIndex={-1}>
        {t('blocks.title')}
      </h2>
      <div className="release-blocks__layout">
        <div className="release-blocks__editor" ref={listRef}>
          {!readOnly && (
            <div className="release-blocks__add">
              <ContactSearch releaseId={releaseId} onAdd={(c) => add(c.contactId, c.displayName)} />
              {count > 1 && (
                <label className="field release-blocks__target">
                  <span className="field__label">{t('blocks.addTo')}</span>
                  <select className="select" value={targetIndex} onChange={(e) => setTarget(Number(e.target.value))}>
                    {blocks?.map((b, i) => (
                      <option key={b.key} value={i}>
                        {b.subheading.trim() || t('blocks.blockNumber', { number: i + 1 })}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          )}
          {blocks && total(blocks) === 0 && count <= 1 && <p className="muted">{t('blocks.empty')}</p>}
          {blocks?.map((block, b) => (
            <div
              key={block.key}
              className="release-block"
              role="group"
              aria-label={t('blocks.blockNumber', { number: b + 1 })}
            >
              {(count > 1 || block.subheading !== '') && (
                <div className="release-block__head">
                  <label className="field release-block__subheading">
                    <span className="field__label">{t('blocks.subheading', { number: b + 1 })}</span>
                    <input
                      className="input"
                      value={block.subheading}
                      placeholder={t('blocks.subheadingPlaceholder')}
                      readOnly={readOnly}
                      maxLength={200}
                      onChange={(e) => onSubheading(b, block, e.target.value)}
                      onBlur={() => {
                        clearTimeout(subheadingTimer.current);
                        if (!readOnly) editor.save();
                      }}
                    />
                  </label>
                  {!readOnly && count > 1 && (
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => {
                        editor.change(blocks.filter((_, i) => i !== b));
                        setAnnouncement(t('blocks.announce.blockRemoved', { number: b + 1 }));
                      }}
                    >
                      {t('blocks.removeBlock', { number: b + 1 })}
                    </button>
                  )}
                </div>
              )}
              <ol
                className="release-block__rows"
                onDragOver={(e) => !readOnly && e.preventDefault()}
                onDrop={(e) => {
                  // Dropped below the last row: to the end of this block.
                  if (e.target !== e.currentTarget || !dragged.current) return;
                  e.preventDefault();
                  const next = dropRow(blocks, dragged.current, { block: b, row: block.rows.length });
                  if (next) editor.change(next);
                  dragged.current = null;
                }}
              >
                {block.rows.map((row, r) => (
                  <BlockRow
                    key={row.id ?? `new-${row.contact.id}`}
                    row={row}
                    blockIndex={b}
                    index={r}
                    readOnly={readOnly}
                    canMoveUp={r > 0 || (b > 0 && !blocks[b - 1]!.rows.some((x) => x.contact.id === row.contact.id))}
                    canMoveDown={
                      r < block.rows.length - 1 ||
                      (b < count - 1 && !blocks[b + 1]!.rows.some((x) => x.contact.id === row.contact.id))
                    }
                    onMove={(by) => move(b, r, by)}
                    onRemove={() => {
                      updateBlock(b, { ...block, rows: block.rows.filter((_, i) => i !== r) });
                      setAnnouncement(t('blocks.announce.removed', { name: row.contact.displayName }));
                    }}
                    onToggle={(kind, id, shown) =>
                      updateBlock(b, {
                        ...block,
                        rows: block.rows.map((x, i) => (i === r ? toggleChannel(x, kind, id, shown) : x)),
                      })
                    }
                    onDragStart={() => {
                      dragged.current = { block: b, row: r };
                    }}
                    onDropHere={() => {
                      if (!dragged.current) return;
                      const next = dropRow(blocks, dragged.current, { block: b, row: r });
                      if (next) editor.change(next);
                      dragged.current = null;
                    }}
                  />
                ))}
              </ol>
            </div>
          ))}
          {!readOnly && blocks && total(blocks) > 0 && (
            <button
              type="button"
              className="button button--small release-blocks__add-block"
              onClick={() => {
                editor.change([...blocks, { key: `new-${Date.now()}`, subheading: '', rows: [] }]);
                setTarget(blocks.length);
                setAnnouncement(t('blocks.announce.blockAdded', { number: blocks.length + 1 }));
              }}
            >
              <Icon name="plus" />
              {t('blocks.addBlock')}
            </button>
          )}
        </div>
        {server && <BlockPreview blocks={server} saving={editor.saving} />}
      </div>
      {!readOnly && <ContactSuggestions releaseId={releaseId} onAdd={(c) => add(c.contactId, c.displayName)} />}
      <div className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </section>
  );
}
