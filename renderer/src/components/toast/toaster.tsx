import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../icon';
import { dismissToast, toastStore, type Toast } from './toast-store';
import './toast.css';

function ToastItem({ toast }: { readonly toast: Toast }) {
  const { t } = useTranslation();
  return (
    <div className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <Icon
        name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check' : 'info'}
        className="toast__icon"
      />
      <div className="toast__text">
        <p className="toast__title">{toast.title}</p>
        {toast.body && <p className="toast__body">{toast.body}</p>}
      </div>
      {toast.action && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            dismissToast(toast.id);
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="button button--ghost button--icon button--small"
        aria-label={t('common.dismiss')}
        onClick={() => dismissToast(toast.id)}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}

export function Toaster() {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.snapshot);
  const { t } = useTranslation();
  return (
    <section className="toaster" aria-label={t('common.notifications')}>
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </section>
  );
}
