import { useEffect } from 'react';
import { confirmDialog } from '../components/dialog/confirm-store';
import { i18n } from '../i18n';

const dirtyForms = new Set<symbol>();

export const hasUnsavedChanges = () => dirtyForms.size > 0;

/** Registers a form with unsaved edits for as long as it is mounted and dirty. */
export function useUnsavedChanges(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('dirty-form');
    dirtyForms.add(token);
    return () => {
      dirtyForms.delete(token);
    };
  }, [dirty]);
}

/** True when there is nothing to lose, or the user chose to discard it. */
export async function confirmDiscard(): Promise<boolean> {
  if (!hasUnsavedChanges()) return true;
  return confirmDialog({
    title: i18n.t('unsaved.title'),
    body: i18n.t('unsaved.body'),
    confirmLabel: i18n.t('unsaved.discard'),
    cancelLabel: i18n.t('unsaved.keepEditing'),
    tone: 'danger',
    initialFocus: 'cancel',
  });
}

/** Closing or reloading the window with unsaved edits asks first (the browser words the question). */
export function installBeforeUnloadGuard() {
  window.addEventListener('beforeunload', (event) => {
    if (hasUnsavedChanges()) event.preventDefault();
  });
}
