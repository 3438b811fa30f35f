import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import '../../components/dialog/dialog.css';
import './modal.css';

interface ModalProps {
  readonly title: string;
  /** Escape, the close button, or the caller's own buttons. */
  readonly onClose: () => void;
  /** While true, Escape and the close button do nothing (a long operation must be cancelled first). */
  readonly busy?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A modal dialog: focus moves in when it opens and goes back where it was when it closes. */
export function Modal({ title, onClose, busy = false, className, children }: ModalProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  const latest = useRef({ busy, onClose });
  latest.current = { busy, onClose };
  useEffect(() => {
    // Escape is taken before the browser turns it into a close request: Chromium lets a page refuse only some of
    // those, and a dialog with a running export must stay open until the export is cancelled.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Only when this dialog is the top one: a question asked over it (confirm) answers its own Escape.
      if ([...document.querySelectorAll('dialog[open]')].at(-1) !== ref.current) return;
      e.preventDefault();
      if (!latest.current.busy) latest.current.onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog modal${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
      onClose={(e) => {
        // Closed by the browser all the same (a close request it would not let the page refuse): keep the state true.
        if (busy) e.currentTarget.showModal();
        else onClose();
      }}
    >
      <header className="modal__header">
        <h2 id={titleId} className="dialog__title modal__title">
          {title}
        </h2>
        <button
          type="button"
          className="button button--ghost button--icon"
          aria-label={t('form.close')}
          disabled={busy}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}
