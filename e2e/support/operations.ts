/**
 * Helpers for the operations journeys in the officials' app (Finnish UI): signing an actor in, the
 * Suomi.fi form controls, rescoring through the API, and finding the operation's list, tabs and phases.
 */
import {
  type Browser,
  type BrowserContext,
  expect as baseExpect,
  type Locator,
  type Page,
} from '@playwright/test';
import { signIn } from './login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './problems.ts';

// The shared 2-core machine is often loaded many times over: each wait gets more room than the default 5 s.
export const expect = baseExpect.configure({ timeout: 20_000 });

const PHONE = { width: 390, height: 844 };

export interface Actor {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** Signs in (Finnish UI) in a context of its own; the phone user then continues in a 390×844 viewport. */
export async function actor(
  browser: Browser,
  username: string,
  greeting: RegExp,
  phone = false,
): Promise<Actor> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: greeting })).toBeVisible();
  if (phone) await page.setViewportSize(PHONE);
  return { context, page, problems };
}

/** Suomi.fi check boxes and radio buttons hide the input under its label: click the label, as people do. */
export async function choose(scope: Page | Locator, label: string) {
  await scope.getByText(label, { exact: true }).click();
}

/** A Suomi.fi dropdown: open it by its label, pick the option. */
export async function pick(page: Page, scope: Page | Locator, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Rebuilds the risk scores through the real API as the signed-in user (the e2e server runs with
 * NODE_ENV=test, where the scheduled rescoring is off), with the session's CSRF token as the app sends it.
 */
export async function rescore(page: Page) {
  const me = await page.request.get('/api/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.post('/api/risk/rescore', {
    headers: { 'x-csrf-token': csrfToken, origin: new URL(page.url()).origin },
    timeout: 120_000,
  });
  expect(res.ok(), `POST /api/risk/rescore: ${res.status()} ${await res.text()}`).toBe(true);
}

export async function openOperations(page: Page) {
  const menu = page.getByRole('navigation', { name: 'Päävalikko' });
  const link = menu.getByRole('link', { name: 'Yhteisvalvonnat' });
  // On a phone the main menu sits behind its button. Wait until the shell shows one of the two
  // (isVisible() does not wait: on a slow first render it saw neither and clicked a missing button).
  const menuButton = page.getByRole('button', { name: /Valikko/ });
  await expect(link.or(menuButton).first()).toBeVisible();
  if (!(await link.isVisible())) await menuButton.click();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yhteisvalvonnat' })).toBeVisible();
}

export async function openTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Operaation osiot' }).getByRole('link', { name }).click();
  await expect(
    page.getByRole('navigation', { name: 'Operaation osiot' }).getByRole('link', { name }),
  ).toHaveAttribute('aria-current', 'page');
}

/** The phase stepper's steps: 0 planning, 1 execution, 2 feedback and follow-up. */
export function phase(page: Page, index: number): Locator {
  return page.getByRole('list', { name: 'Operaation vaiheet' }).getByRole('listitem').nth(index);
}

export async function hasTab(page: Page, name: string): Promise<boolean> {
  return (
    (await page.getByRole('navigation', { name: 'Operaation osiot' }).getByRole('link', { name }).count()) > 0
  );
}

export const tabName = {
  overview: 'Yleiskuva',
  meeting: 'Suunnittelukokous',
  targets: 'Kohteiden valinta',
  plan: 'Valvontasuunnitelma',
  field: 'Kenttä',
  followUp: 'Palaute ja jälkitoimet',
};
