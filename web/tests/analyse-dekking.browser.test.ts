import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, screenshot } from './browser.js';
import { nietBereikt, openAnalyse } from './analyse-hulp.js';

/** Where are the gaps? The coverage heatmap against the demo data. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const heatmap = (page: Page) => page.locator('table.heatmap');
/** The heatmap link of one wijk and theme, found by its accessible name. */
const cel = (page: Page, wijk: string, thema: string) =>
  heatmap(page).getByRole('link', { name: new RegExp(`^${wijk}, ${thema}: `) });

describe('the coverage view', () => {
  it('marks Witte Hek and eenzaamheid as a witte vlek with a pattern, an icon and words, and calls out Valkenburg', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/dekking');
    await heatmap(page).waitFor();

    const vlek = cel(page, 'Witte Hek', 'eenzaamheid');
    expect(await vlek.textContent()).toContain('witte vlek');
    expect(await vlek.locator('.cel__vlek').textContent()).toBe('!');
    expect(await vlek.locator('xpath=..').getAttribute('class')).toContain('cel--vlek');
    expect(await vlek.getAttribute('href')).toBe('/wijk/GM0537-WK08');
    // Need with offering is marked, but is no blank spot.
    const hoornes = cel(page, 'De Hoornes', 'eenzaamheid');
    expect(await hoornes.textContent()).toContain('behoefte');
    expect(await hoornes.textContent()).not.toContain('witte vlek');

    const vlekken = page.locator('#witte-vlekken li');
    expect(await vlekken.first().textContent()).toContain('Witte Hek (Katwijk-Noord), eenzaamheid');
    expect(await vlekken.first().locator('.vlek-icoon').textContent()).toBe('!');
    expect(await page.locator('#kernen-tekort').textContent()).toContain(
      'Valkenburg: te weinig aanbod op burenhulp.',
    );
    expect(await heatmap(page).locator('.kernrij th', { hasText: 'Valkenburg' }).textContent()).toContain(
      'te weinig aanbod',
    );

    await screenshot(page, 'analyse-dekking-heatmap');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('moves through the heatmap with the arrow keys and drills down to the wijk page', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/dekking');
    await heatmap(page).waitFor();

    // One Tab stop for the whole grid: the first cell.
    const stops = await heatmap(page).locator('a[tabindex="0"]').count();
    expect(stops).toBe(1);
    await heatmap(page).locator('a[tabindex="0"]').focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'De Hoornes, armoede en schulden',
    );

    const doel = cel(page, 'Witte Hek', 'eenzaamheid');
    const rij = Number(await doel.getAttribute('data-rij'));
    const kolom = Number(await doel.getAttribute('data-kolom'));
    for (let i = 0; i < rij; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < kolom; i++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Witte Hek, eenzaamheid: 0 aanbod, behoefte, witte vlek',
    );
    await page.keyboard.press('Enter');

    await page.waitForURL('**/wijk/GM0537-WK08');
    await page.getByRole('heading', { level: 2, name: 'Witte Hek', exact: true }).waitFor();
    await screenshot(page, 'analyse-dekking-naar-wijk');
    expect(pageErrors).toEqual([]);
  });

  it('gives the same cells as a table, and counts only offering for a chosen doelgroep', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/dekking?weergave=tabel');
    const tabel = page.locator('#heatmap-kop ~ .tabel-rol table');
    await tabel.waitFor();
    const rij = tabel.locator('tbody tr', { has: page.getByRole('link', { name: 'Witte Hek' }) }).filter({
      hasText: 'eenzaamheid',
    });
    expect(await rij.count()).toBe(1);
    const cellen = (await rij.locator('td').allTextContents()).map((tekst) => tekst.replace(/\s+/g, ''));
    // Kern, theme, activities, steungroepen, outdated, reach, signals, score, need, blank spot, offering.
    expect(cellen).toEqual([
      'Katwijk-Noord',
      'eenzaamheid',
      '0',
      '0',
      '0',
      '0',
      '2',
      '0,77',
      'ja',
      '!ja',
      'geen',
    ]);
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByLabel('Alleen aanbod voor doelgroep').selectOption({ label: 'jongeren' });
    await page.getByRole('heading', { level: 3, name: /: jongeren$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('doelgroep')).toBe('Doelgroep:jongeren');
    await screenshot(page, 'analyse-dekking-tabel-jongeren');
    expect(pageErrors).toEqual([]);
  });

  it('lets the keyboard alone reach every control', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/dekking');
    await heatmap(page).waitFor();
    expect(await nietBereikt(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
