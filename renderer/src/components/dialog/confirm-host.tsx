import { useEffect, useRef, useSyncExternalStore } from 'react';
import { confirmStore, type ConfirmRequest } from './confirm-store';
import './dialog.css';

function ConfirmDialog({ request }: { readonly request: ConfirmRequest }) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The element that had focus gets it back: showModal/close restore it for us.
    dialog.showModal();
    (request.initialFocus === 'cancel' ? cancelRef : confirmRef).current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [request]);

  const answer = (ok: boolean) => {
    if (answered.current) return;
    answered.current = true;
    ref.current?.close();
    request.resolve(ok);
  };

  const titleId = `confirm-title-${request.id}`;
  const bodyId = `confirm-body-${request.id}`;
  return (
    <dialog
      ref={ref}
      className="dialog dialog--confirm"
      aria-labelledby={titleId}
      aria-describedby={request.body ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {request.title}
      </h2>
      {request.body && (
        <p id={bodyId} className="dialog__body">
          {request.body}
        </p>
      )}
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={() => answer(false)}>
          {request.cancelLabel}
        </button>
        <button
          ref={confirmRef}
          type="button"
          className={request.tone === 'danger' ? 'button button--danger' : 'button button--primary'}
          onClick={() => answer(true)}
        >
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

export function ConfirmHost() {
  const request = useSyncExternalStore(confirmStore.subscribe, confirmStore.current);
  return request ? <ConfirmDialog key={request.id} request={request} /> : null;
}
