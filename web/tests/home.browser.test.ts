import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, openPage, screenshot } from './browser.js';

/**
 * The first page against the real stack: Neo4j with the demo data, the API, and web/build served
 * by the API. The lead's globalSetup starts it and provides `baseUrl`.
 */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openHome(path = '/'): Promise<{ page: Page; pageErrors: Error[] }> {
  const opened = await openPage(browser, baseUrl);
  await opened.page.goto(path);
  return opened;
}

/** The steungroepen table has loaded once its Hoornesgroep button is there. */
const steungroepenGeladen = (page: Page) =>
  page.locator('#steungroepen').getByRole('button', { name: 'Hoornesgroep', exact: true }).waitFor();

describe('the home page', () => {
  it('opens on Katwijk with its kernen and the Hoornesgroep among the steungroepen', async () => {
    const { page, pageErrors } = await openHome();
    await steungroepenGeladen(page);
    await page.locator('#kernen h3').first().waitFor();

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Wijkweb');
    const picker = page.getByLabel('Gemeente', { exact: true });
    expect(await picker.inputValue()).toBe('GM0537');
    expect(await picker.locator('option:checked').textContent()).toBe('Katwijk');

    const kernen = await page.locator('#kernen h3').allTextContents();
    expect(kernen).toEqual(
      expect.arrayContaining([
        'Katwijk aan Zee',
        'Katwijk aan den Rijn',
        'Katwijk-Noord',
        'Rijnsburg',
        'Valkenburg',
      ]),
    );
    // Each kern lists its wijken with counts in a table with real headers.
    const wijkTabel = page.locator('#kernen table').first();
    expect(await wijkTabel.locator('th[scope="col"]').count()).toBe(4);
    expect(await wijkTabel.locator('tbody th[scope="row"]').count()).toBeGreaterThan(0);

    const rij = page.locator('#steungroepen tr', {
      has: page.getByRole('button', { name: 'Hoornesgroep', exact: true }),
    });
    expect(await rij.locator('td').first().textContent()).toContain('Hoornes');
    expect(await rij.locator('td').nth(2).textContent()).toBe('11');

    await screenshot(page, 'home-katwijk');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('finds the Hoornesgroep while typing "Hoornes" and announces the results', async () => {
    const { page, pageErrors } = await openHome();
    await steungroepenGeladen(page);

    await page
      .getByLabel('Zoek een steungroep, partner, wijk of activiteit')
      .pressSequentially('Hoornes', { delay: 40 });
    const resultaten = page.getByRole('list', { name: 'Zoekresultaten' });
    const hit = resultaten.getByRole('button', { name: 'Hoornesgroep', exact: true });
    await hit.waitFor();

    const item = resultaten.locator('li', {
      has: page.getByRole('button', { name: 'Hoornesgroep', exact: true }),
    });
    expect(await item.locator('.label').textContent()).toBe('steungroep');
    const status = page.locator('#zoeken [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/resulta(at|ten) voor “Hoornes”/);

    await screenshot(page, 'search-hoornes');
    expect(pageErrors).toEqual([]);
  });

  it('shows the partners of the chosen steungroep, with the kernteam marked', async () => {
    const { page, pageErrors } = await openHome();
    await steungroepenGeladen(page);

    // Choose it from the search results with the keyboard: Tab to the hit, Enter.
    await page.getByLabel('Zoek een steungroep, partner, wijk of activiteit').fill('Hoornes');
    const hit = page
      .getByRole('list', { name: 'Zoekresultaten' })
      .getByRole('button', { name: 'Hoornesgroep', exact: true });
    await hit.waitFor();
    await hit.focus();
    await page.keyboard.press('Enter');

    const details = page.locator('#details');
    await details.getByRole('heading', { level: 2, name: 'Hoornesgroep' }).waitFor();
    const partners = details.locator('#partners tbody tr');
    await partners.first().waitFor();
    expect(await partners.count()).toBe(11);
    expect(await partners.filter({ hasText: 'Kernteam' }).count()).toBe(5);
    const dunavie = partners.filter({ hasText: 'Dunavie' });
    expect(await dunavie.count()).toBe(1);
    expect(await dunavie.locator('td').last().textContent()).toContain('Kernteam');
    expect(await details.textContent()).toContain('5 van de 11 partners zitten in het kernteam.');

    // Focus went to the details, and the choice survives a reload through the URL.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details');
    expect(new URL(page.url()).searchParams.get('steungroep')).toMatch(/^Steungroep:/);
    await page.reload();
    await details.getByRole('heading', { level: 2, name: 'Hoornesgroep' }).waitFor();

    await screenshot(page, 'details-hoornesgroep');
    expect(await a11yViolations(page)).toEqual([]);

    // Closing returns focus to the group's row in the list.
    await details.getByRole('button', { name: 'Details sluiten' }).click();
    await details.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoornesgroep');
    expect(pageErrors).toEqual([]);
  });

  it('shows another gemeente with its own kernen and steungroepen when picked', async () => {
    const { page, pageErrors } = await openHome();
    await steungroepenGeladen(page);

    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Den Helder' });
    await page.locator('#kernen h3', { hasText: 'Julianadorp' }).waitFor();
    await page.locator('#steungroepen tbody tr').first().waitFor();

    expect(await page.locator('#kernen h3').allTextContents()).toEqual(
      expect.arrayContaining(['Den Helder', 'Julianadorp']),
    );
    expect(await page.locator('#kernen h3', { hasText: 'Rijnsburg' }).count()).toBe(0);
    expect(await page.locator('#steungroepen').getByRole('button', { name: 'Hoornesgroep' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('gemeente')).toBe('GM0400');

    await page.reload();
    await page.locator('#kernen h3', { hasText: 'Julianadorp' }).waitFor();
    expect(await page.getByLabel('Gemeente', { exact: true }).inputValue()).toBe('GM0400');
    await screenshot(page, 'gemeente-den-helder');
    expect(pageErrors).toEqual([]);
  });

  it('switches to English: the headings change, <html lang> follows and the choice is remembered', async () => {
    const { page, pageErrors } = await openHome();
    await steungroepenGeladen(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    const h2 = () => page.getByRole('heading', { level: 2 }).allTextContents();
    expect(await h2()).toEqual(expect.arrayContaining(['Zoeken', 'Steungroepen', 'Kernen en wijken']));

    const english = page.getByRole('button', { name: 'English' });
    expect(await english.getAttribute('aria-pressed')).toBe('false');
    await english.click();

    expect(await english.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h2()).toEqual(
      expect.arrayContaining(['Search', 'Support groups', 'Villages and districts']),
    );
    expect(await h2()).not.toContain('Steungroepen');
    await screenshot(page, 'english');
    expect(await a11yViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Support groups' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(pageErrors).toEqual([]);
  });

  it('lets Tab reach the skip link, the language switch, the gemeente picker and the search box', async () => {
    const { page, pageErrors } = await openHome();
    await steungroepenGeladen(page);

    const reached: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
        }),
      );
    }
    expect(reached[0]).toBe('a:Naar de inhoud');
    const order = ['button:Nederlands', 'button:English', '#gemeente', '#zoektekst'].map((target) =>
      reached.indexOf(target),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // The skip link jumps over the header into the main content.
    await page.goto('/');
    await steungroepenGeladen(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    await screenshot(page, 'keyboard');
    expect(pageErrors).toEqual([]);
  });

  it('shows an API failure as a sentence and recovers on "Opnieuw proberen"', async () => {
    const { page, pageErrors } = await openHome('about:blank');
    let failing = true;
    await page.route('**/graphql', async (route) => {
      if (!failing) return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: 'Neo4j: connection refused at bolt://secret',
              extensions: { code: 'SERVICE_UNAVAILABLE' },
            },
          ],
        }),
      });
    });
    await page.goto('/');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain(
      'De database van Wijkweb is even niet bereikbaar. Probeer het over een minuut opnieuw.',
    );
    expect(text).not.toContain('bolt://');
    await screenshot(page, 'error-service-unavailable');
    expect(await a11yViolations(page)).toEqual([]);

    failing = false;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await steungroepenGeladen(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('says the server cannot be reached when the network fails', async () => {
    const { page, pageErrors } = await openHome('about:blank');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto('/');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Wijkweb is niet bereikbaar.');
    await screenshot(page, 'error-network');
    expect(pageErrors).toEqual([]);
  });

  it('answers an unknown address with a sentence and a way back', async () => {
    const { page } = await openHome('/bestaat-niet');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Deze pagina bestaat niet.');
    expect(await alert.getByRole('link', { name: 'Naar de startpagina' }).getAttribute('href')).toBe('/');
    await screenshot(page, 'not-found');
  });
});
