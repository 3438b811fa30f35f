import { expect, type Locator, type Page } from '@playwright/test';

export interface TabOptions {
  /** Shift+Tab instead of Tab. */
  readonly backwards?: boolean;
  /** Presses allowed before giving up: a control further away than this is, in practice, unreachable. */
  readonly max?: number;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, the way a keyboard user moves through the window, and checks
 * the focus is one the stylesheet shows (`:focus-visible`). Fails when the target is not in the tab order.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 }: TabOptions = {}) {
  await target.waitFor();
  const focused = target.and(page.locator(':focus'));
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; (await focused.count()) === 0; presses++) {
    if (presses === max) throw new Error(`${String(target)} was not reached with ${max} presses of ${key}`);
    await page.keyboard.press(key);
  }
  await expect(target.and(page.locator(':focus-visible')), 'keyboard focus is visible').toHaveCount(1);
}

/** Tabs to a text field and types into it, key by key. */
export async function typeInto(page: Page, field: Locator, text: string, options?: TabOptions) {
  await tabTo(page, field, options);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/**
 * Tabs to a closed `<select>` and types the start of an option's label, as one does on a desktop: the select's own
 * type-ahead picks the option without opening the list.
 */
export async function chooseOption(page: Page, select: Locator, typed: string, label: string, options?: TabOptions) {
  // Options filled from the API arrive after the form shows; typing before they exist would pick nothing.
  await expect(select.locator('option', { hasText: label }).first()).toBeAttached();
  await tabTo(page, select, options);
  await page.keyboard.type(typed);
  await expect(select.locator('option:checked')).toHaveText(label);
}
