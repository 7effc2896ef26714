import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, screenshot } from './browser.js';
import { nietBereikt, openAnalyse } from './analyse-hulp.js';

/** Where can a community like the Hoornesgroep be replicated? Against the demo data. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const rijen = (page: Page) => page.locator('.lijst-kandidaten > li');
const uitleg = (page: Page) => page.locator('#uitleg');
const gewicht = (page: Page, onderdeel: string) =>
  page.getByRole('textbox', { name: onderdeel, exact: true });

async function geladen(page: Page) {
  await rijen(page).first().waitFor();
  await uitleg(page).locator('h3').waitFor();
}

describe('the replication view', () => {
  it('ranks Witte Hek first for the Hoornesgroep and names its missing partner kinds and bridges', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/replicatie');
    await geladen(page);

    expect(await page.getByLabel('Voorbeeld-steungroep').inputValue()).toBe('Steungroep:hoornesgroep');
    expect(await rijen(page).count()).toBe(14);
    const eerste = rijen(page).first();
    expect(await eerste.getByRole('button').textContent()).toBe('Witte Hek');
    // Every bar carries its part's name and number in text.
    const eersteTekst = (await eerste.textContent()) ?? '';
    for (const deel of ['Behoefte0,69', 'Passendheid0,57', 'Gereedheid0,46', 'Ruimte1,00', 'Bruggen0,41']) {
      expect(eersteTekst.replace(/\s+/g, '')).toContain(deel);
    }
    expect(eersteTekst).toContain('0,62');

    // The first candidate's explanation is open: the parts, who is missing, who bridges.
    expect(await uitleg(page).locator('h3').textContent()).toBe('Waarom Witte Hek op plaats 1 staat');
    const ontbrekend = await uitleg(page).locator('#ontbrekend li strong').allTextContents();
    expect(ontbrekend).toEqual(['kerk', 'beheerstichting', 'ondernemers', 'onderwijs']);
    expect(await uitleg(page).locator('#ontbrekend').textContent()).toContain('Pniëlkerk');
    const bruggen = uitleg(page).locator('#bruggen li');
    expect(await bruggen.getByRole('link').allTextContents()).toEqual([
      'Dunavie',
      'Gemeente Katwijk',
      'Welzijnskwartier',
    ]);
    expect(await bruggen.filter({ hasText: 'kernteam' }).count()).toBe(3);
    expect(await bruggen.getByRole('link', { name: 'Dunavie' }).getAttribute('href')).toBe(
      '/partner/dunavie',
    );
    expect(await uitleg(page).textContent()).toContain('Geen locatie in de wijk');
    expect(await uitleg(page).locator('.onderdelen tbody tr').count()).toBe(5);

    // The drawing: template, the three bridges, the wijk, and four dashed placeholders.
    const tekening = uitleg(page).locator('svg[role="img"]');
    expect(await tekening.getAttribute('aria-label')).toBe(
      'Hoornesgroep is via Dunavie, Gemeente Katwijk en Welzijnskwartier verbonden met Witte Hek. Ontbreekt: kerk, beheerstichting, ondernemers en onderwijs.',
    );
    expect(await tekening.locator('.knoop--brug').count()).toBe(3);
    expect(await tekening.locator('.knoop--ontbreekt').count()).toBe(4);
    expect(await tekening.locator('.lijn--gestippeld').count()).toBe(4);

    await screenshot(page, 'analyse-replicatie-hoornesgroep');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the ranking as a table and explains another wijk chosen with the keyboard', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/replicatie');
    await geladen(page);

    await page.getByRole('button', { name: 'Tabel' }).click();
    const tabel = page.locator('#ranglijst table');
    await tabel.waitFor();
    expect(await tabel.locator('tbody tr').count()).toBe(14);
    expect(await tabel.locator('thead th').allTextContents()).toEqual(
      expect.arrayContaining(['Behoefte', 'Passendheid', 'Gereedheid', 'Ruimte', 'Bruggen']),
    );
    const tweede = tabel.getByRole('button', { name: 'Katwijk aan Zee Centrum' });
    await tweede.focus();
    await page.keyboard.press('Enter');

    await uitleg(page).locator('h3', { hasText: 'Katwijk aan Zee Centrum' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('uitleg');
    expect(new URL(page.url()).searchParams.get('wijk')).toBe('Wijk:GM0537-WK01');
    expect(new URL(page.url()).searchParams.get('weergave')).toBe('tabel');
    expect(await uitleg(page).locator('#ontbrekend li strong').allTextContents()).toEqual([
      'woningcorporatie',
      'beheerstichting',
      'onderwijs',
    ]);
    // Existing overlapping offering is named.
    expect(await uitleg(page).textContent()).toContain('Wandelmaatjes Boulevard');

    await screenshot(page, 'analyse-replicatie-tabel');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('ranks again with other weights, refuses a negative one, and resets to the defaults', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/replicatie');
    await geladen(page);

    await page.getByText('Gewichten aanpassen').click();
    await gewicht(page, 'Behoefte').fill('-1');
    await page.getByRole('button', { name: 'Opnieuw rangschikken' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Vul bij elk onderdeel een getal van 0 of meer',
    );

    // Only bridges count: the wijk where most of the template's partners already work comes first.
    for (const [veld, waarde] of [
      ['Behoefte', '0'],
      ['Passendheid', '0'],
      ['Gereedheid', '0'],
      ['Ruimte', '0'],
      ['Bruggen', '1'],
    ] as const) {
      await gewicht(page, veld).fill(waarde);
    }
    await page.getByRole('button', { name: 'Opnieuw rangschikken' }).click();
    await page.getByText('Gerekend met eigen gewichten.').waitFor();
    await rijen(page).first().getByRole('button', { name: 'Katwijk aan Zee Centrum' }).waitFor();
    expect(new URL(page.url()).searchParams.get('gewichten')).toBe('0,0,0,0,1');
    await screenshot(page, 'analyse-replicatie-gewichten');

    await page.getByRole('button', { name: 'Standaardgewichten' }).click();
    await rijen(page).first().getByRole('button', { name: 'Witte Hek' }).waitFor();
    expect(new URL(page.url()).searchParams.has('gewichten')).toBe(false);
    expect(await gewicht(page, 'Behoefte').inputValue()).toBe('0,3');
    expect(pageErrors).toEqual([]);
  });

  it('lets the keyboard alone reach every control', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/replicatie');
    await geladen(page);
    await page.getByText('Gewichten aanpassen').click();
    expect(await nietBereikt(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
