import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ChooseSourceProps {
  readonly onFile: (file: File) => void;
  readonly onText: (text: string) => void;
}

const ACCEPT = '.csv,.tsv,.tab,.txt,.xlsx,.vcf,.vcard,.html,.htm,.docx,text/csv,text/vcard,text/plain,text/html';

/** The first step: a file (chosen or dropped) or the pasted text of a release. */
export function ChooseSource({ onFile, onText }: ChooseSourceProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState('');
  const fileId = useId();
  const hintId = useId();
  const pasteId = useId();
  const pasteHintId = useId();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div className="import-choose">
      <p className="import-choose__intro">{t('importer.intro')}</p>
      <div
        className={`import-drop${dragging ? ' import-drop--active' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={fileId} className="button button--primary import-drop__button">
          {t('importer.chooseFile')}
        </label>
        <input
          id={fileId}
          type="file"
          className="import-drop__input"
          accept={ACCEPT}
          aria-label={t('importer.fileLabel')}
          aria-describedby={hintId}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
        <p id={hintId} className="import-hint">
          {t('importer.fileHint')}
        </p>
        <p className="import-hint">{dragging ? t('importer.dropActive') : t('importer.dropHere')}</p>
      </div>
      <form
        className="import-paste"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onText(text);
        }}
      >
        <label htmlFor={pasteId} className="import-paste__label">
          {t('importer.pasteLabel')}
        </label>
        <p id={pasteHintId} className="import-hint">
          {t('importer.pasteHint')}
        </p>
        <textarea
          id={pasteId}
          className="textarea import-paste__text"
          rows={10}
          value={text}
          aria-describedby={pasteHintId}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <div>
          <button type="submit" className="button" disabled={!text.trim()}>
            {t('importer.pasteAction')}
          </button>
        </div>
      </form>
    </div>
  );
}
