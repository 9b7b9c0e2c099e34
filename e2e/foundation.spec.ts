/**
 * The foundation journey of the officials' app: sign in with the keyboard, see who you are, switch
 * languages, sign out; a wrong password; session expiry; the audit log; a phone-sized screen.
 * Every test fails on console errors, uncaught exceptions and CSP violations.
 */
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn, signInWithKeyboard } from './support/login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

let problems: PageProblems;

test.afterEach(() => {
  expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
});

async function expectLanguage(page: Page, lang: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('an officer signs in with the keyboard, switches language and signs out', async ({ page }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expectLanguage(page, 'fi');
  await expect(page.getByRole('link', { name: /Työntekijälle/ })).toHaveAttribute('href', '/help/');
  await expectNoSeriousA11yViolations(page, 'the login page');

  await signInWithKeyboard(page, 'police.officer');

  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Pekka Virtanen' })).toBeFocused();
  const header = page.getByRole('banner');
  await expect(header).toContainText('Pekka Virtanen');
  await expect(header).toContainText('Poliisi');
  const nav = page.getByRole('navigation', { name: 'Päävalikko' });
  await expect(nav.getByRole('link', { name: 'Etusivu' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Viranomaiset' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Tapahtumaloki' })).toHaveCount(0);
  await expect(page.getByText('Virkailija', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the signed-in home page');

  const savedSv = page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.ok());
  await page.getByRole('button', { name: 'Svenska' }).click();
  await savedSv;
  await expectLanguage(page, 'sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen, Pekka Virtanen' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toContainText('Startsida');
  await expect(header).toContainText('Polisen');
  await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');

  const savedEn = page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.ok());
  await page.getByRole('button', { name: 'English' }).click();
  await savedEn;
  await expectLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Pekka Virtanen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your roles and what they mean' })).toBeVisible();

  // The language is the user's: it survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Pekka Virtanen' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Authorities' })
    .click();
  await expect(page).toHaveURL(/\/authorities$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Authorities and their competence' }),
  ).toBeFocused();
  const osh = page.getByRole('article', { name: /^Occupational safety and health authority/ });
  await expect(osh.getByText('Unverified', { exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Police' }).getByText('Your authority')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the authorities page');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('a wrong password gets a clear message in Finnish', async ({ page }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE, { status: 401, path: '/api/auth/login' }]);
  await page.goto('/');

  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByText('Kirjoita käyttäjätunnus.')).toBeVisible();

  await page.getByLabel('Käyttäjätunnus').fill('border.officer');
  await page.getByLabel('Salasana').fill('not-the-password');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();

  await expect(page.getByRole('alert')).toHaveText('Väärä käyttäjätunnus tai salasana.');
  await expect(page.getByLabel('Salasana')).toHaveValue('');
  await expectNoSeriousA11yViolations(page, 'the login page with an error');
});

test('an ended session returns to the login page with a message', async ({ page, context }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE, { status: 401, path: '/api/authorities' }]);
  await signIn(page, 'tax.officer');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Mikko Heikkinen' })).toBeVisible();

  await context.clearCookies();
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Viranomaiset' })
    .click();

  await expect(page.getByRole('alert')).toHaveText('Istuntosi päättyi – kirjaudu uudelleen.');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
});

test('a platform admin reads the audit log, loads more and verifies the chain', async ({ page }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Aino Ylläpito' })).toBeVisible();
  // Reading the log is itself logged: 60 reads make sure there is more than one page (50 rows).
  for (let i = 0; i < 60; i += 1) expect((await page.request.get('/api/audit?limit=1')).ok()).toBe(true);
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Tapahtumaloki' })
    .click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tapahtumaloki' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Lokitiedot, uusimmat ensin' });
  await expect(table.getByRole('cell', { name: 'audit.read' }).first()).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(51); // header + one page
  await expectNoSeriousA11yViolations(page, 'the audit log');

  // Page back to the oldest row: the demo seed (accounts, register, clock, two joint operations built
  // through the services) and the journeys before this one write a number of rows that varies.
  const more = page.getByRole('button', { name: 'Näytä lisää' });
  const end = page.getByText('Kaikki rivit näytetty.');
  for (let pages = 0; pages < 100; pages += 1) {
    await expect(more.or(end)).toBeVisible();
    if (await end.isVisible()) break;
    await more.click();
  }
  await expect(end).toBeVisible();
  await expect(table.getByRole('cell', { name: 'seed.demo_accounts' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'auth.login' }).first()).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(61);

  await page.getByRole('button', { name: 'Tarkista ketju' }).click();
  await expect(page.getByText(/Ketju on ehjä: \d+ riviä tarkistettu/)).toBeVisible();

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
});

test('on a phone the navigation collapses behind a menu button', async ({ page }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'osh.inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Laura Nieminen' })).toBeVisible();

  const menu = page.getByRole('button', { name: 'Valikko' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0);
  await menu.click();
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Viranomaiset' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Viranomaiset ja toimivalta' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page, 'the authorities page on a phone');
});

test('a page whose code cannot be fetched says so and loads after a reload', async ({ page }) => {
  // Each feature area's code is fetched when first opened; here the connection drops just then.
  const authoritiesCode = /\/assets\/AuthoritiesPage-[\w-]+\.js$/;
  const watched = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  const expectedLines = [
    /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(.*\/assets\/AuthoritiesPage-[\w-]+\.js\)$/,
    /^console error: PageLoadError: The page could not be loaded/,
  ];
  problems = { list: () => watched.list().filter((line) => !expectedLines.some((re) => re.test(line))) };
  await signIn(page, 'tax.officer');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Mikko Heikkinen' })).toBeVisible();

  await page.route(authoritiesCode, (route) => route.abort('internetdisconnected'));
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Viranomaiset' })
    .click();
  await expect(page.getByRole('alert')).toContainText(
    'Sivua ei voitu ladata. Tarkista verkkoyhteys ja lataa sivu uudelleen.',
  );
  await expectNoSeriousA11yViolations(page, 'a page that could not be loaded');

  await page.unroute(authoritiesCode);
  await page.getByRole('button', { name: 'Lataa sivu uudelleen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Viranomaiset ja toimivalta' })).toBeVisible();
});
