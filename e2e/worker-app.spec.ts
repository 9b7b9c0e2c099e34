/**
 * The worker information app end to end, against the real server (use.baseURL): dist/help at /help/ and
 * the publication at /help/published/. A migrant worker chooses Arabic, reads a topic, opens a help contact,
 * then loses the connection and can still read; axe finds no serious or critical accessibility problems.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

async function chooseArabic(page: Page): Promise<void> {
  await page.goto('/help/');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose language' })).toBeVisible();
  await page
    .getByRole('button', { name: /العربية/ })
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('worker app', () => {
  test('Arabic reader: right-to-left, English fallback marked, help contact, readable offline', async ({
    page,
    context,
  }) => {
    await chooseArabic(page);

    // Topic page: the chrome is right-to-left, the untranslated text is English, marked as such.
    await page.getByRole('link', { name: /Pay and minimum pay/ }).click();
    const article = page.locator('article.page');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText('Pay and minimum pay');
    await expect(article).toHaveAttribute('lang', 'en');
    await expect(article).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('note').first()).toContainText('not yet translated into Arabic');

    // "Get help now" is one tap away and lists contacts with working tel: links.
    await page.getByRole('link', { name: 'Get help now' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where to get help');
    const assistance = page.locator('[data-contact="assistance-system"]');
    await expect(assistance.getByRole('link', { name: /\+358 2954 63177/ })).toHaveAttribute(
      'href',
      'tel:+358295463177',
    );
    await expect(
      assistance.getByRole('link', { name: /ihmiskauppa\.auttamisjarjestelma@migri\.fi/ }),
    ).toHaveAttribute('href', 'mailto:ihmiskauppa.auttamisjarjestelma@migri.fi');
    await page.getByLabel('Search help contacts').fill('pay');
    await expect(page.locator('[data-contact="sak-advice"]')).toBeVisible();
    await expect(page.locator('[data-contact="emergency-112"]')).toBeHidden();

    // Once the service worker controls the page, the app works offline.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where to get help');
    await context.setOffline(true);
    await page.goto('/help/#/page/holidays');
    await expect(page.locator('article.page h1')).toHaveText('Holidays and days off');
    await expect(page.locator('#offline')).toBeVisible();
    await page.reload();
    await expect(page.locator('article.page h1')).toHaveText('Holidays and days off');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await context.setOffline(false);

    // No cookies, and the quick exit (Esc) leaves for a neutral page.
    expect(await context.cookies()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/help\/recipe\.html$/);
  });

  test('?lang= from a poster QR code selects the language', async ({ page }) => {
    await page.goto('/help/?lang=fi');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.getByRole('link', { name: 'Hae apua nyt' }).first()).toBeVisible();
  });

  test('accessibility: no serious or critical axe violations', async ({ page }) => {
    await page.goto('/help/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, 'language picker');
    await page
      .getByRole('button', { name: /العربية/ })
      .first()
      .click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoSeriousViolations(page, 'home (ar)');
    await page.goto('/help/#/page/employment-contract');
    await expect(page.locator('article.page h1')).toBeVisible();
    await expectNoSeriousViolations(page, 'page');
    await page.goto('/help/#/help');
    await expect(page.locator('.contact').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'help contacts');
    await page.goto('/help/#/check');
    await page.locator('fieldset').first().getByText('Yes').click();
    await page.getByRole('button', { name: 'Show result' }).click();
    await expect(page.locator('.result h2')).toBeVisible();
    await expectNoSeriousViolations(page, 'self-check');
  });
});
