import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, openPage, screenshot, graphqlVanPagina } from './browser.js';

/**
 * Signing in and out, editing an activity, and importing a workbook (/inloggen, /beheer/…), as the
 * demo BEHEERDER against the real stack. The activity edited is a Den Helder one no other test
 * asserts on, and it is put back as it was; the import goes into GM9601, a code no other test uses,
 * and is removed again afterwards.
 */
const baseUrl = inject('baseUrl');

const BEHEERDER = { email: 'beheerder@wijkweb.example', wachtwoord: 'demo-beheerder', naam: 'Bram Beheer' };
const ACTIVITEIT = 'Activiteit:thuisadministratie-den-helder';
const GEMEENTE = 'GM9601';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function inloggen(page: Page, wachtwoord = BEHEERDER.wachtwoord) {
  await page.getByLabel('E-mailadres').fill(BEHEERDER.email);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

async function alsBeheerder(page: Page, pad: string) {
  await page.goto(`/inloggen?terug=${encodeURIComponent(pad)}`);
  await inloggen(page);
  await page.waitForURL((url) => url.pathname === pad);
  await page.getByText(`Ingelogd als ${BEHEERDER.naam}`).waitFor();
}

describe('signing in and out', () => {
  it('refuses wrong credentials with one sentence, then signs in, returns, shows the name and signs out', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await page.goto('/analyse');
    await page.locator('header').getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/analyse');

    // Empty: both fields are required, tied to their messages, and focus goes to the summary.
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const samenvatting = page.locator('.samenvatting');
    await samenvatting.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('samenvatting'))).toBe(true);
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-describedby')).toBe('email-fout');
    expect(await page.locator('#email-fout').textContent()).toBe('Vul je e-mailadres in.');

    // Wrong password: one sentence, no hint which field was wrong.
    await inloggen(page, 'fout-wachtwoord');
    await samenvatting
      .getByText('Deze combinatie van e-mailadres en wachtwoord kennen we niet', { exact: false })
      .waitFor();
    expect(await page.locator('#email-fout').count()).toBe(0);
    expect(await page.locator('#wachtwoord-fout').count()).toBe(0);
    await screenshot(page, 'beheer-inloggen-fout');
    expect(await a11yViolations(page)).toEqual([]);

    await inloggen(page);
    await page.waitForURL((url) => url.pathname === '/analyse');
    const kop = page.locator('header');
    await kop.getByText(`Ingelogd als ${BEHEERDER.naam}`).waitFor();
    await screenshot(page, 'beheer-ingelogd');
    expect(await a11yViolations(page)).toEqual([]);

    await kop.getByRole('button', { name: 'Uitloggen' }).click();
    await kop.getByRole('link', { name: 'Inloggen' }).waitFor();
    expect(await kop.getByText('Ingelogd als').count()).toBe(0);
    const ik = await graphqlVanPagina(page, '{ ik { rol } }');
    expect(ik.data).toEqual({ ik: { rol: 'ANONIEM' } });
    expect(pageErrors).toEqual([]);
  });
});

describe('editing an activity', () => {
  it('shows a field error beside the field and in the summary, then saves the corrected value', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    const pad = `/beheer/activiteit/${encodeURIComponent(ACTIVITEIT)}`;
    await alsBeheerder(page, pad);

    const eind = page.getByLabel('Eindtijd');
    await eind.waitFor();
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Spreekuur Thuisadministratie');
    expect(await page.getByLabel('Begintijd').inputValue()).toBe('13:00');
    const origineel = await eind.inputValue();
    expect(origineel).toBe('15:00');

    // An end before the start: the API's VeldFout lands beside eindTijd and in the summary.
    await eind.fill('12:00');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const samenvatting = page.locator('.samenvatting');
    await samenvatting.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('samenvatting'))).toBe(true);
    expect(await eind.getAttribute('aria-invalid')).toBe('true');
    expect(await eind.getAttribute('aria-describedby')).toContain('veld-eindTijd-fout');
    const bericht = (await page.locator('#veld-eindTijd-fout').textContent())?.trim() ?? '';
    expect(bericht.length).toBeGreaterThan(0);
    const link = samenvatting.getByRole('link', { name: bericht });
    expect(await link.getAttribute('href')).toBe('#veld-eindTijd');
    await screenshot(page, 'beheer-activiteit-fout');
    expect(await a11yViolations(page)).toEqual([]);

    // The summary's link takes focus to the field.
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-eindTijd');

    await eind.fill('15:30');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De activiteit is opgeslagen.').waitFor();
    expect(await page.locator('[data-veld="eindTijd"]').textContent()).toBe('15:30');
    expect(await page.locator('.samenvatting').count()).toBe(0);
    expect(await eind.getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, 'beheer-activiteit-opgeslagen');
    expect(await a11yViolations(page)).toEqual([]);

    // Put it back as it was, so nothing else sees the change.
    await eind.fill(origineel);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('[data-veld="eindTijd"]', { hasText: origineel }).waitFor();
    const terug = await graphqlVanPagina(
      page,
      'query($id: ID!) { node(id: $id) { ... on Activiteit { eindTijd } } }',
      {
        id: ACTIVITEIT,
      },
    );
    expect(terug.data).toEqual({ node: { eindTijd: origineel } });

    await page.getByRole('button', { name: 'Bevestigen dat deze activiteit nog loopt' }).click();
    await page.getByText('Bevestigd: deze activiteit loopt nog', { exact: false }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('says that signing in is needed when nobody is signed in', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto('/beheer/import');
    await page.getByText('Log in als beheerder of opbouwwerker om dit te doen.').waitFor();
    expect(await page.locator('main').getByRole('link', { name: 'Naar inloggen' }).getAttribute('href')).toBe(
      '/inloggen?terug=%2Fbeheer%2Fimport',
    );
  });
});

describe('importing a workbook', () => {
  it('shows the dry run row by row, then imports on confirmation', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await alsBeheerder(page, '/beheer/import');

    await page.getByLabel('CBS-code van de gemeente').fill(GEMEENTE);
    await page.getByLabel('Bestanden').setInputFiles([
      {
        name: 'Gemeente.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`id,code,naam\nGemeente:${GEMEENTE},${GEMEENTE},Proefgemeente Beheer\n`),
      },
      {
        name: 'Kern.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          `id,naam,inwoners,gemeente\nKern:${GEMEENTE}-proefdorp,Proefdorp,1200,${GEMEENTE}\n`,
        ),
      },
    ]);
    await page.getByRole('button', { name: 'Controleren' }).click();

    await page.getByRole('heading', { name: 'Controle: wat er zou gebeuren' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rapport-kop');
    const totalen = page.locator('[data-totalen]');
    expect(await totalen.textContent()).toMatch(
      /^Aangemaakt: [1-9]\d* · Gewijzigd: 0 · Ongewijzigd: 0 · Afgewezen: 0$/,
    );
    const rijen = page.locator('tbody tr');
    expect(await rijen.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('tbody tr[data-actie="AANGEMAAKT"]').count()).toBe(await rijen.count());
    await page.locator('tbody tr', { hasText: `Kern:${GEMEENTE}-proefdorp` }).waitFor();
    // Nothing is written by the dry run.
    const voor = await graphqlVanPagina(page, 'query($c: String!) { gemeente(code: $c) { code } }', {
      c: GEMEENTE,
    });
    expect(voor.data).toEqual({ gemeente: null });
    await screenshot(page, 'beheer-import-proef');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { name: 'Resultaat van de import' }).waitFor();
    await page.getByText('De import is uitgevoerd.').waitFor();
    const na = await graphqlVanPagina(page, 'query($c: String!) { gemeente(code: $c) { code naam } }', {
      c: GEMEENTE,
    });
    expect(na.data).toEqual({ gemeente: { code: GEMEENTE, naam: 'Proefgemeente Beheer' } });
    await screenshot(page, 'beheer-import-resultaat');
    expect(await a11yViolations(page)).toEqual([]);

    // "Opnieuw kiezen" empties the form.
    await page.getByRole('button', { name: 'Opnieuw kiezen' }).click();
    await page.getByRole('button', { name: 'Controleren' }).waitFor();
    expect(await page.locator('[data-totalen]').count()).toBe(0);

    // Leave nothing behind for other tests.
    const kern = await graphqlVanPagina(
      page,
      'mutation($id: ID!) { verwijderKern(id: $id) { errors { code } } }',
      {
        id: `Kern:${GEMEENTE}-proefdorp`,
      },
    );
    expect(kern).toEqual({ data: { verwijderKern: { errors: [] } } });
    const gemeente = await graphqlVanPagina(
      page,
      'mutation($id: ID!) { verwijderGemeente(id: $id) { errors { code } } }',
      {
        id: `Gemeente:${GEMEENTE}`,
      },
    );
    expect(gemeente).toEqual({ data: { verwijderGemeente: { errors: [] } } });
    expect(pageErrors).toEqual([]);
  });
});
