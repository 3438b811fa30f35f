import type { ReleaseCheckFinding } from '../../../../../electron/ipc/contract';

const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, [contenteditable="true"], button, [tabindex]';

/** The element that fixes a finding: the release editor marks its fields with `data-release-field`. */
function targetElement(target: ReleaseCheckFinding['target']): HTMLElement | null {
  if (target.contactId !== undefined) {
    const row =
      document.querySelector<HTMLElement>(`[data-block-contact="${target.contactId}"]`) ??
      document.querySelector<HTMLElement>('[data-release-field="contactBlocks"]');
    return row;
  }
  if (target.field) return document.querySelector<HTMLElement>(`[data-release-field="${target.field}"]`);
  return null;
}

/** Whether the page shows what a finding points at, so the panel offers "Go to" only where it can go. */
export const canGoTo = (target: ReleaseCheckFinding['target']) =>
  target.releaseId !== undefined || target.contactId !== undefined || target.field !== undefined;

/**
 * Brings the fix into view and puts the keyboard there: the field itself, or the first control inside the
 * marked region (a block row's move handle, the contact search). Returns false when the page does not show it.
 */
export function goToFinding(target: ReleaseCheckFinding['target']): boolean {
  if (target.releaseId !== undefined && target.contactId === undefined && target.field === undefined) {
    window.location.hash = `#/releases/${target.releaseId}`;
    return true;
  }
  const element = targetElement(target);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const focusable = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  (focusable ?? element).focus({ preventScroll: true });
  return true;
}
