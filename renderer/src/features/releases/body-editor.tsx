import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useEffect, type Ref, useImperativeHandle } from 'react';
import { useTranslation } from 'react-i18next';

export interface BodyValue {
  readonly json: unknown;
  readonly html: string;
}

export interface BodyEditorHandle {
  focus(): void;
}

interface BodyEditorProps {
  readonly id: string;
  readonly label: string;
  readonly initial: BodyValue;
  readonly editable: boolean;
  /** The release's writing direction, so Arabic paragraphs start on the right. */
  readonly dir: 'ltr' | 'rtl';
  readonly lang: string;
  readonly onChange: (value: BodyValue) => void;
  readonly onBlur: () => void;
  readonly ref?: Ref<BodyEditorHandle>;
}

/**
 * Only what the server's allowlist keeps (headings 2–4, bold, italic, underline, strike, links, lists, quotes,
 * breaks): anything else would look right while typing and vanish on save.
 */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    // It appends a paragraph after a closing list or quote on load: a change nobody typed, which would autosave.
    trailingNode: false,
    link: { openOnClick: false, autolink: true, protocols: ['mailto'], defaultProtocol: 'https' },
  }),
];

type Command = 'bold' | 'italic' | 'underline' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote';

const commands: readonly { id: Command; run: (e: Editor) => void; active: (e: Editor) => boolean }[] = [
  { id: 'bold', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { id: 'italic', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { id: 'underline', run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => e.isActive('underline') },
  {
    id: 'h2',
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (e) => e.isActive('heading', { level: 2 }),
  },
  {
    id: 'h3',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive('heading', { level: 3 }),
  },
  { id: 'bulletList', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  {
    id: 'orderedList',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive('orderedList'),
  },
  { id: 'blockquote', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
];

function Toolbar({ editor, disabled }: { readonly editor: Editor; readonly disabled: boolean }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => commands.map((c) => c.active(e)),
  });
  return (
    <div className="body-editor__toolbar" role="toolbar" aria-label={t('releases.body.toolbar')}>
      {commands.map((c, i) => (
        <button
          key={c.id}
          type="button"
          className={`button button--ghost button--small body-editor__tool body-editor__tool--${c.id}`}
          aria-pressed={active[i] ?? false}
          disabled={disabled}
          title={t(`releases.body.command.${c.id}`)}
          onClick={() => c.run(editor)}
        >
          <span aria-hidden="true">{t(`releases.body.glyph.${c.id}`)}</span>
          <span className="visually-hidden">{t(`releases.body.command.${c.id}`)}</span>
        </button>
      ))}
    </div>
  );
}

/**
 * The release body in TipTap. The document is the editor's own once loaded: saves never push the stored copy back
 * in (that would move the caret), a restored revision remounts the editor instead.
 */
export function BodyEditor(props: BodyEditorProps) {
  const { onChange, onBlur } = props;
  const editor = useEditor({
    extensions,
    // The strict CSP refuses <style> elements; the editor's few rules live in releases.css.
    injectCSS: false,
    content: (props.initial.json as object | null) ?? props.initial.html,
    editable: props.editable,
    editorProps: {
      attributes: {
        id: props.id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': props.label,
        class: 'body-editor__content',
        dir: props.dir,
        lang: props.lang,
      },
    },
    // A locked release's document can still be normalised by plugins; only a person's edits are changes.
    onUpdate: ({ editor: e }) => {
      if (e.isEditable) onChange({ json: e.getJSON(), html: e.getHTML() });
    },
    onBlur: () => onBlur(),
  });

  useEffect(() => {
    // Without `false` the switch itself is reported as an edit, and opening a release would save it.
    if (editor.isEditable !== props.editable) editor.setEditable(props.editable, false);
  }, [editor, props.editable]);

  useImperativeHandle(props.ref, () => ({ focus: () => editor.commands.focus('end') }), [editor]);

  return (
    <div className={`body-editor${props.editable ? '' : ' is-readonly'}`}>
      <Toolbar editor={editor} disabled={!props.editable} />
      <EditorContent editor={editor} />
    </div>
  );
}
