import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, screenshot } from './browser.js';
import { nietBereikt, openAnalyse } from './analyse-hulp.js';

/** Where is offering duplicated? The demo holds three duplicate pairs. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const paren = (page: Page) => page.locator('article.paar');

describe('the duplicates view', () => {
  it('lists the three duplicate pairs of the demo with both sides, and explains the professional-beside-volunteer flag', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/duplicaten');
    await paren(page).first().waitFor();

    expect(await paren(page).count()).toBe(3);
    expect(await paren(page).locator('h3').allTextContents()).toEqual([
      'Katwijk aan Zee Centrum, dinsdag van 10:00 tot 11:30',
      'De Hoornes, donderdag van 14:30 tot 15:30',
      'Rijnsburg Centrum, woensdag van 14:30 tot 16:00',
    ]);
    expect(await page.getByRole('status').textContent()).toContain('3 dubbele paren in 3 wijken; 2 keer');

    const koffie = paren(page).first();
    expect(await koffie.locator('h4').allTextContents()).toEqual([
      'Koffieochtend De Zwanenburg',
      'Ontmoetingsochtend Oude Dorp',
    ]);
    const kanten = koffie.locator('.kant');
    expect(await kanten.first().textContent()).toContain('vrijwilligers');
    expect(await kanten.first().textContent()).toContain('dinsdag (wekelijks)');
    expect(await kanten.first().textContent()).toContain('10:00–11:30');
    expect(await kanten.nth(1).textContent()).toContain('professioneel');
    expect(await kanten.nth(1).textContent()).toContain('10:00–12:00');
    expect(await koffie.textContent()).toContain('eenzaamheid en ontmoeting in de wijk');
    expect(await koffie.textContent()).toContain('ouderen');
    expect(await koffie.locator('.vlag').textContent()).toContain(
      'Ontmoetingsochtend Oude Dorp wordt door een professionele partij gedaan, terwijl vrijwilligers hetzelfde al aanbieden.',
    );
    // Links to each side's organiser and to the wijk.
    expect(await koffie.getByRole('link', { name: 'AOBK' }).getAttribute('href')).toBe('/partner/aobk');
    expect(await koffie.getByRole('link', { name: 'Welzijnskwartier' }).getAttribute('href')).toBe(
      '/partner/welzijnskwartier',
    );
    expect(
      await koffie
        .getByRole('link', { name: 'Naar de wijkpagina van Katwijk aan Zee Centrum' })
        .getAttribute('href'),
    ).toBe('/wijk/GM0537-WK01');

    // Two volunteer groups side by side: no flag, and the frequency overlap said in words.
    const rijnsburg = paren(page).nth(2);
    expect(await rijnsburg.locator('.vlag').count()).toBe(0);
    expect(await rijnsburg.textContent()).toContain('ongeveer 50% van de bijeenkomsten botst');

    await screenshot(page, 'analyse-duplicaten');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('narrows to professional beside volunteer with the checkbox, kept in the URL', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/duplicaten');
    await paren(page).first().waitFor();

    await page.getByLabel('Alleen professioneel naast vrijwillig').check();
    await page.waitForFunction(() => document.querySelectorAll('article.paar').length === 2);
    expect(await paren(page).locator('.vlag').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('professioneel')).toBe('ja');
    await page.reload();
    await paren(page).first().waitFor();
    expect(await paren(page).count()).toBe(2);
    expect(await page.getByLabel('Alleen professioneel naast vrijwillig').isChecked()).toBe(true);
    expect(await nietBereikt(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
