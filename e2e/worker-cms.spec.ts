/**
 * The worker app's content management and its anonymous form, end to end against the real server:
 * - an editor publishes a notice for Vietnamese readers; the app shows it in Vietnamese only;
 * - a worker sends a tip with the form and keeps the reference code; the configured authority (OSH)
 *   sees it and replies, the police do not see it at all; the worker reads the reply with the code.
 * Every page is checked with axe, and console errors and CSP violations fail the test.
 */
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn } from './support/login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

const NOTICE_TITLE = 'Berry season: know your rights';
const TIP = 'The employer keeps our passports and we pick berries 14 hours a day without pay.';

const watched: PageProblems[] = [];

// Several browser contexts and axe runs per journey: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.afterEach(() => {
  for (const problems of watched.splice(0)) {
    expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
  }
});

/** A fresh browser context (own cookies, own service worker) with the problem trap installed. */
async function freshPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  watched.push(await watchForProblems(page, [SIGNED_OUT_PROBE]));
  return page;
}

/** Ticks a checkbox from the keyboard (Suomi.fi draws the box on the label, over the input). */
async function tick(checkbox: Locator): Promise<void> {
  await checkbox.focus();
  await checkbox.press('Space');
  await expect(checkbox).toBeChecked();
}

async function openWorkerApp(page: Page, lang: string): Promise<void> {
  await page.goto(`/help/?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.topics a').first()).toBeVisible();
}

test('an editor publishes a notice for Vietnamese readers; it appears in Vietnamese only', async ({
  browser,
}) => {
  const page = await freshPage(browser);
  await signIn(page, 'editor');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Työntekijäsovellus' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Työntekijäsovelluksen sisällöt' })).toBeVisible();
  const grid = page.getByRole('table', { name: 'Sivujen käännösten tila kielittäin' });
  await expect(grid.getByRole('link', { name: /Lomat ja vapaapäivät, Vietnamese: Puuttuu/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the CMS overview');

  // The side-by-side editor: an Arabic translation is written right to left, beside the English source.
  await grid.getByRole('link', { name: /Lomat ja vapaapäivät, Arabic: Puuttuu/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Holidays and days off');
  await expect(page.getByLabel('Otsikko')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByLabel('Otsikko')).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Lähdeteksti' })).toContainText('Holidays and days off');
  await expectNoSeriousA11yViolations(page, 'the side-by-side editor');

  await page.getByRole('link', { name: 'Työntekijäsovelluksen sisällöt' }).click();
  await page.getByRole('link', { name: 'Tiedotteet', exact: true }).click();
  await page.getByRole('button', { name: 'Uusi tiedote' }).click();
  const english = page.getByRole('group', { name: 'English' });
  await english.getByLabel('Otsikko').fill(NOTICE_TITLE);
  await english
    .getByLabel('Teksti')
    .fill('Ask the price of berries before you start, and keep your own record.');
  await tick(page.getByRole('checkbox', { name: 'Tiếng Việt (Vietnamese)' }));
  await tick(page.getByRole('checkbox', { name: 'Luonnonmarjojen poiminta' }));
  await expectNoSeriousA11yViolations(page, 'the notice form');
  await page.getByRole('button', { name: 'Julkaise', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Julkaistaanko tiedote?' });
  await expect(dialog).toContainText('1 kieltä');
  await dialog.getByRole('button', { name: 'Julkaise' }).click();
  await expect(page.getByText('Tiedote julkaistiin.')).toBeVisible();
  const card = page.getByRole('article', { name: NOTICE_TITLE });
  await expect(card).toContainText('Näkyy sovelluksessa');
  await expect(card).toContainText('Vietnamese');
  await expectNoSeriousA11yViolations(page, 'the notice list');

  // The worker app: Vietnamese readers see it (in English, marked as such); English readers do not.
  const vietnamese = await freshPage(browser, { width: 390, height: 844 });
  await openWorkerApp(vietnamese, 'vi');
  const notice = vietnamese.locator('.notices .notice');
  await expect(notice.getByRole('heading', { name: NOTICE_TITLE })).toBeVisible();
  await expect(notice.getByRole('heading', { name: NOTICE_TITLE })).toHaveAttribute('lang', 'en');
  await expectNoSeriousA11yViolations(vietnamese, 'the worker app home in Vietnamese');

  const english2 = await freshPage(browser, { width: 390, height: 844 });
  await openWorkerApp(english2, 'en');
  await expect(english2.getByText(NOTICE_TITLE)).toHaveCount(0);
  await expect(english2.locator('.notices')).toHaveCount(0);
});

test('the anonymous form creates a tip that only the configured authority sees and answers', async ({
  browser,
}) => {
  // A worker sends a message; nothing identifies her, and the code is shown once.
  const worker = await freshPage(browser, { width: 390, height: 844 });
  await openWorkerApp(worker, 'en');
  await worker.getByRole('link', { name: 'Tell the authorities' }).click();
  await expect(worker.getByRole('heading', { level: 1, name: 'Tell the authorities' })).toBeVisible();
  await expectNoSeriousA11yViolations(worker, 'the tip form');
  await worker.getByRole('button', { name: 'Send' }).click();
  await expect(worker.getByRole('alert')).toHaveText('Write at least 20 characters.');
  await worker.getByLabel('What is happening?').fill(TIP);
  await worker.getByLabel('Field of work (optional)').selectOption('berry-picking');
  await worker.getByRole('button', { name: 'Send' }).click();
  await expect(worker.getByRole('heading', { name: 'Thank you. Your message was sent.' })).toBeVisible();
  const code = (await worker.locator('.code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(await worker.context().cookies()).toEqual([]);
  await expectNoSeriousA11yViolations(worker, 'the sent confirmation');

  // The police do not see it: not in their list, and a direct read answers "not found".
  const police = await freshPage(browser);
  await signIn(police, 'police.officer');
  await expect(police.getByRole('button', { name: /Kirjaudu ulos|Logga ut|Sign out/ })).toBeVisible();
  const policeList = await police.request.get('/api/worker-tips');
  expect(policeList.ok()).toBe(true);
  expect(JSON.stringify(await policeList.json())).not.toContain('passports');
  await police.goto('/worker-tips');
  await expect(police.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(police.getByText(/passports/)).toHaveCount(0);

  // The OSH inspector sees it, opens it and replies.
  const osh = await freshPage(browser);
  await signIn(osh, 'osh.inspector');
  await osh
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Vihjeet työntekijöiltä' })
    .click();
  await expect(osh.getByRole('heading', { level: 1, name: 'Vihjeet työntekijäsovelluksesta' })).toBeVisible();
  await expectNoSeriousA11yViolations(osh, 'the tips inbox');
  await osh.getByRole('link', { name: /passports/ }).click();
  await expect(osh.getByRole('heading', { level: 1, name: 'Vihje' })).toBeVisible();
  await expect(osh.getByText(TIP)).toBeVisible();
  await expect(osh.getByText('Luonnonmarjojen poiminta')).toBeVisible();
  const tipId = osh.url().split('/').at(-1) ?? '';
  await osh
    .getByLabel('Vastaus lähettäjälle')
    .fill('Thank you. We will inspect the farm. You can also call the OSH telephone service.');
  await osh.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await expect(osh.getByText(/^Vastaus tallennettiin./)).toBeVisible();
  await expectNoSeriousA11yViolations(osh, 'a tip with its reply');

  const direct = await police.request.get(`/api/worker-tips/${tipId}`);
  expect(direct.status()).toBe(404);

  // The worker reads the reply with the code.
  await worker.getByRole('link', { name: 'Read the reply' }).click();
  await worker.getByLabel('Reference code').fill(code.toLowerCase());
  await worker.getByRole('button', { name: 'Show the reply' }).click();
  await expect(worker.locator('.reply')).toContainText('We will inspect the farm');
  await expectNoSeriousA11yViolations(worker, 'the reply view');
});
