/**
 * The competence map (Toimivaltakartta) against the real server and its shipped map: an OSH inspector
 * asks whether she may tell the police about suspected unauthorised use of foreign labour and gets
 * "yes — duty to notify" with the law; the 13 × 13 matrix opens a cell's legal basis from the
 * keyboard; her authority's page and the planning-meeting list; a phone-sized matrix; and a platform
 * admin edits a rule with a change note, sees version 2 and the diff, and gets every problem of a
 * refused save and import. Axe runs on every page; console errors and CSP violations fail the test.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn } from './support/login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

let problems: PageProblems;

// Each journey runs axe on long pages (an authority's page has ~30 rules); on a busy two-core machine
// that alone can take most of the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.afterEach(() => {
  expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
});

/** Picks `option` in a Suomi.fi dropdown (a button that opens a listbox). */
async function choose(page: Page, label: string | RegExp, option: string) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openCompetenceMap(page: Page) {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Toimivaltakartta' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toimivaltakartta' })).toBeFocused();
}

async function switchLanguage(page: Page, name: string) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.ok());
  await page.getByRole('button', { name }).click();
  await saved;
}

/** Ticks a checkbox from the keyboard (Suomi.fi draws the box on the label, over the input). */
async function tick(checkbox: Locator) {
  await checkbox.focus();
  await checkbox.press('Space');
  await expect(checkbox).toBeChecked();
}

/** A statute link opens Finlex in a new tab that gets no handle back to Silta. */
async function expectSourceLink(link: Locator) {
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('href', /^https:\/\/(www\.)?finlex\.fi\//);
}

test('an OSH inspector asks whether she may tell the police, and reads the answer with its law', async ({
  page,
}) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'osh.inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Laura Nieminen' })).toBeVisible();
  await openCompetenceMap(page);
  await expectNoSeriousA11yViolations(page, 'the competence map overview');

  await page
    .getByRole('navigation', { name: 'Toimivaltakartta' })
    .getByRole('link', { name: 'Voinko kertoa?' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voinko kertoa tämän heille?' })).toBeFocused();
  const form = page.getByRole('form', { name: 'Kysymys' });
  // The question starts from her own authority.
  await expect(form.getByRole('button', { name: /Luovuttava viranomainen/ })).toContainText(
    'Työsuojeluviranomainen',
  );
  await choose(page, /Vastaanottaja/, 'Poliisi');
  await tick(form.getByRole('checkbox', { name: 'Työsuojelutarkastuksen havainnot' }));
  await choose(page, /Käyttötarkoitus/, 'rikosten selvittäminen ja syyteharkinta');
  await expect(form.getByRole('radio', { name: /oma-aloitteisesti/ })).toBeChecked();
  await form.getByRole('button', { name: 'Kysy' }).click();

  const answer = page.getByRole('heading', { level: 2, name: 'Kyllä – ilmoitusvelvollisuus' });
  await expect(answer).toBeFocused();
  const panel = page.getByRole('region', { name: 'Kyllä – ilmoitusvelvollisuus' });
  await expect(panel).toContainText('Sinun on ilmoitettava');
  await expectSourceLink(panel.getByRole('link', { name: /Ulkomaalaislaki 301\/2004 85 § 2 mom\./ }));
  await expectSourceLink(panel.getByRole('link', { name: /44\/2006 50 § 1 mom\./ }));
  await expect(panel.getByRole('heading', { name: 'Tarkista ennen luovutusta' })).toBeVisible();
  await tick(panel.getByRole('checkbox').first());
  await expect(panel.getByText(/^1\/\d+ tarkistettu$/)).toBeVisible();
  await expect(page).toHaveURL(
    /\/competence\/ask\?from=osh&to=police&categories=osh_inspection_findings&purpose=crime_investigation&initiative=own$/,
  );
  await expectNoSeriousA11yViolations(page, 'the answer to "can I tell this to them?"');

  // The same question as a shared link answers at once, in the reader's language too.
  await switchLanguage(page, 'English');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Yes – duty to notify' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Aliens Act 301\/2004 section 85\(2\)/ })).toBeVisible();
  // The language is saved to her profile: put it back for the other tests that sign her in.
  await switchLanguage(page, 'Suomi');
});

test('a confirmed circumstance opens an exceptional rule; a bill is shown but allows nothing', async ({
  page,
}) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'osh.inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Laura Nieminen' })).toBeVisible();

  // Victim-assistance data go to the police only on request, unless a serious threat is confirmed (37 §).
  await page.goto(
    '/competence/ask?from=nas&to=police&categories=victim_assistance_client_data&purpose=victim_protection&initiative=own',
  );
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ei oma-aloitteisesti – vain pyynnöstä' }),
  ).toBeVisible();
  const confirm = page.getByRole('region', { name: 'Vahvista, jos jokin näistä pitää paikkansa' });
  const threat = confirm.getByRole('checkbox', { name: /vakavan uhan arvioimiseksi tai estämiseksi/ });
  await tick(threat);
  await expect(page.getByRole('heading', { level: 2, name: 'Kyllä – oma-aloitteisesti' })).toBeVisible();
  await expect(threat).toBeFocused();
  await expect(page).toHaveURL(/&confirmed=serious_threat_to_life_health_or_liberty$/);
  await expectSourceLink(page.getByRole('link', { name: /746\/2011 37 §/ }).first());
  await expectNoSeriousA11yViolations(page, 'an answer opened by a confirmed circumstance');

  // The targeting dataset for minimum-terms supervision is only proposed (HE 198/2025).
  await page.goto(
    '/competence/ask?from=tax&to=osh&categories=targeting_dataset&purpose=minimum_terms_supervision&initiative=request',
  );
  const proposed = page.getByRole('region', { name: 'Lakiehdotus – ei voimassa' });
  await expect(proposed).toContainText('HE 198/2025 sallisi tämän, mutta se ei ole voimassa.');
  await expect(proposed.getByText('Lakiehdotus', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Ei –/ })).toBeVisible();
});

test('the matrix shows 13 × 13 authorities and opens a cell’s legal basis from the keyboard', async ({
  page,
}) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'osh.inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Laura Nieminen' })).toBeVisible();
  await openCompetenceMap(page);
  await page
    .getByRole('navigation', { name: 'Toimivaltakartta' })
    .getByRole('link', { name: 'Luovutusmatriisi' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Luovutusmatriisi' })).toBeFocused();

  await choose(page, /Tietoryhmä/, 'Työsuojelutarkastuksen havainnot');
  await choose(page, /Käyttötarkoitus/, 'rikosten selvittäminen ja syyteharkinta');
  const table = page.getByRole('table', {
    name: /^Työsuojelutarkastuksen havainnot – käyttötarkoitus: rikosten/,
  });
  await expect(table.getByRole('columnheader')).toHaveCount(14); // the corner + 13 recipients
  await expect(table.getByRole('rowheader')).toHaveCount(13);
  await expect(table.locator('tbody td button')).toHaveCount(169);
  await expect(page.getByRole('heading', { name: 'Selitteet' })).toBeVisible();

  // One Tab stop for the whole table; the arrow keys move from the first cell down to OSH → police.
  await page.getByRole('region', { name: /^Työsuojelutarkastuksen havainnot/ }).focus();
  await page.keyboard.press('Tab');
  await expect(table.getByRole('button', { name: /^Poliisi → Poliisi: Sama viranomainen/ })).toBeFocused();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
  const cell = table.getByRole('button', {
    name: /^Työsuojelu → Poliisi: Ilmoitusvelvollisuus, 44\/2006 50 §/,
  });
  await expect(cell).toBeFocused();
  await expect(cell.locator('[aria-hidden="true"]')).toHaveText('ILM');
  await page.keyboard.press('Enter');
  const detail = page.getByRole('heading', { level: 2, name: /^Työsuojeluviranomainen .* → Poliisi$/ });
  await expect(detail).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Kyllä – ilmoitusvelvollisuus' })).toBeVisible();
  await expectSourceLink(page.getByRole('link', { name: /Ulkomaalaislaki 301\/2004 85 § 2 mom\./ }));
  await expectNoSeriousA11yViolations(page, 'the matrix with a cell open');
  await page.getByRole('button', { name: 'Sulje' }).click();
  await expect(cell).toBeFocused();
  await expect(page).toHaveURL(
    /category=osh_inspection_findings&purpose=crime_investigation&initiative=request/,
  );
});

test('on a phone the matrix scrolls sideways inside its own region, not the page', async ({ page }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'osh.inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Laura Nieminen' })).toBeVisible();
  await page.goto(
    '/competence/matrix?category=osh_inspection_findings&purpose=crime_investigation&initiative=own',
  );
  const region = page.getByRole('region', { name: /^Työsuojelutarkastuksen havainnot/ });
  await expect(region.locator('tbody td button')).toHaveCount(169);
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow, 'no sideways scrolling of the page at 390 px').toBeLessThanOrEqual(0);
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expectNoSeriousA11yViolations(page, 'the matrix on a phone');
});

test('the authorities tab opens her own authority’s powers and rules, each with its law', async ({
  page,
}) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'osh.inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Laura Nieminen' })).toBeVisible();
  await openCompetenceMap(page);

  // The authorities tab opens her own authority.
  await page
    .getByRole('navigation', { name: 'Toimivaltakartta' })
    .getByRole('link', { name: 'Viranomaiset' })
    .click();
  await expect(page).toHaveURL(/\/competence\/authorities\/osh$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Työsuojeluviranomainen (Lupa- ja valvontavirasto)' }),
  ).toBeFocused();
  await expect(page.getByText('Oma viranomaisesi')).toBeVisible();
  const outgoing = page.getByRole('region', { name: 'Mitä Työsuojelu saa luovuttaa ja kenelle' });
  await expect(outgoing.getByRole('heading', { level: 3, name: /Ilmoitusvelvollisuus/ })).toBeVisible();
  await expectSourceLink(
    outgoing.getByRole('link', { name: /Ulkomaalaislaki 301\/2004 85 § 2 mom\./ }).first(),
  );
  await expect(outgoing.getByText('Vahvistamaton').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mitä Työsuojelu saa muilta' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'an authority’s page');

  await choose(page, /Näytä viranomainen/, 'Verohallinto');
  await expect(page).toHaveURL(/\/competence\/authorities\/tax$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Verohallinto' })).toBeVisible();
});

test('who should be at the table for a joint supervision, and why', async ({ page }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'osh.inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Laura Nieminen' })).toBeVisible();
  await openCompetenceMap(page);
  await page
    .getByRole('navigation', { name: 'Toimivaltakartta' })
    .getByRole('link', { name: 'Keitä kutsutaan?' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keiden pitäisi olla mukana?' })).toBeFocused();
  await page.getByLabel(/Valvonnan tavoite/).fill('Rakennustyömaiden yhteisvalvonta');
  for (const issue of ['Palkat', 'Oleskelu- ja työluvat', 'Ihmiskaupan uhrit']) {
    await tick(page.getByRole('checkbox', { name: issue, exact: true }));
  }
  await page.getByRole('button', { name: 'Näytä kutsuttavat' }).click();
  const result = page.getByRole('heading', {
    level: 2,
    name: 'Kutsuttavat viranomaiset: Rakennustyömaiden yhteisvalvonta',
  });
  await expect(result).toBeFocused();
  const seats = page.getByRole('region', { name: /^Kutsuttavat viranomaiset/ }).getByRole('listitem');
  await expect(seats.filter({ hasText: 'Työsuojeluviranomainen' }).first()).toBeVisible();
  await expect(seats.filter({ hasText: 'Maahanmuuttovirasto' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'who should be at the table');
});

test('a platform admin edits a rule with a change note, then reads its history and diff', async ({
  page,
}) => {
  // Nobody else's test relies on this rule's note; a fresh server starts every run at version 1.
  const ruleId = 'etk-osh-own-tyel-206';
  const note = `Tarkistettu e2e-testissä ${Date.now()}`;
  problems = await watchForProblems(page, [
    SIGNED_OUT_PROBE,
    { status: 400, path: `/api/competence/items/rule/${ruleId}` },
    { status: 400, path: '/api/competence/import' },
  ]);
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Aino Ylläpito' })).toBeVisible();
  await openCompetenceMap(page);
  await page
    .getByRole('navigation', { name: 'Toimivaltakartta' })
    .getByRole('link', { name: 'Ylläpito' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toimivaltakartan ylläpito' })).toBeFocused();

  await page.getByLabel('Säännön tunnus').fill(ruleId);
  await expect(page.getByText('Sääntöjä: 1')).toBeVisible();
  await page.getByRole('button', { name: `Avaa sääntö ${ruleId}` }).click();
  const heading = page.getByRole('heading', {
    level: 2,
    name: new RegExp(`^Sääntö ${ruleId} \\(versio \\d+\\)$`),
  });
  await expect(heading).toBeFocused();
  const before = Number((await heading.textContent())?.match(/versio (\d+)/)?.[1]);
  await expectNoSeriousA11yViolations(page, 'the rule editor');

  await page.getByLabel('Huomautus suomeksi').fill(note);
  await page.getByLabel('Huomautus ruotsiksi').fill('Kontrollerad i e2e-testet');
  await page.getByLabel('Huomautus englanniksi').fill('Checked in the e2e test');
  await page.getByRole('button', { name: 'Tallenna uusi versio' }).click();
  await expect(page.getByText('Kirjoita, mitä muutit ja miksi.')).toBeVisible();
  await page.getByLabel('Muutoksen selite').fill('Lisätty huomautus lähteestä');
  await page.getByRole('button', { name: 'Tallenna uusi versio' }).click();
  await expect(page.getByText(`Tallennettu. Nykyinen versio on ${before + 1}.`)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: `Sääntö ${ruleId} (versio ${before + 1})` }),
  ).toBeVisible();

  const history = page.getByRole('region', { name: 'Versiohistoria' });
  const newest = history.getByRole('listitem').first();
  await expect(newest).toContainText(`Versio ${before + 1}`);
  await expect(newest).toContainText('Aino Ylläpito');
  await expect(newest).toContainText('Lisätty huomautus lähteestä');
  await page.getByRole('button', { name: 'Näytä erot' }).click();
  const diff = page.getByRole('table', {
    name: new RegExp(`^Erot: versio ${before} → versio ${before + 1} `),
  });
  await expect(diff.getByRole('rowheader', { name: /sourceNote/ }).first()).toBeVisible();
  await expect(diff).toContainText(note);
  await expectNoSeriousA11yViolations(page, 'the rule history and diff');

  // A save the map would not accept lists every problem with its path, and writes nothing.
  const json = page.getByLabel('Muut kentät (JSON)');
  await json.fill((await json.inputValue()).replace('"pension_insurance_data"', '"no_such_category"'));
  await page.getByLabel('Muutoksen selite').fill('Virheellinen tietoryhmä');
  await page.getByRole('button', { name: 'Tallenna uusi versio' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Ei tallennettu – korjaa nämä' });
  await expect(refused).toBeFocused();
  await expect(refused.locator('code').first()).toContainText('categories');
  await expect(refused).toContainText('no_such_category');

  // An import is validated as a whole: a broken file is refused with its problems.
  await page.getByLabel('Tuo JSON-tiedosto').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        schemaVersion: 1,
        country: 'FI',
        authorities: [],
        competences: [],
        categories: [],
        purposes: [],
        rules: [{ id: 'Not A Slug', from: 'osh', to: 'police' }],
      }),
    ),
  });
  const importProblems = page.getByRole('alert').filter({ hasText: 'Ei tallennettu – korjaa nämä' }).last();
  await expect(
    importProblems
      .locator('code')
      .filter({ hasText: /^rules/ })
      .first(),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa JSON-tiedosto' }).click();
  expect((await download).suggestedFilename()).toMatch(/^silta-competence-\d{4}-\d{2}-\d{2}\.json$/);
});
