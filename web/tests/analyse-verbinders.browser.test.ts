import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { a11yViolations, launchBrowser, screenshot } from './browser.js';
import { nietBereikt, openAnalyse } from './analyse-hulp.js';

/** Who connects whom? Connectors, clusters and partners that work with nobody. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the connectors view', () => {
  it('names the isolated Inwonersadviesraad, and ranks a connector with its plain-Dutch explanation', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/verbinders');
    const verbinders = page.locator('.verbinders > li');
    await verbinders.first().waitFor();

    const eerste = verbinders.first();
    expect(await eerste.locator('h4').textContent()).toContain('Welzijnskwartier');
    expect(await eerste.getByRole('link', { name: 'Welzijnskwartier' }).getAttribute('href')).toBe(
      '/partner/welzijnskwartier',
    );
    expect((await eerste.locator('.balk').textContent())?.replace(/\s+/g, '')).toBe('Verbinder-score0,52');
    expect(await eerste.locator('.api-uitleg').textContent()).toMatch(
      /^\s*Welzijnskwartier verbindt .+ en .+/,
    );
    await eerste.getByText(/^Verbindt onder meer/).click();
    expect(await eerste.locator('details li').count()).toBeGreaterThan(0);
    expect(await verbinders.count()).toBe(10);

    const alleen = page.locator('#alleen');
    const raad = alleen.locator('li', { hasText: 'Inwonersadviesraad Katwijk' });
    expect(await raad.textContent()).toContain('doet nergens aan mee');
    expect(await raad.textContent()).toContain('geen steungroep en geen activiteit');

    const clusters = page.locator('#clusters section.cluster');
    expect(await clusters.count()).toBeGreaterThan(1);
    expect(await clusters.first().locator('h4').textContent()).toMatch(/Cluster 1: rond .+ en .+/);
    expect(await clusters.first().locator('.leden a').count()).toBeGreaterThan(1);

    const tekening = page.locator('.netwerk svg[role="img"]');
    expect(await tekening.getAttribute('aria-label')).toMatch(
      /^Samenwerkingsnetwerk: \d+ partners in \d+ clusters, \d+ samenwerkingen\. Grootste verbinder: Welzijnskwartier\.$/,
    );
    expect(await tekening.locator('circle').count()).toBeGreaterThan(10);

    await screenshot(page, 'analyse-verbinders');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Toon alle \d+ partners$/ }).click();
    expect(await verbinders.count()).toBeGreaterThan(10);
    expect(pageErrors).toEqual([]);
  });

  it('gives every connector in a table, and the keyboard reaches every control', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/verbinders?weergave=tabel');
    const rijen = page.locator('#verbinders table tbody tr');
    await rijen.first().waitFor();
    expect(await rijen.first().locator('th').textContent()).toBe('Welzijnskwartier');
    expect(await rijen.first().locator('td').nth(2).textContent()).toBe('0,52');
    expect(await a11yViolations(page)).toEqual([]);
    expect(await nietBereikt(page)).toEqual([]);
    await screenshot(page, 'analyse-verbinders-tabel');
    expect(pageErrors).toEqual([]);
  });
});
