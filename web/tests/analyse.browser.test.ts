import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { a11yViolations, launchBrowser, screenshot } from './browser.js';
import { nietBereikt, openAnalyse } from './analyse-hulp.js';

/** The index of the six analyses, the menu link to it, the English switch and the error path. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the analyses index', () => {
  it('lists the six analyses with one sentence each, reachable from the main menu', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Analyses' }).click();
    await page.getByRole('heading', { level: 2, name: 'Analyses' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/analyse');
    expect(await menu.getByRole('link', { name: 'Analyses' }).getAttribute('aria-current')).toBe('page');

    const kaarten = page.locator('.analyses li');
    expect(await kaarten.count()).toBe(6);
    const links = await page
      .locator('.analyses h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/analyse/replicatie',
      '/analyse/dekking',
      '/analyse/duplicaten',
      '/analyse/verbinders',
      '/analyse/verwijzing',
      '/analyse/monitoring',
    ]);
    for (const tekst of await kaarten.locator('p:not(.naam)').allTextContents()) {
      expect(tekst.trim().length).toBeGreaterThan(40);
    }
    expect(await nietBereikt(page)).toEqual([]);

    await screenshot(page, 'analyse-index');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('switches an analysis to English, the method and the labels with it', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/dekking');
    await page.getByRole('heading', { level: 2, name: 'Waar zijn de gaten?' }).waitFor();
    await page.locator('.heatmap').waitFor();
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('heading', { level: 2, name: 'Where are the gaps?' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 3, name: /^Blank spots \(\d+\)$/ }).count()).toBe(1);
    await page.getByText('How we calculate').click();
    expect(await page.locator('.methode').textContent()).toContain('Need: an open signal on the theme');

    await screenshot(page, 'analyse-dekking-english');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows an API failure on an analysis as one sentence with a retry, never the server text', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, 'about:blank');
    let failing = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!failing || !body.includes('AnalyseDuplicaten')) return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'Neo4j: timeout at bolt://secret', extensions: { code: 'TIMEOUT' } }],
        }),
      });
    });
    await page.goto('/analyse/duplicaten');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Het ophalen duurde te lang.');
    expect(await alert.textContent()).not.toContain('bolt://');
    await screenshot(page, 'analyse-fout');
    expect(await a11yViolations(page)).toEqual([]);

    failing = false;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.locator('article.paar').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
