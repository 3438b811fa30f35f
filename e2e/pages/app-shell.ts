import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/** The window around every page: sidebar, status bar, toasts and the Ctrl+K palette. */
export class AppShell {
  readonly nav: Locator;
  readonly notifications: Locator;
  readonly statusBar: Locator;
  readonly palette: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation');
    this.notifications = page.getByRole('region', { name: 'Notifications' });
    this.statusBar = page.getByRole('contentinfo');
    this.palette = page.getByRole('dialog', { name: 'Go to anything' });
  }

  /** Loads the app from the URL `pressdesk serve` printed and waits until it shows the database it opened. */
  async open(url: string) {
    await this.page.goto(url);
    // The token is swapped for a cookie and leaves the address bar.
    await expect(this.page).not.toHaveURL(/token=/);
    await expect(this.statusBar).toContainText('pressdesk.db');
  }

  /** Goes to a route of the app by its address (`#/contacts/12`), as a bookmark or a pasted link would. */
  async openRoute(hash: `#/${string}`) {
    await this.page.goto(new URL(hash, this.page.url()).href);
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Follows a sidebar link with the mouse and waits for the page's heading. */
  async goTo(name: string) {
    await this.navLink(name).click();
    await expect(this.heading(name)).toBeVisible();
  }

  /** Shift+Tab back to a sidebar link and Enter, from wherever the focus is. */
  async goToByKeyboard(name: string) {
    await tabTo(this.page, this.navLink(name), { backwards: true, max: 80 });
    await this.page.keyboard.press('Enter');
    await expect(this.heading(name)).toBeVisible();
    await expect(this.navLink(name)).toHaveAttribute('aria-current', 'page');
  }

  /** A toast (success or error) whose text contains `text`. */
  toast(text: string | RegExp): Locator {
    return this.notifications.locator('[role="status"], [role="alert"]').filter({ hasText: text });
  }

  async openPalette() {
    // Right after a reload the shortcut would reach a page whose app has not mounted yet, and be lost.
    await expect(this.statusBar).toContainText('pressdesk.db');
    await this.page.keyboard.press('Control+K');
    await expect(this.palette).toBeVisible();
    await expect(this.palette.getByRole('combobox')).toBeFocused();
  }

  async closePalette() {
    await this.page.keyboard.press('Escape');
    await expect(this.palette).toBeHidden();
  }
}
