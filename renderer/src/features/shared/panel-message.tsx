import { useTranslation } from 'react-i18next';

/** What the record panel shows while loading, or when its record is gone. */
export function PanelMessage({ text, onClose }: { readonly text: string; readonly onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-message" role="status">
      <p>{text}</p>
      {onClose && (
        <button type="button" className="button" onClick={onClose}>
          {t('form.close')}
        </button>
      )}
    </div>
  );
}
