/**
 * Saved searches across two browsers: OSH saves a search naming a demo company (through the API, as
 * the register search page's "save this search" button does) and keeps the notification page open.
 * The police record a restricted tip about that company. Without a reload OSH is told — as a hit only:
 * which authority holds something new, never the tip. She then renames, mutes and deletes the search
 * on the page, by keyboard-reachable buttons, and the page stays accessible.
 */
import { expect, type Page, test } from '@playwright/test';
import { companyIdForIndex } from '../src/server/modules/demo-data/index.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn } from './support/login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

const COMPANY_ID = companyIdForIndex(Number(process.env.SILTA_DEMO_SEED ?? 20260307), 0);

const pages: PageProblems[] = [];

test.afterEach(() => {
  for (const problems of pages.splice(0)) {
    expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
  }
});

async function openAs(page: Page, username: string, greeting: RegExp) {
  pages.push(await watchForProblems(page, [SIGNED_OUT_PROBE]));
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: greeting })).toBeVisible();
}

/** A JSON call with the session's CSRF token, as the web app makes it. */
async function api(page: Page, method: 'GET' | 'POST', path: string, data?: object) {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin },
    ...(data ? { data } : {}),
  });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

test('a saved search tells OSH of a hit live, and she renames, mutes and deletes it', async ({ browser }) => {
  test.slow(); // two browsers and a live round trip, on two shared cores
  const oshContext = await browser.newContext();
  const policeContext = await browser.newContext();
  const osh = await oshContext.newPage();
  const police = await policeContext.newPage();

  await openAs(osh, 'osh.inspector', /Tervetuloa, Laura Nieminen/);
  const company = await api(osh, 'GET', `/api/targets/companies/${COMPANY_ID}`);
  expect(company.status).toBe(200);
  const companyName = String(company.body.name);
  const saved = await api(osh, 'POST', '/api/saved-searches', {
    name: `Seuranta ${Date.now()}`,
    filters: { q: companyName },
  });
  expect(saved.status).toBe(201);
  const name = String(saved.body.name);

  // OSH keeps the notification page open; her saved search is listed there.
  const bell = osh.getByRole('banner').getByRole('link', { name: /^Ilmoitukset/ });
  await bell.click();
  await expect(osh.getByRole('heading', { level: 1, name: 'Ilmoitukset' })).toBeVisible();
  const section = osh.getByRole('region', { name: 'Tallennetut haut' });
  const item = section.getByRole('listitem').filter({ has: osh.getByRole('heading', { name }) });
  await expect(item).toContainText(`Hakusana: ${companyName}`);

  // Police: a restricted tip about the company (not shared with OSH).
  await openAs(police, 'police.officer', /Tervetuloa, Pekka Virtanen/);
  const tipTitle = `Vinkki ${Date.now()}`;
  const tip = await api(police, 'POST', '/api/records', {
    kind: 'tip',
    title: tipTitle,
    body: 'Nimetön soittaja: palkat maksetaan käteisellä.',
    classification: 'restricted',
    secrecyBasis: 'JulkL 24 § 1 mom. 3 kohta',
    categories: ['police_information'],
    targets: [{ type: 'company', id: COMPANY_ID }],
  });
  expect(tip.status).toBe(201);

  // OSH, without a reload: a hit — who holds something new — and nothing of the tip itself.
  const hit = osh
    .getByRole('listitem')
    .filter({ hasText: 'uusia tietoja kohteesta, jonka tallennettu hakusi löytää' });
  await expect(hit).toBeVisible({ timeout: 15_000 });
  await expect(hit).toContainText('Poliisi');
  await expect(osh.getByText(tipTitle)).toHaveCount(0);
  await expectNoSeriousA11yViolations(osh, 'notifications with saved searches');

  // Rename.
  await item.getByRole('button', { name: 'Nimeä uudelleen' }).click();
  const renamed = `${name} (Uusimaa)`;
  await section.getByLabel('Haun nimi').fill(renamed);
  await section.getByRole('button', { name: 'Tallenna' }).click();
  const renamedItem = section
    .getByRole('listitem')
    .filter({ has: osh.getByRole('heading', { name: renamed }) });
  await expect(renamedItem).toBeVisible();

  // Mute, then delete (a second, confirming press).
  await renamedItem.getByRole('button', { name: 'Vaimenna' }).click();
  await expect(renamedItem.getByRole('heading', { name: renamed })).toContainText('Vaimennettu');
  await renamedItem.getByRole('button', { name: 'Poista' }).click();
  await renamedItem.getByRole('button', { name: 'Vahvista poisto' }).click();
  await expect(section.getByRole('status')).toHaveText(`Haku ”${renamed}” poistettiin.`);
  await expect(section.getByRole('heading', { name: renamed })).toHaveCount(0);

  await oshContext.close();
  await policeContext.close();
});
