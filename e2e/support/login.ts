/** Signing in through the UI, as a user would. Demo accounts share one password. */
import { type Browser, expect, type Locator, type Page } from '@playwright/test';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './problems.ts';

export const DEMO_PASSWORD = 'silta-demo';

/** Presses Tab until `target` has focus (fails after `max` presses): proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 15): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Signs in on the (Finnish) login page with the mouse-free path: Tab, type, Tab, type, Enter. */
export async function signInWithKeyboard(page: Page, username: string, password = DEMO_PASSWORD) {
  const usernameField = page.getByLabel('Käyttäjätunnus');
  await tabTo(page, usernameField);
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Salasana')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** Signs in by filling the fields (for tests about what comes after). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
}

/**
 * Opens a page of its own for `username`, signed in and switched to Finnish, once the greeting shows;
 * its problems are added to `watched` for the spec's afterEach to check. Waits get 20 s: several
 * officials' pages and axe runs share two cores.
 */
export async function openAs(
  browser: Browser,
  username: string,
  greeting: RegExp,
  watched: PageProblems[],
): Promise<Page> {
  const slow = expect.configure({ timeout: 20_000 });
  const context = await browser.newContext();
  const page = await context.newPage();
  watched.push(await watchForProblems(page, [SIGNED_OUT_PROBE]));
  await signIn(page, username);
  await slow(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await slow(page.getByRole('heading', { level: 1, name: greeting })).toBeVisible();
  return page;
}
