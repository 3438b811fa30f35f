import { isApiError } from '../../api/api-error';
import { describeError } from '../../app/error-messages';
import { i18n } from '../../i18n';

export type ToastTone = 'success' | 'error' | 'info';

export interface ToastAction {
  readonly label: string;
  readonly run: () => void | Promise<void>;
}

export interface Toast {
  readonly id: number;
  readonly tone: ToastTone;
  readonly title: string;
  readonly body?: string;
  readonly action?: ToastAction;
}

const MAX_VISIBLE = 4;
let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

const publish = (next: readonly Toast[]) => {
  toasts = next;
  for (const l of listeners) l();
};

export function dismissToast(id: number) {
  clearTimeout(timers.get(id));
  timers.delete(id);
  publish(toasts.filter((t) => t.id !== id));
}

/** Results fade after a few seconds; errors stay until dismissed, since they say what to do. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  publish([...toasts, { ...toast, id }].slice(-MAX_VISIBLE));
  if (toast.tone !== 'error')
    timers.set(
      id,
      setTimeout(() => dismissToast(id), toast.action ? 8000 : 4000),
    );
  return id;
}

export function toastSuccess(title: string, action?: ToastAction) {
  return showToast({ tone: 'success', title, ...(action ? { action } : {}) });
}

export function toastError(error: unknown) {
  const { titleKey, actionKey } = describeError(error);
  // A failure that is not an API error is a bug in the window itself: keep its stack for whoever investigates.
  if (!isApiError(error)) console.error(error);
  return showToast({ tone: 'error', title: i18n.t(titleKey), body: i18n.t(actionKey) });
}

export const toastStore = {
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  snapshot: () => toasts,
};
