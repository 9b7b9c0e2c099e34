/**
 * Real time across two browsers: OSH has Silta open; the police record a tip about a company OSH
 * follows and share it with OSH on request. Without a reload, OSH's unread count goes up (announced
 * politely) and the tip appears in her records list. The police revoke the disclosure; OSH opening the
 * record then gets the not-found page, exactly as for a record that never existed.
 */
import { expect, type Page, test } from '@playwright/test';
import { companyIdForIndex } from '../src/server/modules/demo-data/index.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn } from './support/login.ts';
import {
  type ExpectedFailure,
  type PageProblems,
  SIGNED_OUT_PROBE,
  watchForProblems,
} from './support/problems.ts';

/** The first synthetic demo company of the e2e server (default SILTA_DEMO_SEED). */
const COMPANY_ID = companyIdForIndex(Number(process.env.SILTA_DEMO_SEED ?? 20260307), 0);

const pages: PageProblems[] = [];

test.afterEach(() => {
  for (const problems of pages.splice(0)) {
    expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
  }
});

async function openAs(page: Page, username: string, greeting: RegExp, expected: ExpectedFailure[]) {
  pages.push(await watchForProblems(page, expected));
  await signIn(page, username);
  // Finnish, whatever language another journey saved to the profile.
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: greeting })).toBeVisible();
}

/**
 * Follows a target through the API with the session's CSRF token (the target card's Follow button is
 * covered by e2e/register.spec.ts; this journey is about delivery).
 */
async function follow(page: Page, targetId: string) {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/watches', {
    headers: { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin },
    data: { subjectType: 'target', subjectId: targetId },
  });
  expect(response.status()).toBe(201);
}

/** Marks the user's earlier notifications read (other specs share the e2e server and notify OSH too). */
async function readAllNotifications(page: Page) {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/notifications/read', {
    headers: { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin },
    data: { all: true },
  });
  expect(response.status()).toBe(200);
}

test('a tip shared by the police reaches OSH live, and revoking it takes it away', async ({ browser }) => {
  test.slow(); // two browsers and a live round trip, on two shared cores
  const oshContext = await browser.newContext();
  const policeContext = await browser.newContext();
  const osh = await oshContext.newPage();
  const police = await policeContext.newPage();
  // OSH's request for the revoked record answers 404 (the browser logs it); the path is known later.
  const oshExpected: ExpectedFailure[] = [SIGNED_OUT_PROBE];

  // OSH: signed in, following the company, her records list open.
  await openAs(osh, 'osh.inspector', /Tervetuloa, Laura Nieminen/, oshExpected);
  await follow(osh, COMPANY_ID);
  await readAllNotifications(osh);
  await osh.reload();
  await expect(osh.getByRole('heading', { level: 1, name: /Tervetuloa, Laura Nieminen/ })).toBeVisible();
  await osh.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kirjaukset' }).click();
  await expect(osh.getByRole('heading', { level: 1, name: 'Kirjaukset' })).toBeVisible();
  const oshBell = osh.getByRole('banner').getByRole('link', { name: /^Ilmoitukset/ });
  await expect(oshBell).toHaveAccessibleName('Ilmoitukset, ei lukemattomia');

  // Police: record a tip about the company.
  await openAs(police, 'police.officer', /Tervetuloa, Pekka Virtanen/, [SIGNED_OUT_PROBE]);
  const title = `Vinkki: työntekijät asuvat työmaalla ${Date.now()}`;
  await police
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Kirjaukset' })
    .click();
  await police.getByRole('link', { name: 'Uusi kirjaus' }).click();
  await police.getByText('Vinkki', { exact: true }).click();
  await police.getByLabel('Otsikko').fill(title);
  await police.getByLabel('Kuvaus').fill('Nimetön soittaja: työntekijät asuvat konteissa työmaalla.');
  await police.getByLabel('Salassapitoperuste').fill('JulkL 24 § 1 mom. 3 kohta');
  await police.getByText('Poliisin tiedot', { exact: true }).click();
  await police.getByLabel(/Kohdeyritys/).fill(COMPANY_ID);
  await police.getByRole('button', { name: 'Tallenna kirjaus' }).click();
  await expect(police.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const recordId = new URL(police.url()).pathname.split('/').pop() ?? '';
  oshExpected.push({ status: 404, path: `/api/records/${recordId}` });

  // Not yet shared: nothing reaches OSH.
  await expect(osh.getByRole('link', { name: title })).toHaveCount(0);

  // Police: share with OSH, who asked for it (616/2019 22 § 3 mom.).
  await police.getByRole('button', { name: 'Luovuta', exact: true }).click();
  const dialog = police.getByRole('dialog', { name: 'Luovuta kirjaus' });
  await dialog.getByText('Työsuojeluviranomainen (Lupa- ja valvontavirasto)', { exact: true }).click();
  await dialog.getByRole('button', { name: /Käyttötarkoitus/ }).click();
  await police.getByRole('option', { name: 'Ulkomaisen työvoiman käytön valvonta' }).click();
  await dialog.getByText('Vastaanottaja on pyytänyt tietoja', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Tarkista, saako luovuttaa' }).click();
  await expect(dialog.getByRole('heading', { name: /Kyllä – pyynnöstä/ })).toBeVisible();
  await expect(dialog.getByRole('link', { name: /616\/2019 22 § 3 mom\./ })).toBeVisible();
  await dialog.getByText(/^Luovutukselle on perusteltu syy/).click();
  await dialog.getByRole('button', { name: 'Luovuta', exact: true }).click();
  await expect(police.getByRole('status').filter({ hasText: 'Luovutettu: Työsuojelu' })).toBeVisible();

  // OSH, without any reload: the bell counts it, says so politely, and the tip is in her list.
  // One notification: the tip's creation and its disclosure to her authority both name the company she
  // follows and both become visible now, but the centre shows one entry per record for them, the newest.
  await expect(oshBell).toHaveAccessibleName('Ilmoitukset, 1 lukematon');
  await expect(osh.getByText('Uusi ilmoitus. Lukemattomia 1.')).toHaveAttribute('aria-live', 'polite');
  const row = osh.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Poliisi');
  await expect(row).toContainText('Käyttö rajoitettu');

  // The notification centre says what happened and links to the record.
  await oshBell.click();
  await expect(osh.getByRole('heading', { level: 1, name: 'Ilmoitukset' })).toBeFocused();
  // Her earlier notifications were read at the start: the one unread entry is this tip's, and it is the
  // disclosure (the newer of the two), not its creation.
  const notification = osh.getByRole('listitem').filter({ hasText: '(lukematon)' });
  await expect(notification).toHaveCount(1);
  await expect(notification).toContainText('Kirjaus luovutettiin');
  await expect(notification).toContainText('Vinkki');
  await expect(osh.getByText('Lukemattomia: 1')).toBeVisible();
  await expectNoSeriousA11yViolations(osh, 'the notification centre');

  // Police revoke; OSH's access ends at once.
  await police.getByRole('button', { name: 'Peru luovutus: Työsuojelu' }).click();
  await police.getByRole('button', { name: 'Vahvista: peru luovutus (Työsuojelu)' }).click();
  await expect(police.getByRole('table', { name: /Kirjauksen luovutukset/ })).toContainText('Peruttu');

  await notification.getByRole('link', { name: /^Avaa kirjaus/ }).click();
  await expect(osh).toHaveURL(new RegExp(`/records/${recordId}$`));
  await expect(osh.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await expect(osh.getByText(title)).toHaveCount(0);

  // And it is gone from her list.
  await osh.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kirjaukset' }).click();
  await expect(osh.getByRole('heading', { level: 1, name: 'Kirjaukset' })).toBeVisible();
  await expect(osh.getByRole('link', { name: title })).toHaveCount(0);

  await oshContext.close();
  await policeContext.close();
});
