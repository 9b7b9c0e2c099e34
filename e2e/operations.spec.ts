/**
 * A joint supervision operation from the annual clock to closing, in Chromium, with three
 * authorities: police.lead adds a seasonal-work item to the annual clock and raises a supervision
 * initiative from it; addressing it to OSH and Tax is decided by the competence engine (the police may
 * give its information only on request, so both are refused with the engine's explanation); the lead
 * creates the operation from the initiative, invites OSH and Tax as the competence map suggests;
 * osh.inspector (on a 390×844 phone) and tax.officer accept; the lead records the planning meeting's
 * decisions. Then, as far as the other panels allow: five targets selected by score (the set-up rescores
 * through the API as the lead, since the e2e server's scheduled rescoring is off), the plan saved,
 * approved and shared, execution, a finding on site on the phone and all five targets finished (one
 * visited, four not visited with a note), each target's result, and closing with a follow-up task
 * still open (the reason dialog). The steps run in order (serial): a step whose panel is missing fails
 * naming the missing tab, and the steps after it do not run.
 *
 * Axe runs on the list, the clock, the initiative, the operation's tabs (desktop and phone); every page
 * fails the journey on console errors, uncaught exceptions and CSP violations.
 */
import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn, tabTo } from './support/login.ts';
import {
  type Actor,
  actor,
  choose,
  expect,
  hasTab,
  openOperations,
  openTab,
  phase,
  pick,
  rescore,
  tabName,
} from './support/operations.ts';
import { SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

const YEAR = new Date().getFullYear() + 1;
/** Names unique to this run, so the journey can run again against the same server. */
const RUN = Date.now().toString(36).slice(-4).toUpperCase();
const CLOCK_ITEM = `Marjanpoimintakausi ${YEAR} ${RUN}`;
const OPERATION = `Marjatilojen yhteisvalvonta ${YEAR} ${RUN}`;
const CANCELLED = `Peruttava harjoitus ${RUN}`;
const OSH = 'Työsuojeluviranomainen (Lupa- ja valvontavirasto)';
const TAX = 'Verohallinto';

test.describe
  .serial('a joint operation with three authorities', () => {
    test.setTimeout(180_000);
    let lead: Actor;
    let osh: Actor;
    let tax: Actor;
    let operationUrl = '';
    const ran: string[] = [];

    test.beforeAll(async ({ browser }, testInfo) => {
      testInfo.setTimeout(240_000);
      lead = await actor(browser, 'police.lead', /Tervetuloa, Jari Mäkinen/);
      osh = await actor(browser, 'osh.inspector', /Tervetuloa, Laura Nieminen/, true);
      tax = await actor(browser, 'tax.officer', /Tervetuloa, Mikko Heikkinen/);
      // Scores for the target selection: the lead (operation_lead) may rescore through the API.
      await rescore(lead.page);
    });

    test.afterEach(() => {
      for (const who of [lead, osh, tax]) {
        expect(who.problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
      }
    });

    test.afterAll(async () => {
      test.info().annotations.push({ type: 'steps run', description: ran.join(', ') });
      for (const who of [lead, osh, tax]) await who?.context.close();
    });

    test('the lead adds seasonal work to the annual clock, in the circle and the month list', async () => {
      const { page } = lead;
      await openOperations(page);
      await expectNoSeriousA11yViolations(page, 'the operations list');
      await page
        .getByRole('navigation', { name: 'Yhteisvalvonnat' })
        .getByRole('link', { name: 'Vuosikello' })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Vuosikello' })).toBeFocused();

      await page.getByRole('button', { name: 'Lisää vuosikelloon' }).click();
      const form = page.getByRole('form', { name: 'Uusi merkintä vuosikelloon' });
      await choose(form, 'Kausityö');
      await form.getByLabel('Nimi').fill(CLOCK_ITEM);
      await form.getByLabel('Alkaa').fill(`${YEAR}-07-15`);
      await form.getByLabel('Päättyy').fill(`${YEAR}-09-30`);
      await choose(form, 'Luonnonmarjojen poiminta');
      await page.getByRole('button', { name: 'Lisää merkintä' }).click();

      // The new item's year is shown; its details take focus; the circle has it as a named, focusable item.
      await expect(page.getByText(`Vuosi ${YEAR}`, { exact: true })).toBeVisible();
      const detail = page.locator('#clock-detail');
      await expect(detail.getByRole('heading', { name: CLOCK_ITEM })).toBeVisible();
      const arc = page.getByRole('button', {
        name: `Kausityö: ${CLOCK_ITEM}, 15.7.${YEAR}–30.9.${YEAR}`,
      });
      await expect(arc).toBeVisible();
      await tabTo(page, arc, 40);
      await page.keyboard.press('Enter');
      await expect(detail).toBeFocused();
      // The list is grouped by month: the item is under July.
      await expect(page.getByRole('heading', { level: 3, name: 'Heinäkuu' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the annual clock');
      ran.push('clock');
    });

    test('the lead raises a supervision initiative from the clock item; the engine decides each addressee', async () => {
      const { page } = lead;
      await page.locator('#clock-detail').getByRole('link', { name: 'Tee valvonta-aloite' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Valvonta-aloitteet' })).toBeVisible();
      await expect(page.getByText(`Vuosikellon kohdasta: ${CLOCK_ITEM}`)).toBeVisible();
      await expect(page.getByLabel('Nimi')).toHaveValue(CLOCK_ITEM);
      await page
        .getByLabel('Valvonnan tarve')
        .fill('Marjatiloilla on viime kausina havaittu palkka- ja lupaongelmia.');
      for (const area of ['Palkat', 'Oleskelu- ja työluvat', 'Työturvallisuus', 'Verot'])
        await choose(page, area);
      await choose(page, 'Poliisin tiedot');
      await page.getByLabel('Salassapitoperuste').fill('JulkL 24 § 1 mom. 3 kohta');
      await page.getByRole('button', { name: 'Tallenna aloite' }).click();
      await expect(page.getByRole('heading', { level: 1, name: CLOCK_ITEM })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the initiative');

      await page.getByRole('button', { name: 'Osoita viranomaisille' }).click();
      const dialog = page.getByRole('dialog', { name: 'Osoita aloite viranomaisille' });
      await expect(dialog).toBeVisible();
      // The competence map's suggestions are ticked already.
      await expect(dialog.getByRole('checkbox', { name: OSH })).toBeChecked();
      await expect(dialog.getByRole('checkbox', { name: TAX })).toBeChecked();
      await pick(page, dialog, /Vastaanottajan käyttötarkoitus/, 'Valvonnan kohdentaminen');
      await dialog.getByRole('button', { name: 'Osoita aloite' }).click();
      await expect(dialog.getByRole('heading', { name: 'Toimivaltakartan ratkaisut' })).toBeFocused();
      // The police may give its information to either only on request: refused, with the engine's reason.
      for (const name of [OSH, TAX]) {
        const answer = dialog.getByRole('region', { name: `${name}: ei voitu osoittaa` });
        await expect(answer).toContainText('vain pyynnöstä');
      }
      await expectNoSeriousA11yViolations(page, 'the address dialog');
      await dialog.getByRole('button', { name: 'Valmis' }).click();
      ran.push('initiative');
    });

    test('the lead creates the operation from the initiative and invites OSH and Tax as suggested', async () => {
      const { page } = lead;
      await page.getByRole('link', { name: 'Perusta yhteisvalvonta aloitteesta' }).click();
      await expect(page.getByRole('heading', { name: 'Uusi yhteisvalvonta' })).toBeVisible();
      await expect(page.getByLabel('Nimi')).toHaveValue(CLOCK_ITEM);
      await page.getByLabel('Nimi').fill(OPERATION);
      await page.getByLabel('Päätavoite').fill('Selvittää marjanpoimijoiden palkat, luvat ja asumisolot.');
      await page.getByRole('button', { name: 'Perusta operaatio' }).click();
      await expect(page.getByRole('heading', { level: 1, name: OPERATION })).toBeVisible();
      operationUrl = new URL(page.url()).pathname;

      // Planning is the current phase; approval is explained by what is still missing.
      await expect(phase(page, 0)).toHaveAttribute('aria-current', 'step');
      await expect(
        page.getByText(
          'Suunnittelukokouksen päätökset puuttuvat: johtava viranomainen, päätavoite ja osallistujat on kirjattava.',
        ),
      ).toBeVisible();
      await expect(page.getByText('Yhtään valvontakohdetta ei ole valittu.')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the operation overview');

      await openTab(page, tabName.meeting);
      for (const name of [OSH, TAX]) {
        await page.getByRole('button', { name: `Kutsu: ${name}` }).click();
        await expect(page.getByRole('status').filter({ hasText: 'Kutsu lähetetty' })).toBeVisible();
      }
      await expect(page.getByRole('list', { name: 'Kutsut ja vastaukset' })).toContainText(
        'Työsuojelu: Kutsuttu',
      );
      await expect(page.getByRole('list', { name: 'Kutsut ja vastaukset' })).toContainText('Vero: Kutsuttu');
      await expectNoSeriousA11yViolations(page, 'the planning meeting');
      ran.push('operation', 'invitations');
    });

    test('osh.inspector accepts on a phone and tax.officer accepts; the lead sees it live', async () => {
      for (const who of [osh, tax]) {
        const { page } = who;
        await openOperations(page);
        await page.getByRole('link', { name: new RegExp(OPERATION) }).click();
        await expect(page.getByRole('heading', { level: 1, name: OPERATION })).toBeVisible();
        await expect(page.getByText(/kutsuu viranomaisesi/)).toBeVisible();
        if (who === osh) await expectNoSeriousA11yViolations(page, 'the invitation on a phone');
        await page.getByRole('button', { name: 'Hyväksy kutsu' }).click();
        await expect(page.getByText(/kutsuu viranomaisesi/)).toBeHidden();
      }
      // No reload on the lead's page: the answers arrive over the live stream.
      const answers = lead.page.getByRole('list', { name: 'Kutsut ja vastaukset' });
      await expect(answers).toContainText('Työsuojelu: Mukana');
      await expect(answers).toContainText('Vero: Mukana');
      ran.push('accepted');
    });

    test('the lead records the planning meeting’s decisions; participants read them', async () => {
      const { page } = lead;
      const decisions: [string, string][] = [
        ['Johtava viranomainen', 'Poliisi johtaa; työsuojelu ja verohallinto osallistuvat.'],
        ['Päätavoite', 'Palkat, luvat ja asumisolot viidellä riskialttiimmalla tilalla.'],
        ['Osallistuvat viranomaiset', 'Poliisi, työsuojelu, Verohallinto.'],
      ];
      for (const [item, decision] of decisions) {
        const row = page
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: item, exact: true }) });
        await row.getByLabel('Päätös', { exact: true }).fill(decision);
        await row.getByRole('button', { name: `Tallenna päätös: ${item}` }).click();
        await expect(row.getByRole('status')).toHaveText('Päätös tallennettu.');
      }
      await expect(page.getByText('Päätetty 3/13 kohtaa.')).toBeVisible();
      await expect(page.getByText(/Suunnittelukokouksen päätökset puuttuvat/)).toBeHidden();

      // OSH reads the decisions, and cannot edit them.
      await osh.page
        .getByRole('navigation', { name: 'Operaation osiot' })
        .getByRole('link', { name: tabName.meeting })
        .click();
      await expect(
        osh.page.getByText('Poliisi johtaa; työsuojelu ja verohallinto osallistuvat.'),
      ).toBeVisible();
      await expect(osh.page.getByLabel('Päätös', { exact: true })).toHaveCount(0);
      ran.push('agenda');
    });

    test('the lead selects five targets by score', async () => {
      const { page } = lead;
      expect(await hasTab(page, tabName.targets), 'the target selection tab').toBe(true);
      await openTab(page, tabName.targets);
      const selectButtons = page.getByRole('button', { name: /^Valitse / });
      await expect(
        selectButtons.first().or(page.getByText('Rajaukseen ei osu yhtään yritystä.')),
      ).toBeVisible({
        timeout: 20_000,
      });
      expect(await selectButtons.count(), 'candidates to select').toBeGreaterThanOrEqual(5);
      // The five highest scores, by name (the list is ordered by score and may re-render as they are chosen).
      const chosen: string[] = [];
      for (let i = 0; i < 5; i += 1)
        chosen.push((await selectButtons.nth(i).getAttribute('aria-label')) ?? '');
      for (const [n, name] of chosen.entries()) {
        await page.getByRole('button', { name, exact: true }).click();
        await page.getByLabel('Perustelu').fill('Korkeimmat riskipisteet: palkka- ja lupahavainnot.');
        await page.getByRole('button', { name: 'Vahvista valinta' }).click();
        // Saved only when it is among the selected: the button's label changes while it is still saving.
        await expect(page.getByRole('heading', { name: `Valitut kohteet (${n + 1})` })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Vahvista valinta' })).toBeHidden();
      }
      await expectNoSeriousA11yViolations(page, 'target selection');
      await page.goto(operationUrl);
      await expect(page.getByRole('heading', { level: 1, name: OPERATION })).toBeVisible();
      await expect(page.getByText('Yhtään valvontakohdetta ei ole valittu.')).toBeHidden();
      ran.push('targets');
    });

    test('the lead approves the plan and shares it with the participants', async () => {
      const { page } = lead;
      expect(await hasTab(page, tabName.plan), 'the plan tab').toBe(true);
      await openTab(page, tabName.plan);
      // The server's pre-fill is shown until it is saved as a version: edit, save, approve, share.
      await expect(page.getByText('Esitäytetty luonnos, ei tallennettu')).toBeVisible();
      await page.getByRole('button', { name: 'Muokkaa', exact: true }).click();
      await page.getByRole('button', { name: 'Tallenna uutena versiona' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Versio 1 tallennettu.' })).toBeVisible();
      await expect(page.getByText('Versio 1: luonnos').first()).toBeVisible();
      await page.getByRole('button', { name: 'Hyväksy suunnitelma' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Suunnitelma hyväksytty.' })).toBeVisible();
      await page.getByRole('button', { name: 'Luovuta osallistujille' }).click();
      const answers = page.getByRole('region', { name: 'Toimivaltakartan vastaukset' });
      await expect(answers.getByText(/^Työsuojelu: luovutettu/)).toBeVisible();
      await expect(answers.getByText(/^Vero: luovutettu/)).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the approved plan');
      ran.push('plan');
    });

    test('the lead moves the operation to execution', async () => {
      const { page } = lead;
      await page.goto(operationUrl);
      await page.getByRole('button', { name: 'Aloita toteutus' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Tehty: Aloita toteutus.' })).toBeVisible();
      await expect(phase(page, 1)).toHaveAttribute('aria-current', 'step');
      ran.push('execution');
    });

    test('osh.inspector records a finding on site on a phone, and the targets are finished', async () => {
      const { page } = osh;
      await page.goto(operationUrl);
      await expect(page.getByRole('heading', { level: 1, name: OPERATION })).toBeVisible();
      expect(await hasTab(page, tabName.field), 'the field tab').toBe(true);
      await openTab(page, tabName.field);
      // One card per selected target, in the plan's order ("1. …", "2. …").
      const card = (position: number) =>
        page
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${position}\\. `) }) });
      await expect(card(5)).toBeVisible();
      await expect(card(6)).toHaveCount(0);

      // The first target: arrival, a wages finding, finished as visited.
      const first = card(1);
      await first.getByRole('button', { name: 'Saavuimme kohteeseen' }).click();
      await expect(first.getByText(/^Saavuttu /)).toBeVisible();
      await first.getByLabel('Osa-alue').selectOption({ label: 'Palkat' });
      await first.getByLabel('Otsikko').fill('Palkat alle työehtosopimuksen');
      await first.getByLabel('Havainto').fill('Poimijoille maksettu urakkapalkka jää alle vähimmäispalkan.');
      await first.getByRole('button', { name: 'Tallenna havainto' }).click();
      await expect(first.getByText('Palkat: Palkat alle työehtosopimuksen')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the field view on a phone');
      await first.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
      await expect(first.getByText(/Käyty /)).toBeVisible();

      // The other four were not reached this time: finished as not visited, with a note.
      for (let position = 2; position <= 5; position += 1) {
        const other = card(position);
        await choose(other, 'Kohteessa käytiin');
        await other.getByLabel('Huomautus (miksi ei käyty)').fill('Ei ehditty tällä kertaa.');
        await other.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
        await expect(other.getByText('Ei käyty: Ei ehditty tällä kertaa.')).toBeVisible();
      }
      ran.push('finding');
    });

    test('feedback and follow-up: results, a follow-up task, and closing with it still open', async () => {
      const { page } = lead;
      await page.goto(operationUrl);
      await page.getByRole('button', { name: 'Siirry palautteeseen ja jälkitoimiin' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Tehty: Siirry palautteeseen ja jälkitoimiin.' }),
      ).toBeVisible();
      await expect(phase(page, 2)).toHaveAttribute('aria-current', 'step');
      await openTab(page, tabName.followUp);
      // The police's result for each of the five targets.
      const results = page.getByRole('region', { name: 'Tulokset kohteittain' });
      const outcomes = results.getByRole('button', { name: /Viranomaisesi tulos:/ });
      await expect(outcomes).toHaveCount(5);
      for (let i = 0; i < 5; i += 1) {
        await outcomes.nth(i).click();
        await page.getByRole('option', { name: 'Ohjaus', exact: true }).click();
        await results.getByRole('button', { name: 'Tallenna tulos' }).nth(i).click();
        await expect(results.getByRole('status').filter({ hasText: 'Tallennettu.' })).toHaveCount(i + 1);
      }
      await expect(results.getByText(/: Ohjaus$/)).toHaveCount(5);
      await page.getByLabel('Tehtävä', { exact: true }).fill('Tarkista palkkojen jälkimaksu');
      await pick(page, page, /Vastuuviranomainen/, OSH);
      await page.getByLabel('Määräpäivä').fill(`${YEAR}-02-15`);
      await page.getByRole('button', { name: 'Lisää jälkitoimi' }).click();
      await expect(page.getByText('Tarkista palkkojen jälkimaksu')).toBeVisible();

      await page.getByRole('button', { name: 'Sulje operaatio' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sulje operaatio' });
      await dialog.getByRole('button', { name: 'Sulje operaatio' }).click();
      await expect(dialog.getByText('Kirjoita perustelu.')).toBeVisible();
      await dialog
        .getByLabel('Perustelu')
        .fill('Jälkimaksun tarkistus jää työsuojelulle; operaatio on muuten valmis.');
      await dialog.getByRole('button', { name: 'Sulje operaatio' }).click();
      await expect(page.getByText('Tila: Suljettu')).toBeVisible();
      ran.push('closed');
    });
  });

test('cancelling asks for a reason, and the operation list filters by status', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signIn(page, 'police.lead');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await openOperations(page);
  await page.getByRole('button', { name: 'Uusi yhteisvalvonta' }).click();
  await page.getByRole('button', { name: 'Perusta operaatio' }).click();
  // Nothing is sent until the required fields are there; the form says which.
  await expect(page.getByText('Tarkista merkityt kentät (2).')).toBeVisible();
  await page.getByLabel('Nimi').fill(CANCELLED);
  await choose(page, 'Palkat');
  await page.getByRole('button', { name: 'Perusta operaatio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CANCELLED })).toBeVisible();

  await page.getByRole('button', { name: 'Peru operaatio' }).click();
  const dialog = page.getByRole('dialog', { name: 'Peru operaatio' });
  await dialog.getByRole('button', { name: 'Peru operaatio' }).click();
  await expect(dialog.getByText('Kirjoita perustelu.')).toBeVisible();
  await dialog.getByLabel('Perustelu').fill('Harjoitus.');
  await dialog.getByRole('button', { name: 'Peru operaatio' }).click();
  await expect(page.getByText('Tila: Peruttu')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Seuraavat vaiheet' })).toBeHidden();

  await page.getByRole('link', { name: 'Takaisin operaatioihin' }).click();
  await page.getByRole('button', { name: /^Peruttu \(\d+\)$/ }).click();
  await expect(page.getByRole('link', { name: new RegExp(CANCELLED) })).toBeVisible();
  await page.getByRole('button', { name: /^Suunnittelu \(\d+\)$/ }).click();
  await expect(page.getByRole('link', { name: new RegExp(CANCELLED) })).toBeHidden();
  expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
});
