/**
 * The shared register in the officials' app (issue 4): a police tip about a company → Silta proposes
 * telling OSH → shared → OSH sees it on the company's target card; Tax finds the company, sees only a
 * hit, asks for it, the police grant it in the requests inbox, and Tax's open card shows the record
 * without a reload. Also: the subcontracting chain on a phone-sized screen, and an import with a
 * validation report. Axe runs on every page; every test fails on console errors and CSP violations.
 */
import {
  type APIRequestContext,
  expect as baseExpect,
  type Locator,
  type Page,
  request,
  test,
} from '@playwright/test';
import { formatBusinessId } from '../src/contracts/business-id.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { DEMO_PASSWORD, openAs } from './support/login.ts';
import type { PageProblems } from './support/problems.ts';

const BASE_URL = process.env.SILTA_E2E_URL ?? 'http://127.0.0.1:8181';
const RULE = 'police-osh-own-he182';
/** Several officials' pages and axe runs on two shared cores: waits are generous, assertions are not. */
const expect = baseExpect.configure({ timeout: 20_000 });

const watched: PageProblems[] = [];
test.afterEach(() => {
  for (const problems of watched.splice(0)) {
    expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
  }
});

/** A fresh valid business ID for this run (the e2e database is new each run). */
function freshBusinessId(): string {
  for (let base = 3_500_000 + (Date.now() % 1_000_000); ; base++) {
    const id = formatBusinessId(base);
    if (id) return id;
  }
}

/** Signs an API client in (for the one setup step that is an admin's, not the journey's). */
async function apiAs(username: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
  const login = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return { api, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

/** Puts HE 182/2025 (the police's own-initiative disclosures) in force, or back as it was. */
async function setPoliceOwnInitiative(
  rule: Record<string, unknown> | null,
): Promise<Record<string, unknown>> {
  const { api, csrf } = await apiAs('admin');
  const current = (
    (await (await api.get(`/api/competence/rules/${RULE}`)).json()) as { rule: Record<string, unknown> }
  ).rule;
  const data =
    rule ??
    ({
      ...current,
      status: 'in_force',
      validFrom: '2026-01-01',
      legalBasis: (current.legalBasis as Record<string, unknown>[]).map((b) => ({
        ...b,
        status: 'in_force',
        validFrom: '2026-01-01',
      })),
    } as Record<string, unknown>);
  const put = await api.put(`/api/competence/items/rule/${RULE}`, {
    headers: { 'x-csrf-token': csrf },
    data: { data, changeNote: rule ? 'Back as shipped (e2e)' : 'HE 182/2025 in force (e2e)' },
  });
  expect(put.status(), await put.text()).toBe(200);
  await api.dispose();
  return current;
}

async function openTargets(page: Page) {
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kohteet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kohdehaku' })).toBeVisible();
}

async function searchFor(page: Page, q: string) {
  await page.getByLabel('Y-tunnus, nimi tai henkilö').fill(q);
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
}

/** Suomi.fi check boxes hide the input under its label: tick every unticked one in `scope` by its label. */
async function tickAll(scope: Locator) {
  const boxes = scope.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    if (!(await box.isChecked())) {
      const id = await box.getAttribute('id');
      await scope.locator(`label[for="${id}"]`).click();
      await expect(box).toBeChecked();
    }
  }
}

test('a police tip about a company → proposed to OSH → shared; Tax sees a hit, asks, police grant, Tax sees it', async ({
  browser,
}) => {
  test.setTimeout(360_000); // three officials, two disclosures and axe on every page, on two shared cores
  const shipped = await setPoliceOwnInitiative(null);
  try {
    const businessId = freshBusinessId();
    const company = `Marjatila Oy ${businessId.slice(0, 4)}`;
    const title = `Poimijoiden passit työnantajalla ${businessId}`;

    // The police officer adds the company — the form checks the business ID and offers look-alikes.
    const police = await openAs(browser, 'police.officer', /Tervetuloa, Pekka Virtanen/, watched);
    await openTargets(police);
    await expectNoSeriousA11yViolations(police, 'the target search');
    await police
      .getByRole('navigation', { name: 'Kohderekisteri' })
      .getByRole('link', { name: 'Uusi kohde' })
      .click();
    await expect(police.getByRole('heading', { level: 1, name: 'Uusi yritys' })).toBeVisible();
    const idField = police.getByLabel('Y-tunnus');
    await idField.fill(`${businessId.slice(0, 8)}${(Number(businessId.slice(8)) + 1) % 10}`);
    await expect(police.getByText(/Tarkistusnumero ei täsmää. Tarkoititko/)).toBeVisible();
    await idField.fill(businessId);
    await police.getByLabel('Nimi', { exact: true }).fill(company);
    await expect(police.getByRole('region', { name: 'Mahdollisesti sama kohde' })).toContainText(
      /Samankaltaisia kohteita ei löytynyt|samankaltaista kohdetta/,
    );
    await expectNoSeriousA11yViolations(police, 'the new-company form');
    await police.getByRole('button', { name: 'Tallenna kohde' }).click();
    await expect(police.getByRole('heading', { level: 1, name: company })).toBeVisible();

    // From the card, a tip about it; Silta proposes telling OSH on her own initiative.
    await police.getByRole('link', { name: 'Uusi kirjaus tästä yrityksestä' }).click();
    await expect(police.getByRole('heading', { level: 1, name: 'Uusi kirjaus' })).toBeVisible();
    await police.getByText('Vinkki', { exact: true }).click();
    await police.getByLabel('Otsikko').fill(title);
    await police
      .getByLabel('Kuvaus')
      .fill('Soittaja kertoo, että työnantaja pitää marjanpoimijoiden passeja.');
    await police.getByLabel('Salassapitoperuste').fill('JulkL 24 § 1 mom. 3 kohta');
    await police.getByText('Poliisin tiedot', { exact: true }).click();
    await police.getByRole('button', { name: 'Tallenna kirjaus' }).click();
    await expect(police.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const proposals = police.getByRole('region', { name: 'Silta ehdottaa' });
    await expect(proposals).toContainText('HE 182/2025');
    await proposals.getByRole('button', { name: /^Luovuta: Työsuojelu/ }).click();
    const dialog = police.getByRole('dialog', { name: 'Luovuta kirjaus' });
    await dialog.getByRole('button', { name: /Käyttötarkoitus/ }).click();
    await police.getByRole('option', { name: 'Ulkomaisen työvoiman käytön valvonta' }).click();
    await dialog.getByRole('button', { name: 'Tarkista, saako luovuttaa' }).click();
    const answer = dialog.getByRole('region', { name: /Työsuojeluviranomainen/ });
    await expect(answer.getByRole('link', { name: /HE 182\/2025/ }).first()).toBeVisible();
    await tickAll(answer);
    await dialog.getByRole('button', { name: 'Luovuta', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(police.getByRole('status').filter({ hasText: 'Luovutettu: Työsuojelu' })).toBeVisible();

    // The record links to the company's card.
    await police
      .getByRole('link', { name: /Yritys/ })
      .first()
      .click();
    await expect(police.getByRole('heading', { level: 1, name: company })).toBeVisible();
    await expect(police.getByRole('region', { name: 'Kirjaukset' })).toContainText(title);

    // OSH finds the company and sees the shared tip on its card.
    const osh = await openAs(browser, 'osh.inspector', /Tervetuloa, Laura Nieminen/, watched);
    await openTargets(osh);
    await searchFor(osh, businessId);
    await osh.getByRole('link', { name: company }).click();
    await expect(osh.getByRole('heading', { level: 1, name: company })).toBeVisible();
    await expect(
      osh.getByRole('region', { name: 'Kirjaukset' }).getByRole('link', { name: title }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(osh, 'the target card with a shared record');
    await osh.context().close();

    // Tax finds the company: no record, only a hit — who holds how many, of which categories.
    const tax = await openAs(browser, 'tax.officer', /Tervetuloa/, watched);
    await openTargets(tax);
    await searchFor(tax, businessId);
    const hits = tax.getByRole('region', { name: 'Muiden viranomaisten tiedot' });
    await expect(hits).toContainText('1 kirjausta tästä kohteesta (Poliisin tiedot)');
    await expect(tax.getByText(title)).toHaveCount(0);
    await expectNoSeriousA11yViolations(tax, 'the search with a hit');
    await tax.getByRole('link', { name: company }).click();
    await expect(tax.getByRole('heading', { level: 1, name: company })).toBeVisible();
    await expect(tax.getByRole('region', { name: 'Kirjaukset' })).toContainText(
      'Ei kirjauksia, jotka saat nähdä.',
    );
    const cardHits = tax.getByRole('region', { name: 'Muiden viranomaisten tiedot' });
    await cardHits.getByRole('button', { name: /^Pyydä luovutusta: Poliisi/ }).click();
    const ask = tax.getByRole('dialog', { name: 'Pyydä tietojen luovutusta' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: /Käyttötarkoitus/ }).click();
    await tax.getByRole('option', { name: 'Verotus ja verovalvonta' }).click();
    await ask.getByLabel('Viesti').fill('Palkkojen ja sivukulujen tarkastus marjatilalla.');
    await expectNoSeriousA11yViolations(tax, 'the request dialog');
    await ask.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await expect(ask.getByRole('status')).toContainText('Pyyntö lähetetty: Poliisi.');
    await ask.getByRole('button', { name: 'Sulje' }).click();
    await expect(tax.getByRole('status').filter({ hasText: 'Luovutuspyyntö lähetetty' })).toBeVisible();

    // The police answer in the requests inbox: the engine's answer first, then Grant.
    await police
      .getByRole('navigation', { name: 'Kohderekisteri' })
      .getByRole('link', { name: 'Luovutuspyynnöt' })
      .click();
    const incoming = police.getByRole('region', { name: 'Saapuneet pyynnöt' });
    const item = incoming.getByRole('listitem').filter({ hasText: company }).first();
    await expect(item).toContainText('Vero pyytää tietoja');
    await item.getByRole('button', { name: 'Vastaa pyyntöön' }).click();
    await expect(item.getByRole('checkbox', { name: title })).toBeChecked();
    const decision = item.getByRole('region', { name: /Verohallinto/ });
    await expect(decision).toBeVisible();
    await expectNoSeriousA11yViolations(police, 'the requests inbox answering');
    await tickAll(decision);
    await item.getByRole('button', { name: 'Luovuta valitut' }).click();
    await expect(
      police.getByRole('status').filter({ hasText: 'Luovutettu: Vero, 1 kirjausta.' }),
    ).toBeVisible();

    // Tax's card, still open, shows the record without a reload.
    await expect(
      tax.getByRole('region', { name: 'Kirjaukset' }).getByRole('link', { name: title }),
    ).toBeVisible({
      timeout: 15_000,
    });
    await tax
      .getByRole('navigation', { name: 'Kohderekisteri' })
      .getByRole('link', { name: 'Luovutuspyynnöt' })
      .click();
    await expect(tax.getByRole('region', { name: 'Lähetetyt pyynnöt' })).toContainText('Luovutettu');
    await expectNoSeriousA11yViolations(tax, 'the sent requests');
  } finally {
    await setPoliceOwnInitiative(shipped);
  }
});

test('the subcontracting chain on a phone: drawn, listed, the company highlighted, nothing scrolls sideways', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await openAs(browser, 'osh.inspector', /Tervetuloa, Laura Nieminen/, watched);
  await page.setViewportSize({ width: 390, height: 844 });
  // The search is in the page's address: it runs as the page opens.
  await page.goto('/targets?q=Lemiojan+Rakennuspalvelu');
  await page.getByRole('link', { name: 'Lemiojan Rakennuspalvelu Oy' }).click();
  const chain = page.getByRole('region', { name: 'Alihankintaketju' });
  await expect(chain.locator('svg')).toBeVisible();
  await expect(chain.getByRole('listitem').filter({ hasText: '(tämä yritys)' }).last()).toContainText(
    'Lemiojan Rakennuspalvelu Oy',
  );
  await chain.getByRole('link', { name: 'Kiravaaran LVI Oy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kiravaaran LVI Oy' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Alihankintaketju' })
      .getByRole('link', { name: 'Lemiojan Rakennuspalvelu Oy' }),
  ).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page, 'the target card on a phone');
});

test('an import shows its validation report and, skipping the invalid row, imports the rest', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await openAs(browser, 'tax.officer', /Tervetuloa/, watched);
  await page.goto('/targets/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Tuonti tiedostosta' })).toBeVisible();
  const good = [freshBusinessId(), formatBusinessId(4_100_000) ?? '', formatBusinessId(4_100_003) ?? ''];
  const csv = [
    'Y-tunnus,Nimi,Kunta',
    `${good[1]},Tuontitesti Yksi Oy,Kitee`,
    '1234567-0,Väärä Tunnus Oy,Kitee',
    `${good[2]},Tuontitesti Kaksi Oy,Joensuu`,
  ].join('\n');
  await page
    .getByLabel('Tiedosto', { exact: true })
    .setInputFiles({ name: 'yritykset.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Lataa tiedosto' }).click();
  await expect(page.getByText('Tiedostossa yritykset.csv on 3 riviä ja 3 saraketta.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the import mapping');
  await page.getByRole('button', { name: 'Tarkista rivit' }).click();
  const report = page.getByRole('table', { name: /Virheet/ });
  await expect(report.getByRole('row').filter({ hasText: 'Y-tunnus' })).toContainText('1234567-0');
  await expect(page.getByText(/Rivejä 3: kunnossa 2, virheellisiä 1/)).toBeVisible();
  await page.getByText('Ohita virheelliset rivit', { exact: true }).click();
  await page.getByRole('button', { name: 'Aloita tuonti' }).click();
  await expect(page.getByText('Valmis: 3 riviä käsitelty.')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('progress')).toHaveAttribute('value', '100');
  await expectNoSeriousA11yViolations(page, 'the finished import');
});
