import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, openPage, screenshot } from './browser.js';
import { graphql, kaartKlaar } from './explorer.js';

/** The pages beside the graph: a wijk, a steungroep and a partner, against the real stack. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; pageErrors: Error[] }> {
  const opened = await openPage(browser, baseUrl);
  await opened.page.goto(path);
  return opened;
}

const kop = (page: Page, naam: string) => page.getByRole('heading', { level: 2, name: naam, exact: true });
const sectie = (page: Page, naam: RegExp) =>
  page.locator('section', { has: page.getByRole('heading', { level: 3, name: naam }) });

describe('the pages beside the graph', () => {
  it('shows what is in a wijk: steungroepen, partners, activities, venues, signals and figures', async () => {
    const { wijk } = await graphql<{
      wijk: { partners: unknown[]; activiteiten: unknown[]; signalen: unknown[] };
    }>(
      baseUrl,
      `
        {
          wijk: node(id: "Wijk:GM0537-WK02") {
            ... on Wijk {
              partners {
                id
              }
              activiteiten {
                id
              }
              signalen {
                id
              }
            }
          }
        }
      `,
    );
    const { page, pageErrors } = await open('/wijk/GM0537-WK02');
    await kop(page, 'De Hoornes').waitFor();

    expect(
      await sectie(page, /^Steungroepen/)
        .getByRole('link', { name: 'Hoornesgroep' })
        .getAttribute('href'),
    ).toBe('/steungroep/hoornesgroep');
    expect(
      await sectie(page, /^Partners/)
        .locator('li')
        .count(),
    ).toBe(wijk.partners.length);
    expect(
      await sectie(page, /^Activiteiten/)
        .locator('tbody tr')
        .count(),
    ).toBe(wijk.activiteiten.length);
    expect(
      await sectie(page, /^Signalen/)
        .locator('tbody tr')
        .count(),
    ).toBe(wijk.signalen.length);
    const cijfers = sectie(page, /^Indicatoren/);
    expect(await cijfers.locator('tbody th').allTextContents()).toEqual(
      expect.arrayContaining(['Inwoners', 'Voelt zich eenzaam']),
    );
    expect(await page.getByRole('link', { name: 'Bekijk in de netwerkverkenner' }).getAttribute('href')).toBe(
      '/netwerk?gemeente=GM0537&wijk=Wijk%3AGM0537-WK02',
    );

    await screenshot(page, 'pagina-wijk-de-hoornes');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows a steungroep’s members by role as counts, never names, with its partners and its own network', async () => {
    const { page, pageErrors } = await open('/steungroep/hoornesgroep');
    await kop(page, 'Hoornesgroep').waitFor();

    const telling = page.locator('#leden-telling tbody tr');
    expect(await telling.allTextContents()).toEqual([
      expect.stringMatching(/^Kartrekkers/),
      expect.stringMatching(/^Vrijwilligers/),
      expect.stringMatching(/^Deelnemers/),
      expect.stringMatching(/^Totaal/),
    ]);
    expect(await page.locator('#leden-telling').textContent()).toContain('minder dan 5');
    // Anonymous viewers get counts only: the API refuses the names, and the page says why.
    await page.locator('#namen-verborgen').waitFor();
    expect(await page.getByRole('columnheader', { name: 'Naam of pseudoniem' }).count()).toBe(0);

    expect(await page.locator('#partners tbody tr').count()).toBe(11);
    expect(await page.locator('#partners tbody tr', { hasText: 'Kernteam' }).count()).toBe(5);
    await kaartKlaar(page);
    expect(await page.locator('#subnetwerk-samenvatting').textContent()).toContain('11 partners');

    await screenshot(page, 'pagina-steungroep-hoornesgroep');
    expect(await a11yViolations(page)).toEqual([]);

    // A node in its network opens the explorer there.
    await page.getByRole('link', { name: 'Bekijk in de netwerkverkenner' }).click();
    await page
      .locator('section[aria-labelledby="knoop-kop"]')
      .getByRole('heading', { name: 'Hoornesgroep' })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('Steungroep:hoornesgroep');
    expect(pageErrors).toEqual([]);
  });

  it('shows where a partner is active and with whom it works', async () => {
    const { page, pageErrors } = await open('/partner/dunavie');
    await kop(page, 'Dunavie').waitFor();

    expect(await page.getByText('woningcorporatie in gemeente Katwijk').count()).toBe(1);
    expect(
      await sectie(page, /^Actief in/)
        .locator('li')
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await sectie(page, /^Steungroepen/)
        .getByRole('link', { name: 'Hoornesgroep' })
        .count(),
    ).toBe(1);
    const samen = page.locator('#samenwerking tbody tr');
    expect(await samen.count()).toBeGreaterThan(3);
    expect(await samen.filter({ hasText: 'Hoornesgroep' }).count()).toBeGreaterThan(0);

    await screenshot(page, 'pagina-partner-dunavie');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('says so in a sentence when the page’s item does not exist', async () => {
    const { page } = await open('/wijk/GM0537-WK99');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Dit onderdeel bestaat niet (meer).');
    expect(await page.getByRole('link', { name: 'Netwerkverkenner' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'pagina-niet-gevonden');
  });
});
