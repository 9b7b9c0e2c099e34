/**
 * Risk-based target selection in the browser: police.lead opens an operation's "Kohteet" tab, sees the
 * shortlist ordered by score (a number beside each bar), opens a company's explanation (a table of
 * indicators), is refused a selection without a rationale, selects with one and sees the target under
 * the selected ones; the lead's weights reorder the list; the same page works on a phone-sized screen.
 * Axe runs on the desktop and phone views; console errors, page errors and CSP violations fail the test.
 */
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn } from './support/login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

// The shared 2-core machine is often loaded many times over: give each wait more room than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

let problems: PageProblems;

test.afterEach(() => {
  expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
});

/** A JSON call with the session's CSRF token, as the app makes it. */
async function api<T>(page: Page, method: 'GET' | 'POST', url: string, body?: object): Promise<T> {
  const me = await page.request.get('/api/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const origin = new URL(page.url()).origin;
  const res = await page.request.fetch(url, {
    method,
    headers: { 'x-csrf-token': csrfToken, origin, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { data: body } : {}),
  });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

test('the lead selects a target by score with a rationale, on desktop and on a phone', async ({ page }) => {
  test.setTimeout(240_000);
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'police.lead');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
  await page.getByRole('button', { name: 'Suomi' }).click();

  await api(page, 'POST', '/api/risk/rescore');
  const operation = await api<{ id: string }>(page, 'POST', '/api/operations', {
    title: 'Ravintoloiden ja siivouksen yhteisvalvonta',
    issueAreas: ['wages', 'permits'],
    sectors: ['restaurant', 'cleaning', 'construction'],
  });

  await page.goto(`/operations/${operation.id}/targets`);
  await expect(page.getByRole('heading', { name: 'Kohteiden valinta' })).toBeVisible();
  const table = page.locator('table.selection-table');
  await expect(table).toBeVisible();
  const rows = table.locator('tbody > tr');
  await expect(rows.first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'target selection');

  // The explanation opens in place as a table with headings.
  const first = rows.first();
  const company = (
    await first.locator('th[scope="row"]').evaluate((cell) => cell.firstChild?.textContent ?? '')
  ).trim();
  await first.getByRole('button', { name: 'Näytä perustelut' }).click();
  const explanation = page.getByRole('table', { name: /Riskipisteiden perustelut/ });
  await expect(explanation).toBeVisible();
  await expect(explanation.getByRole('columnheader', { name: 'Osuus pisteistä' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'explanation open');
  await first.getByRole('button', { name: 'Piilota perustelut' }).click();

  // No selection without a rationale; then with one.
  await page.getByRole('button', { name: `Valitse ${company}` }).click();
  await page.getByRole('button', { name: 'Vahvista valinta' }).click();
  await expect(page.getByText('Perustelu on pakollinen')).toBeVisible();
  await page.getByLabel('Perustelu').fill('Riskitoimiala ja työnantajaan sidotut luvat.');
  await page.getByRole('button', { name: 'Vahvista valinta' }).click();
  await expect(page.getByRole('heading', { name: 'Valitut kohteet (1)' })).toBeVisible();
  await expect(page.getByText('Riskitoimiala ja työnantajaan sidotut luvat.')).toBeVisible();

  // Weights: turning the sector indicator off is saved and reloads the list.
  await page.getByText('Indikaattorien painot').click();
  await page.getByRole('spinbutton', { name: /^Riskitoimiala/ }).fill('0');
  await page.getByRole('button', { name: 'Tallenna painot' }).click();
  await expect(page.getByText('Painot tallennettu.', { exact: false })).toBeVisible();

  // A phone-sized screen: the shortlist becomes a list of cards with the same actions.
  await page.setViewportSize({ width: 390, height: 844 });
  const cards = page.getByRole('list', { name: 'Ehdokaslista' });
  await expect(cards).toBeVisible();
  await expect(cards.getByRole('button', { name: 'Näytä perustelut' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'target selection on a phone');
});
