/**
 * The field day of a joint operation, in two browsers. Set up through the real API (police.lead and
 * osh.inspector as signed-in API clients): an operation led by the police with OSH accepted, a
 * company selected as a target with a rationale, the meeting's required decisions, a plan saved,
 * approved and shared through the competence engine, and execution started. Then OSH's inspector on
 * a phone-sized screen opens the field view, records the arrival, a wages finding with an ILO
 * indicator and a photo, a possible victim referred to the assistance system (sent while offline: it
 * waits on the device and goes once the connection returns), a second finding with a photo taken
 * offline (the photo waits in IndexedDB with its size, goes after its finding to the record the server
 * created, is stored once and leaves the device) and finishes the target — while the
 * lead's field view on a desktop shows each step without a reload (the finding only as "OSH recorded a
 * finding", since it is OSH's record). The lead's plan tab renders the plan and its PDF downloads as a
 * PDF. Axe runs on the field view and the plan; console errors, page errors and CSP violations fail.
 */
import { readFile } from 'node:fs/promises';
import {
  type APIRequestContext,
  type Browser,
  expect as baseExpect,
  type Page,
  request,
  test,
} from '@playwright/test';
import { formatBusinessId } from '../src/contracts/business-id.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

const BASE_URL = 'http://127.0.0.1:8181';
// Two browsers and live round trips on two cores shared with other test runs: what arrives by events
// (and every page load) may take far longer than the default 5 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

const watched: PageProblems[] = [];
/** The browser logs the entries the test sends on purpose while the phone is offline. */
const OFFLINE_SEND =
  /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(.*\/(referrals|findings|photos\?filename=[^)]*)\)$/;
test.afterEach(() => {
  for (const problems of watched.splice(0)) {
    const unexpected = problems.list().filter((line) => !OFFLINE_SEND.test(line));
    expect(unexpected, 'console errors, page errors or CSP violations').toEqual([]);
  }
});

/** The smallest valid PNG (1×1, transparent). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A signed-in API client that sends JSON with the session's CSRF token, failing loudly on errors. */
interface Api {
  send<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: object): Promise<T>;
  /** A POST whose refusal the caller handles: the status and the parsed answer. */
  attempt(url: string, body: object): Promise<{ status: number; body: unknown }>;
  dispose(): Promise<void>;
}

async function apiAs(baseURL: string, username: string): Promise<Api> {
  const api: APIRequestContext = await request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: new URL(baseURL).origin },
  });
  const login = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.status(), `login ${username}`).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async send<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: object) {
      const res = await api.fetch(url, {
        method,
        headers: { 'x-csrf-token': csrfToken },
        ...(body ? { data: body } : {}),
      });
      expect(res.ok(), `${username} ${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
      return (await res.json()) as T;
    },
    async attempt(url: string, body: object) {
      const res = await api.post(url, { headers: { 'x-csrf-token': csrfToken }, data: body });
      return { status: res.status(), body: await res.json() };
    },
    dispose: () => api.dispose(),
  };
}

/**
 * Registers the target company under a valid business ID no other company has (the demo data and other
 * specs hold many): the register answers 409 for one in use, and the next candidate is tried.
 */
async function createCompany(lead: Api): Promise<{ id: string }> {
  let base = 4_600_000 + (Date.now() % 1_000_000);
  for (let tries = 0; tries < 20; tries++, base++) {
    const businessId = formatBusinessId(base);
    if (!businessId) continue;
    const res = await lead.attempt('/api/targets/companies', {
      businessId,
      name: 'Marjatila Kenttä Oy',
      streetAddress: 'Peltotie 4',
      postalCode: '52700',
      municipality: 'Mäntyharju',
      tolCode: '01250',
    });
    if (res.status === 201) return res.body as { id: string };
    expect(res.status, `company ${businessId}: ${JSON.stringify(res.body)}`).toBe(409);
  }
  throw new Error('no free business ID found');
}

/** Everything before the field day, through the API; returns the operation and target ids. */
async function executingOperation(baseURL: string) {
  const lead = await apiAs(baseURL, 'police.lead');
  const osh = await apiAs(baseURL, 'osh.inspector');

  const company = await createCompany(lead);
  const operation = await lead.send<{ id: string }>('POST', '/api/operations', {
    title: 'Marjakauden yhteisvalvonta',
    issueAreas: ['wages', 'victims'],
    sectors: ['agriculture'],
    startsOn: '2027-07-01',
    endsOn: '2027-07-03',
  });
  const op = `/api/operations/${operation.id}`;

  await lead.send('POST', `${op}/participants`, { authorities: ['osh'] });
  await osh.send('POST', `${op}/participants/osh/respond`, { accept: true });

  const target = await lead.send<{ id: string }>('POST', `${op}/targets`, {
    targetType: 'company',
    targetId: company.id,
  });
  await lead.send('PUT', `${op}/targets/${target.id}/decision`, {
    decision: 'selected',
    rationale: 'Vihjeitä palkkojen polkemisesta; työnantajasidonnaiset luvat.',
  });

  const agenda = await lead.send<{ items: { id: string; itemKey: string }[] }>('GET', `${op}/agenda`);
  for (const [key, decision] of [
    ['lead_authority', 'Poliisi johtaa valvontaa.'],
    ['main_goal', 'Tunnistaa marjanpoimijoiden hyväksikäyttö.'],
    ['participants', 'Poliisi ja työsuojelu osallistuvat.'],
  ] as const) {
    const item = agenda.items.find((i) => i.itemKey === key);
    if (!item) throw new Error(`agenda item ${key} missing`);
    await lead.send('PUT', `${op}/agenda/${item.id}`, { decision });
  }

  const prefill = await lead.send<{
    sections: Record<string, string>;
    targets: { operationTargetId: string; actionPlan: string; interpretation: string[] }[];
  }>('GET', `${op}/plan/prefill?locale=fi`);
  await lead.send('PUT', `${op}/plan`, {
    sections: { ...prefill.sections, goal: 'Tunnistaa mahdolliset ihmiskaupan uhrit marjatiloilla.' },
    targets: prefill.targets.map((t) => ({
      ...t,
      actionPlan: 'Poliisi varmistaa pihan; työsuojelu tarkastaa palkat ja asumisen.',
      interpretation: ['th'],
    })),
  });
  await lead.send('POST', `${op}/plan/approve`);
  const shared = await lead.send<{ results: { authority: string; allowed: boolean }[] }>(
    'POST',
    `${op}/plan/share`,
    {},
  );
  expect(shared.results).toEqual([expect.objectContaining({ authority: 'osh', allowed: true })]);
  const started = await lead.send<{ status: string }>('POST', `${op}/transitions`, {
    transition: 'start_execution',
  });
  expect(started.status).toBe('executing');

  await Promise.all([lead.dispose(), osh.dispose()]);
  return { operationId: operation.id, operationTargetId: target.id };
}

/** A page signed in through the login form, in Finnish, with the problems trap on. */
async function openAs(browser: Browser, username: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  watched.push(await watchForProblems(page, [SIGNED_OUT_PROBE]));
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
  await page.getByRole('button', { name: 'Suomi' }).click();
  return page;
}

/** How many photos wait in the page's IndexedDB (photoStore.ts). */
const storedPhotos = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('silta-field');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('photos')) return resolve(0);
          const counting = db.transaction('photos').objectStore('photos').count();
          counting.onsuccess = () => {
            db.close();
            resolve(counting.result);
          };
          counting.onerror = () => reject(counting.error);
        };
      }),
  );

/** The card of the one target in the field view. */
const fieldCard = (page: Page) => page.getByRole('listitem').filter({ hasText: 'Marjatila Kenttä Oy' });

test('OSH works a target on a phone while the lead watches live; the lead reads the plan and its PDF', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000); // API setup, two browsers, axe five times and live round trips, on shared cores
  const baseURL = String(testInfo.project.use.baseURL ?? BASE_URL);
  const { operationId } = await executingOperation(baseURL);
  const fieldUrl = `/operations/${operationId}/field`;

  const lead = await openAs(browser, 'police.lead', { width: 1280, height: 900 });
  await lead.goto(fieldUrl);
  const leadCard = fieldCard(lead);
  await expect(leadCard.getByText('Ei vielä saavuttu')).toBeVisible();

  const osh = await openAs(browser, 'osh.inspector', { width: 390, height: 844 });
  await osh.goto(fieldUrl);
  const card = fieldCard(osh);
  await expect(card.getByRole('heading', { name: '1. Marjatila Kenttä Oy' })).toBeVisible();
  await expect(card.getByText('Peltotie 4, 52700 Mäntyharju')).toBeVisible();
  await card.getByText('Toimintasuunnitelma', { exact: true }).click();
  await expect(
    card.getByText('Poliisi varmistaa pihan; työsuojelu tarkastaa palkat ja asumisen.'),
  ).toBeVisible();
  await osh.screenshot({ path: testInfo.outputPath('field-phone-start.png'), fullPage: true });
  await expectNoSeriousA11yViolations(osh, 'field view on a phone');

  // Arrival: OSH's card changes, and so does the lead's without a reload.
  await card.getByRole('button', { name: 'Saavuimme kohteeseen' }).click();
  await expect(card.getByText(/^Saavuttu /)).toBeVisible();
  await expect(leadCard.getByText(/^Saavuttu /)).toBeVisible();

  // A wages finding with an ILO indicator.
  await card.getByLabel('Osa-alue').selectOption({ label: 'Palkat' });
  await card.getByLabel('Otsikko').fill('Palkat käteisenä');
  await card
    .getByLabel('Havainto')
    .fill('Poimijoille maksetaan 4 € tunnilta käteisellä, palkkalaskelmia ei ole.');
  await card.getByText('Palkan pidättäminen').click();
  await card.getByRole('button', { name: 'Tallenna havainto' }).click();
  await expect(card.getByText('Tallennettu.')).toBeVisible();
  await expect(card.getByText('Palkat: Palkat käteisenä')).toBeVisible();
  // A photo of the payslip-less wage list, attached to that finding.
  await card.getByLabel('Lisää kuva havaintoon ”Palkat käteisenä”').setInputFiles({
    name: 'palkkalista.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(card.getByText('Palkat: Palkat käteisenä — Työsuojelu · kuvia 1')).toBeVisible();
  await expect(card.getByText('Pakkotyön indikaattorit: Palkan pidättäminen')).toBeVisible();
  // The lead learns that OSH recorded something, not what: it is OSH's record.
  await expect(leadCard.getByText(/kirjasi havainnon \(ei näkyvissä sinulle\)/)).toBeVisible();
  await expect(lead.getByText('Palkat käteisenä')).toHaveCount(0);

  // A possible victim referred to the assistance system — sent while the phone has no connection: it
  // waits on the device and goes when the connection returns, once.
  await osh.context().setOffline(true);
  await card.getByLabel('Henkilöiden määrä').fill('1');
  await card.getByRole('button', { name: 'Kirjaa ohjaus' }).click();
  await expect(card.getByText('Ei yhteyttä: tallennettu laitteelle ja lähetetään myöhemmin.')).toBeVisible();
  await expect(osh.getByText('Lähettämättömiä kirjauksia: 1.', { exact: false })).toBeVisible();
  await osh.context().setOffline(false);
  await expect(osh.getByText('Lähettämättömiä kirjauksia', { exact: false })).toHaveCount(0);
  await expect(card.getByText(/auttamisjärjestelmään .* \(henkilöitä: 1\)/)).toHaveCount(1);
  await expect(leadCard.getByText(/auttamisjärjestelmään .* \(henkilöitä: 1\)/)).toHaveCount(1);

  // A second finding and its photo, both without a connection: they wait on the device — the photo in
  // IndexedDB, listed with its size — and go in order when the connection returns, the photo to the
  // record the server created for the finding. The server holds one copy and the device none.
  const photoPosts: string[] = [];
  osh.on('request', (req) => {
    if (req.method() === 'POST' && req.url().includes('/photos')) photoPosts.push(req.url());
  });
  await osh.context().setOffline(true);
  await card.getByLabel('Osa-alue').selectOption({ label: 'Asuminen' });
  await card.getByLabel('Otsikko').fill('Ahtaat asuntovaunut');
  await card.getByLabel('Havainto', { exact: true }).fill('Kuusi poimijaa asuu yhdessä asuntovaunussa.');
  await card.getByRole('button', { name: 'Tallenna havainto' }).click();
  await expect(card.getByText('Ei yhteyttä: tallennettu laitteelle ja lähetetään myöhemmin.')).toBeVisible();
  await card.getByLabel('Lisää kuva havaintoon ”Ahtaat asuntovaunut”').setInputFiles({
    name: 'asuntovaunu.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(
    card.getByText('Ei yhteyttä: kuva (0,1 kt) on tallennettu laitteelle ja lähetetään myöhemmin.'),
  ).toBeVisible();
  await expect(osh.getByText('Lähettämättömiä kirjauksia: 2.', { exact: false })).toBeVisible();
  await expect(osh.getByText('Kuva asuntovaunu.png (0,1 kt) odottaa lähetystä')).toBeVisible();
  expect(await storedPhotos(osh)).toBe(1);
  await osh.context().setOffline(false);
  await expect(osh.getByText('Lähettämättömiä kirjauksia', { exact: false })).toHaveCount(0);
  await expect(card.getByText('Asuminen: Ahtaat asuntovaunut — Työsuojelu · kuvia 1')).toBeVisible();
  expect(await storedPhotos(osh)).toBe(0);
  expect(photoPosts.length).toBeGreaterThan(0);
  for (const url of photoPosts) expect(new URL(url).origin).toBe(new URL(baseURL).origin);
  const oshApi = await apiAs(baseURL, 'osh.inspector');
  const seen = await oshApi.send<{
    targets: { findings: { title: string | null; attachments: number }[] }[];
  }>('GET', `/api/operations/${operationId}/field`);
  await oshApi.dispose();
  const housing = seen.targets[0]?.findings.filter((f) => f.title === 'Ahtaat asuntovaunut');
  expect(housing?.map((f) => f.attachments)).toEqual([1]);

  // Finish: visited.
  await card.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
  await expect(card.getByText(/Käyty /)).toBeVisible();
  await expect(leadCard.getByText(/Käyty /)).toBeVisible();
  await osh.screenshot({ path: testInfo.outputPath('field-phone-done.png'), fullPage: true });
  await lead.screenshot({ path: testInfo.outputPath('field-lead-desktop.png'), fullPage: true });
  await expectNoSeriousA11yViolations(osh, 'field view after the visit');
  await expectNoSeriousA11yViolations(lead, 'the lead’s field view');

  // The lead's plan tab: the approved plan with its target card, shared with OSH; the PDF is a PDF.
  await lead.getByRole('link', { name: 'Valvontasuunnitelma' }).click();
  await expect(lead.getByRole('heading', { name: 'Valvontasuunnitelma' })).toBeVisible();
  await expect(lead.getByText(/^Versio 1: hyväksytty/).first()).toBeVisible();
  await expect(lead.getByText('Tunnistaa mahdolliset ihmiskaupan uhrit marjatiloilla.')).toBeVisible();
  const planCard = lead.getByRole('listitem').filter({ hasText: 'Y-tunnus' });
  await expect(planCard.getByRole('heading', { name: '1. Marjatila Kenttä Oy' })).toBeVisible();
  await expect(planCard.getByText('Peltotie 4, 52700 Mäntyharju')).toBeVisible();
  // OSH's two findings (wages, housing), neither of them the lead's to read.
  await expect(planCard.getByText('Työsuojelu: kirjauksia, joita et voi nähdä: 2')).toBeVisible();
  await expect(lead.getByText('1. Marjatila Kenttä Oy: thai')).toBeVisible();
  await expect(lead.getByText(/Luovutettu: Työsuojelu/)).toBeVisible();
  await lead.screenshot({ path: testInfo.outputPath('plan-lead-desktop.png'), fullPage: true });
  await expectNoSeriousA11yViolations(lead, 'the plan');

  const [download] = await Promise.all([
    lead.waitForEvent('download'),
    lead.getByRole('link', { name: 'Lataa PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-v1\.pdf$/);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);

  // The plan on a phone: OSH reads the version shared with her.
  await osh.getByRole('link', { name: 'Valvontasuunnitelma' }).click();
  await expect(osh.getByText(/Suunnitelma on luovutettu organisaatiollesi/)).toBeVisible();
  await osh.screenshot({ path: testInfo.outputPath('plan-osh-phone.png'), fullPage: true });
  await expectNoSeriousA11yViolations(osh, 'the plan on a phone');
});
