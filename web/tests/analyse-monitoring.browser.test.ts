import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { a11yViolations, launchBrowser, screenshot } from './browser.js';
import { nietBereikt, openAnalyse } from './analyse-hulp.js';

/** Does it work? The wijk dashboard. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the monitoring view', () => {
  it('shows a line chart with its table for De Hoornes, with reach, MAG goals and signals', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/monitoring');
    await page.getByLabel('Wijk', { exact: true }).waitFor();
    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'De Hoornes' });
    await page.getByRole('heading', { level: 3, name: 'De Hoornes' }).waitFor();
    expect(new URL(page.url()).searchParams.get('wijk')).toBe('Wijk:GM0537-WK02');

    const grafiek = page.locator('figure.lijngrafiek', {
      has: page.getByRole('heading', { name: 'Voelt zich eenzaam' }),
    });
    const svg = grafiek.locator('svg[role="img"]');
    expect(await svg.getAttribute('aria-label')).toBe(
      'Voelt zich eenzaam: van 15,1% in 2020 naar 14,5% in 2024.',
    );
    expect(await svg.locator('circle').count()).toBe(5);
    expect(await grafiek.locator('.verandering').textContent()).toContain('−0,6 %-punt sinds 2020');

    await grafiek.getByText('Cijfers van Voelt zich eenzaam als tabel').click();
    const rijen = grafiek.locator('table tbody tr');
    expect(await rijen.count()).toBe(5);
    expect((await rijen.first().textContent())?.replace(/\s+/g, '')).toBe('202015,1%');
    expect((await rijen.last().textContent())?.replace(/\s+/g, '')).toBe('202414,5%');

    expect(
      await page.locator('.tegel', { hasText: 'Plaatsen per maand' }).locator('dd').textContent(),
    ).toMatch(/^[\d.]+$/);
    const bereik = page.locator('section', {
      has: page.getByRole('heading', { name: 'Bereik van de activiteiten' }),
    });
    expect(await bereik.locator('tbody tr').count()).toBeGreaterThan(5);
    const mag = page.locator('section', {
      has: page.getByRole('heading', { name: 'MAG-doelen die de activiteiten dienen' }),
    });
    expect(await mag.locator('tbody th').allTextContents()).toEqual(expect.arrayContaining(['Meedoen']));
    const signalen = page.locator('section', {
      has: page.getByRole('heading', { name: 'Signalen: van open naar beantwoord' }),
    });
    expect(await signalen.locator('.jaren li').count()).toBeGreaterThan(0);

    await screenshot(page, 'analyse-monitoring-de-hoornes');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lets the keyboard alone reach every control', async () => {
    const { page, pageErrors } = await openAnalyse(
      browser,
      baseUrl,
      '/analyse/monitoring?wijk=Wijk%3AGM0537-WK02',
    );
    await page.locator('figure.lijngrafiek').first().waitFor();
    expect(await nietBereikt(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
