/**
 * The shared register's duplicates and links (issue 4): a police officer creates a worksite linked to
 * its company through the form's company picker; finds, on that company's card, the same company
 * entered twice (by the matcher), merges the duplicate in after a confirmation that says what
 * happens, and sees the records of both on the surviving card; the duplicate's card says where it
 * went. Tax sees the history but no merge button (not the owner). The police undo the merge and the
 * duplicate's record goes back. Axe runs on each new view; the test fails on console errors and CSP
 * violations.
 */
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { formatBusinessId } from '../src/contracts/business-id.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { openAs } from './support/login.ts';
import type { PageProblems } from './support/problems.ts';

/** Two officials' pages and axe runs on two shared cores: waits are generous, assertions are not. */
const expect = baseExpect.configure({ timeout: 20_000 });

const watched: PageProblems[] = [];
test.afterEach(() => {
  for (const problems of watched.splice(0)) {
    expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
  }
});

/** A JSON call with the session's CSRF token, as the web app makes it (setup only). */
async function api(page: Page, path: string, data: object) {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const response = await page.request.post(path, {
    headers: { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin },
    data,
  });
  return { status: response.status(), body: (await response.json()) as { id: string; businessId: string } };
}

/**
 * A company with the next free valid business ID from `base` upwards: the e2e database is shared by
 * every spec of a run (and holds the demo companies), so an ID already taken just moves on.
 */
async function createCompany(page: Page, base: number, name: string) {
  for (let n = base; n < base + 50; n++) {
    const businessId = formatBusinessId(n);
    if (!businessId) continue;
    const created = await api(page, '/api/targets/companies', { businessId, name, municipality: 'Sulkava' });
    if (created.status === 201) return created.body;
    expect(created.status, JSON.stringify(created.body)).toBe(409);
  }
  throw new Error('no free business ID');
}

async function addTip(page: Page, companyId: string, title: string) {
  const tip = await api(page, '/api/records', {
    kind: 'tip',
    title,
    body: 'Marjanpoimijat asuvat tilan varastossa.',
    classification: 'restricted',
    secrecyBasis: 'JulkL 24 § 1 mom. 3 kohta',
    categories: ['police_information'],
    targets: [{ type: 'company', id: companyId }],
  });
  expect(tip.status).toBe(201);
}

test('a worksite linked to its company; a duplicate company merged in from the card, then split again', async ({
  browser,
}) => {
  test.setTimeout(300_000); // two officials, merges and axe on every view, on two shared cores
  // A word of this run only, so the matcher and the search find this run's companies first.
  const stamp = Date.now() % 1_000_000;
  const word = `Sulk${String(stamp)
    .split('')
    .map((d) => 'aeiouklmnr'[Number(d)])
    .join('')}`;
  const survivorName = `${word} Marjatila Oy`;
  const duplicateName = `${word} Marjatila Ab`;
  const survivorTip = `Tila A: majoitus varastossa ${stamp}`;
  const duplicateTip = `Tila B: passit työnantajalla ${stamp}`;
  const siteName = `${word} marjapelto`;

  const police = await openAs(browser, 'police.officer', /Tervetuloa, Pekka Virtanen/, watched);
  const survivor = await createCompany(police, 6_000_000 + stamp, survivorName);
  const duplicate = await createCompany(police, 7_000_000 + stamp, duplicateName);
  await addTip(police, survivor.id, survivorTip);
  await addTip(police, duplicate.id, duplicateTip);

  // A new worksite, linked to its company by the picker (searched by business ID).
  await police.goto('/targets/new/worksite');
  await expect(police.getByRole('heading', { level: 1, name: 'Uusi työmaa' })).toBeVisible();
  await police.getByLabel('Nimi', { exact: true }).fill(siteName);
  await police.getByRole('textbox', { name: /^Yritys/ }).fill(survivor.businessId);
  const found = police.getByRole('list', { name: 'Löytyneet yritykset' });
  await expect(found.getByRole('listitem')).toHaveCount(1);
  await expectNoSeriousA11yViolations(police, 'the worksite form with the company picker');
  await found.getByRole('button', { name: `Valitse ${survivorName}` }).click();
  await expect(police.getByRole('status').filter({ hasText: 'Työmaa liitetään yritykseen' })).toContainText(
    survivor.businessId,
  );
  await police.getByLabel('Katuosoite').fill('Marjatie 3');
  await police.getByRole('button', { name: 'Tallenna kohde' }).click();
  await expect(police.getByRole('heading', { level: 1, name: siteName })).toBeVisible();
  await police.getByRole('link', { name: survivorName }).click();
  await expect(police.getByRole('heading', { level: 1, name: survivorName })).toBeVisible();
  await expect(
    police.getByRole('region', { name: 'Linkit' }).getByRole('link', { name: siteName }),
  ).toBeVisible();
  const records = police.getByRole('region', { name: 'Kirjaukset' });
  await expect(records.getByRole('link', { name: survivorTip })).toBeVisible();
  await expect(records.getByRole('link', { name: duplicateTip })).toHaveCount(0);

  // The matcher offers the duplicate; the dialog says what a merge does before anything happens.
  const duplicates = police.getByRole('region', { name: 'Kaksoiskappaleet' });
  await duplicates.getByRole('button', { name: 'Etsi kaksoiskappaleita' }).click();
  const candidates = duplicates.getByRole('list', { name: 'Mahdolliset kaksoiskappaleet' });
  await candidates.getByRole('button', { name: `Yhdistä ${duplicateName} tähän yritykseen` }).click();
  const dialog = police.getByRole('dialog', { name: 'Yhdistä kaksoiskappale' });
  await expect(dialog).toContainText(`${duplicateName} (${duplicate.businessId}) yhdistetään yritykseen`);
  await expect(dialog).toContainText('myös muiden viranomaisten kirjaukset, joita et näe');
  await expect(dialog).toContainText('tilassa ”Yhdistetty”');
  await dialog.getByLabel(/^Perustelu/).fill('Sama tila kirjattu kahdesti eri Y-tunnuksilla.');
  await expectNoSeriousA11yViolations(police, 'the merge dialog');
  await dialog.getByRole('button', { name: 'Yhdistä', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(police.getByRole('status').filter({ hasText: `Yhdistetty: ${duplicateName}.` })).toContainText(
    'kirjaukset: 1',
  );

  // The surviving card: the records of both, the duplicate's name kept, the merge in the history.
  await expect(records.getByRole('link', { name: survivorTip })).toBeVisible();
  await expect(records.getByRole('link', { name: duplicateTip })).toBeVisible();
  await expect(police.getByRole('region', { name: 'Perustiedot' })).toContainText(duplicateName);
  const history = duplicates.getByRole('listitem').filter({ hasText: duplicateName });
  await expect(history).toContainText('Sama tila kirjattu kahdesti');
  await expectNoSeriousA11yViolations(police, 'the card after a merge');

  // The duplicate's card says where it went.
  await history.getByRole('link', { name: duplicateName }).click();
  await expect(police.getByRole('heading', { level: 1, name: duplicateName })).toBeVisible();
  await expect(police.getByRole('region', { name: 'Kaksoiskappaleet' })).toContainText(
    `Tämä yritys on yhdistetty yritykseen ${survivorName}.`,
  );
  await expect(police.getByRole('region', { name: 'Kirjaukset' })).toContainText('Ei kirjauksia');
  await police.getByRole('link', { name: `Avaa ${survivorName}` }).click();
  await expect(police.getByRole('heading', { level: 1, name: survivorName })).toBeVisible();

  // Tax sees the history but may not merge or undo: the company is the police's.
  const tax = await openAs(browser, 'tax.officer', /Tervetuloa/, watched);
  await tax.goto(`/targets/company/${survivor.id}`);
  await expect(tax.getByRole('heading', { level: 1, name: survivorName })).toBeVisible();
  const taxDuplicates = tax.getByRole('region', { name: 'Kaksoiskappaleet' });
  await expect(taxDuplicates).toContainText(duplicateName);
  await expect(taxDuplicates.getByRole('button')).toHaveCount(0);
  await tax.context().close();

  // Undo: the duplicate's record goes back to it.
  await duplicates.getByRole('button', { name: `Pura yhdistäminen: ${duplicateName}` }).click();
  const split = police.getByRole('dialog', { name: 'Pura yhdistäminen' });
  await expect(split).toContainText('jäävät sille');
  await split.getByRole('button', { name: 'Pura yhdistäminen', exact: true }).click();
  await expect(split).toBeHidden();
  await expect(police.getByRole('status').filter({ hasText: 'Yhdistäminen purettu' })).toBeVisible();
  await expect(records.getByRole('link', { name: duplicateTip })).toHaveCount(0);
  await expect(records.getByRole('link', { name: survivorTip })).toBeVisible();
  await expect(duplicates).toContainText('Purettu');
});
