import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../api/hooks';
import { toastError, toastSuccess } from '../../components/toast/toast-store';

interface EraseDialogProps {
  readonly contactId: number;
  readonly name: string;
  readonly onDone: (erased: boolean) => void;
}

const normalized = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * "Delete permanently": the person's name must be typed before the button works, the safe button has focus, and
 * the server checks the typed name again. Rendered outside the record form so Enter and Escape stay in the dialog.
 */
export function EraseDialog({ contactId, name, onDone }: EraseDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const matches = normalized(typed) === normalized(name) && typed.trim() !== '';

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const erase = async () => {
    if (!matches || busy) return;
    setBusy(true);
    try {
      await mutate('contacts:erase', { id: contactId, confirmation: typed });
      toastSuccess(t('contactDetail.erase.done', { name }));
      onDone(true);
    } catch (error) {
      toastError(error);
      setBusy(false);
    }
  };

  return createPortal(
    <dialog
      ref={ref}
      className="dialog dialog--confirm"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onDone(false);
      }}
      // React bubbles portal events to the record form, which would take Escape and Ctrl+S for itself.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void erase();
        }}
      >
        <h2 id={`${ids}-title`} className="dialog__title">
          {t('contactDetail.erase.title', { name })}
        </h2>
        <p id={`${ids}-body`} className="dialog__body">
          {t('contactDetail.erase.body')}
        </p>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-name`}>
            {t('contactDetail.erase.typeLabel', { name })}
          </label>
          <input
            id={`${ids}-name`}
            className="input"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setTyped(e.target.value)}
            autoFocus
          />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onDone(false)} disabled={busy}>
            {t('contactDetail.erase.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={!matches || busy}>
            {t('contactDetail.erase.confirm')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
