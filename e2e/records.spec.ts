/**
 * Records and sharing in the officials' app: the new-record form shows the server's validation by the
 * fields; the share dialog shows the competence engine's answer — legal basis, conditions to tick —
 * before anything is shared; an own-initiative share from the police to OSH is refused with the
 * engine's explanation (HE 182/2025 is only a proposal); Silta's proposals after recording.
 * Axe runs on the list, the form, the detail page with the dialog open; every test fails on console
 * errors, uncaught exceptions and CSP violations.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { signIn } from './support/login.ts';
import { type PageProblems, SIGNED_OUT_PROBE, watchForProblems } from './support/problems.ts';

let problems: PageProblems;

test.afterEach(() => {
  expect(problems.list(), 'console errors, page errors or CSP violations').toEqual([]);
});

/** Signs in and makes sure the UI is in Finnish (another journey may have saved a language to the profile). */
async function signInAs(page: Page, username: string, greeting: RegExp) {
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: greeting })).toBeVisible();
}

/** Suomi.fi check boxes and radio buttons hide the input under its label: click the label, as people do. */
async function choose(scope: Page | Locator, label: string) {
  await scope.getByText(label, { exact: true }).click();
}

interface NewRecord {
  kind: 'Havainto' | 'Vinkki' | 'Analyysi';
  title: string;
  body: string;
  secrecyBasis: string;
  category: string;
}

/** Fills and saves the new-record form; ends on the record's own page. */
async function createRecord(page: Page, record: NewRecord) {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Kirjaukset' })
    .click();
  await page.getByRole('link', { name: 'Uusi kirjaus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi kirjaus' })).toBeFocused();
  await choose(page, record.kind);
  await page.getByLabel('Otsikko').fill(record.title);
  await page.getByLabel('Kuvaus').fill(record.body);
  await page.getByLabel('Salassapitoperuste').fill(record.secrecyBasis);
  await choose(page, record.category);
  await page.getByRole('button', { name: 'Tallenna kirjaus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: record.title })).toBeVisible();
}

async function openShareDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Luovuta', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Luovuta kirjaus' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function choosePurpose(page: Page, dialog: Locator, purpose: string) {
  await dialog.getByRole('button', { name: /Käyttötarkoitus/ }).click();
  await page.getByRole('option', { name: purpose }).click();
}

test('the record form shows the server’s validation by the fields', async ({ page }) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE, { status: 400, path: '/api/records' }]);
  await signInAs(page, 'police.officer', /Tervetuloa, Pekka Virtanen/);

  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Kirjaukset' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaukset' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'the records list');

  await page.getByRole('link', { name: 'Uusi kirjaus' }).click();
  await expect(page).toHaveURL(/\/records\/new$/);
  await expect(page.getByRole('checkbox', { name: 'Poliisin tiedot' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the new-record form');

  await choose(page, 'Vinkki');
  await page.getByLabel('Otsikko').fill('Vinkki ilman salassapitoperustetta');
  await page.getByLabel('Kuvaus').fill('Työntekijät kertovat palkattomista ylitöistä.');
  await choose(page, 'Poliisin tiedot');
  await page.getByRole('button', { name: 'Tallenna kirjaus' }).click();

  // The server refused the missing secrecy basis; the form says so by that field and moves focus there.
  const secrecyBasis = page.getByLabel('Salassapitoperuste');
  await expect(secrecyBasis).toBeFocused();
  await expect(
    page.getByText('Kirjoita salassapitoperuste: ei-julkinen kirjaus tarvitsee sen.'),
  ).toBeVisible();
  await expect(page.getByText('Kirjausta ei tallennettu. Korjaa merkityt kentät (1).')).toBeVisible();
  await expect(page).toHaveURL(/\/records\/new$/);
  await expectNoSeriousA11yViolations(page, 'the new-record form with an error');

  // A public record needs no secrecy basis: the field goes away and the record is saved.
  await choose(page, 'Julkinen');
  await expect(secrecyBasis).toHaveCount(0);
  await page.getByRole('button', { name: 'Tallenna kirjaus' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vinkki ilman salassapitoperustetta' }),
  ).toBeVisible();
  await expect(page.getByText('Julkinen', { exact: true }).first()).toBeVisible();
});

test('the share dialog shows the engine’s answer first; unasked sharing with OSH is refused', async ({
  page,
}) => {
  test.slow(); // a long journey with two axe runs in a dialog, on two shared cores
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE, { status: 403, path: '/api/disclosures' }]);
  await signInAs(page, 'police.officer', /Tervetuloa, Pekka Virtanen/);
  const title = `Vinkki työmaan majoituksesta ${Date.now()}`;
  await createRecord(page, {
    kind: 'Vinkki',
    title,
    body: 'Puhelinvinkki: rakennustyömaalla asuu työntekijöitä konteissa.',
    secrecyBasis: 'JulkL 24 § 1 mom. 3 kohta',
    category: 'Poliisin tiedot',
  });

  const dialog = await openShareDialog(page);
  const share = dialog.getByRole('button', { name: 'Luovuta', exact: true });
  await expect(share).toBeDisabled();
  await choose(dialog, 'Työsuojeluviranomainen (Lupa- ja valvontavirasto)');
  await choosePurpose(page, dialog, 'Ulkomaisen työvoiman käytön valvonta');

  // Own initiative: the police may tell OSH only when asked; HE 182/2025 would change that, but is a bill.
  await choose(dialog, 'Kerromme oma-aloitteisesti (pyyntöä ei ole)');
  await dialog.getByRole('button', { name: 'Tarkista, saako luovuttaa' }).click();
  const answer = dialog.getByRole('region', { name: /Työsuojeluviranomainen/ });
  await expect(answer.getByRole('heading', { name: /Ei oma-aloitteisesti – vain pyynnöstä/ })).toBeVisible();
  await expect(answer).toContainText('Hallituksen esitys HE 182/2025 laajentaisi luovutusoikeutta');
  await expect(answer).toContainText('HE 182/2025 sallisi tämän, mutta se ei ole voimassa olevaa lakia.');
  await expect(answer.getByText('Lakiehdotus', { exact: true })).toBeVisible();
  await expect(share).toBeDisabled();
  await expect(
    dialog.getByText('Laki ei salli luovutusta kaikille valituille vastaanottajille.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the share dialog with a refusal');

  // They asked us: allowed under the Police Personal Data Act 22 § 3 mom., once its condition is ticked.
  await choose(dialog, 'Vastaanottaja on pyytänyt tietoja');
  await expect(dialog.getByText(/Olet muuttanut valintoja/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Tarkista, saako luovuttaa' }).click();
  await expect(answer.getByRole('heading', { name: /Kyllä – pyynnöstä/ })).toBeVisible();
  const basis = answer.getByRole('link', { name: /616\/2019 22 § 3 mom\./ });
  await expect(basis).toHaveAttribute('href', /finlex\.fi/);
  await expect(basis).toHaveAttribute('target', '_blank');
  await expect(share).toBeDisabled();
  await expect(dialog.getByText('Rastita kaikki edellytykset ennen luovutusta.')).toBeVisible();
  await choose(
    answer,
    'Luovutukselle on perusteltu syy, ja tiedot ovat tarpeen vastaanottajan lakisääteisen tehtävän hoitamiseksi.',
  );
  await expect(share).toBeEnabled();
  await expectNoSeriousA11yViolations(page, 'the share dialog ready to share');

  // Should the law change between the check and the click, the server asks the engine again and the
  // dialog shows its refusal. Simulated by sending the request as an own-initiative one.
  await page.route('**/api/disclosures', async (route) => {
    const body = route.request().postDataJSON() as Record<string, unknown>;
    await route.continue({ postData: JSON.stringify({ ...body, initiative: 'own' }) });
  });
  await share.click();
  const refusal = dialog.getByRole('alert').filter({ hasText: 'Luovutusta ei tehty. Laki ei salli sitä:' });
  await expect(refusal).toContainText('Työsuojelu');
  await expect(refusal).toContainText('HE 182/2025');
  await page.unroute('**/api/disclosures');

  // Unchanged, it goes through; the owner sees the disclosure with its legal basis.
  await share.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Luovutettu: Työsuojelu' })).toContainText(
    '616/2019 22 § 3 mom.',
  );
  const disclosures = page.getByRole('table', { name: 'Kirjauksen luovutukset, uusimmat ensin' });
  await expect(disclosures.getByRole('row').filter({ hasText: 'Työsuojelu' })).toContainText(
    '616/2019 22 § 3 mom.',
  );
  await expect(disclosures).toContainText('Voimassa');
});

test('after recording, Silta proposes whom to tell; a proposal can be set aside with a reason', async ({
  page,
}) => {
  problems = await watchForProblems(page, [SIGNED_OUT_PROBE]);
  await signInAs(page, 'osh.inspector', /Tervetuloa, Laura Nieminen/);
  await createRecord(page, {
    kind: 'Havainto',
    title: `Tarkastushavainto: alipalkkaus ${Date.now()}`,
    body: 'Tarkastuksella havaittiin, että ulkomaisille työntekijöille maksetaan alle työehtosopimuksen.',
    secrecyBasis: 'JulkL 24 § 1 mom. 15 kohta',
    category: 'Työsuojelutarkastuksen havainnot',
  });

  const proposals = page.getByRole('region', { name: 'Silta ehdottaa' });
  await expect(proposals).toBeVisible();
  // A duty comes first: OSH must notify the police (Act 44/2006 50 §).
  const first = proposals.getByRole('listitem').first();
  await expect(first).toContainText('Ilmoitusvelvollisuus');
  await expect(first).toContainText('Sinun on ilmoitettava poliisille');
  await expect(first.getByRole('link', { name: /44\/2006 50 §/ }).first()).toBeVisible();

  await first.getByRole('button', { name: 'Ei nyt: Poliisi' }).click();
  await first.getByRole('button', { name: 'Ohita ehdotus' }).click();
  await expect(page.getByText('Kirjoita syy.')).toBeVisible();
  await page
    .getByLabel('Miksi et kerro nyt viranomaiselle Poliisi?')
    .fill('Ilmoitettu puhelimitse rikoskomisariolle.');
  await page.getByRole('button', { name: 'Ohita ehdotus' }).click();
  await expect(proposals.getByText('Poliisi: Ilmoitettu puhelimitse rikoskomisariolle.')).toBeVisible();

  // "Share" on a proposal opens the dialog pre-filled: that recipient, our own initiative.
  await proposals
    .getByRole('button', { name: /^Luovuta: / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Luovuta kirjaus' });
  await expect(
    dialog.getByRole('radio', { name: 'Kerromme oma-aloitteisesti (pyyntöä ei ole)' }),
  ).toBeChecked();
  await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toBeHidden();
});
