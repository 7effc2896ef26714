import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, screenshot } from './browser.js';
import { nietBereikt, openAnalyse } from './analyse-hulp.js';

/** Where can this resident go? The referral form for the wijkteam. */
const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const resultaten = (page: Page) => page.locator('.lijst-resultaten > li');

async function vraagEenzaamheidInHoornes(page: Page) {
  await page.getByLabel('Waar woont de inwoner?').selectOption({ label: 'Hoornes Noord-Oost (De Hoornes)' });
  await page.getByLabel('Thema').selectOption({ label: 'eenzaamheid' });
  await page.getByRole('button', { name: 'Zoek activiteiten' }).click();
  await resultaten(page).first().waitFor();
}

describe('the referral view', () => {
  it('returns activities nearest first, each with why it matched, for a buurt in De Hoornes and eenzaamheid', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/verwijzing');
    await page.getByLabel('Waar woont de inwoner?').waitFor();
    await vraagEenzaamheidInHoornes(page);

    const kop = page.locator('#resultaten-kop');
    expect(await kop.textContent()).toMatch(
      /^\d+ activiteiten voor iemand in Hoornes Noord-Oost · eenzaamheid$/,
    );
    // Focus moves to the answer.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaten-kop');
    const url = new URL(page.url());
    expect(url.searchParams.get('gebied')).toBe('Buurt:GM0537-BU0201');
    expect(url.searchParams.get('thema')).toBe('Thema:eenzaamheid');

    // Current ones nearest first (buurt, wijk, kern, gemeente), then the possibly outdated ones.
    const afstanden = await resultaten(page).evaluateAll((items) =>
      items.map((li) => ({
        afstand: li.querySelector('.afstand')?.textContent?.trim(),
        verouderd: li.classList.contains('resultaat--verouderd'),
      })),
    );
    const volgorde = ['in de buurt', 'in de wijk', 'in de kern', 'elders in de gemeente'];
    const actueel = afstanden.filter((a) => !a.verouderd).map((a) => volgorde.indexOf(a.afstand ?? ''));
    expect(actueel.every((stap) => stap >= 0)).toBe(true);
    expect(actueel).toEqual([...actueel].sort((a, b) => a - b));
    expect(afstanden[0]).toEqual({ afstand: 'in de wijk', verouderd: false });
    const eersteVerouderd = afstanden.findIndex((a) => a.verouderd);
    expect(eersteVerouderd).toBeGreaterThan(0);
    expect(afstanden.slice(eersteVerouderd).every((a) => a.verouderd)).toBe(true);

    const eerste = resultaten(page).first();
    expect(await eerste.locator('h4').textContent()).toContain('Doe-team Huiskamer Hoornes');
    const waarom = await eerste.locator('.waarom li').allTextContents();
    expect(waarom).toEqual(expect.arrayContaining(['Over eenzaamheid.']));
    expect(waarom.some((reden) => reden.startsWith('In dezelfde wijk (De Hoornes)'))).toBe(true);
    expect(await resultaten(page).nth(eersteVerouderd).locator('.let-op').textContent()).toContain(
      'bel eerst of het nog doorgaat',
    );

    await screenshot(page, 'analyse-verwijzing-hoornes-eenzaamheid');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('can be printed without the page around it, copied as text and sent by e-mail', async () => {
    const { page, pageErrors } = await openAnalyse(
      browser,
      baseUrl,
      '/analyse/verwijzing?gebied=Buurt%3AGM0537-BU0201&thema=Thema%3Aeenzaamheid&verouderd=WEGLATEN',
    );
    await resultaten(page).first().waitFor();
    expect(await page.locator('.resultaat--verouderd').count()).toBe(0);
    expect(await page.locator('.resultaten').textContent()).toMatch(
      /\d+ mogelijk verouderde activiteiten weggelaten\./,
    );

    const mail = page.getByRole('link', { name: 'Mail de lijst' });
    const href = (await mail.getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('1. Doe-team Huiskamer Hoornes');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Kopieer als tekst' }).click();
    await page.getByText('De lijst staat op het klembord.').waitFor();
    const klembord = await page.evaluate(() => navigator.clipboard.readText());
    expect(klembord).toMatch(
      /^\d+ activiteiten voor iemand in Hoornes Noord-Oost · eenzaamheid\n\n1\. Doe-team Huiskamer Hoornes\n {3}Waar: /,
    );
    expect(klembord).toContain('Waarom: Over eenzaamheid.');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.kop').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Zoek activiteiten' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await resultaten(page).first().isVisible()).toBe(true);
    await screenshot(page, 'analyse-verwijzing-afdruk');
    await page.emulateMedia({ media: 'screen' });
    expect(pageErrors).toEqual([]);
  });

  it('says what is missing when the form is sent without a theme or target group', async () => {
    const { page, pageErrors } = await openAnalyse(browser, baseUrl, '/analyse/verwijzing');
    await page.getByLabel('Waar woont de inwoner?').selectOption({ label: 'De Hoornes (hele wijk)' });
    await page.getByRole('button', { name: 'Zoek activiteiten' }).click();
    await page.getByText('Kies een thema, een doelgroep of allebei.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('thema');
    expect(await page.getByLabel('Thema').getAttribute('aria-invalid')).toBe('true');
    expect(await resultaten(page).count()).toBe(0);
    expect(await a11yViolations(page)).toEqual([]);
    expect(await nietBereikt(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
