import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, openPage, screenshot, graphqlVanPagina } from './browser.js';

/**
 * The forms that create, change and remove nodes (/beheer/<soort>/…), against the real stack.
 * Everything written lives in GM9602, a gemeente of this file's own made in setup through the API,
 * and is removed again afterwards; the seeded data is only read.
 */
const baseUrl = inject('baseUrl');

const BEHEERDER = { email: 'beheerder@wijkweb.example', wachtwoord: 'demo-beheerder', naam: 'Bram Beheer' };
const GEMEENTE_GEBRUIKER = {
  email: 'beleid@katwijk.example',
  wachtwoord: 'demo-gemeente',
  naam: 'Greet Gemeente',
};
const OPBOUWWERKER = {
  email: 'opbouwwerker@welzijnskwartier.example',
  wachtwoord: 'demo-opbouwwerker',
  naam: 'Olga Opbouw',
};
type Persoon = typeof BEHEERDER;

const GM = 'GM9602';
let browser: Browser;
let beheer: Page;
/** What setup and the tests made, removed in this order afterwards. */
const gemaakt: { soort: string; id: string }[] = [];
let wijk: string;
let partner: string;
let locatie: string;

async function alsIngelogd(page: Page, persoon: Persoon, pad: string) {
  await page.goto(`/inloggen?terug=${encodeURIComponent(pad)}`);
  await page.getByLabel('E-mailadres').fill(persoon.email);
  await page.getByLabel('Wachtwoord').fill(persoon.wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname + url.search === pad);
  await page.getByText(`Ingelogd als ${persoon.naam}`, { exact: false }).waitFor();
}

/** Creates a node through the API and remembers it for removal; its id. */
async function maak(label: string, invoer: Record<string, unknown>): Promise<string> {
  const veld = label.charAt(0).toLowerCase() + label.slice(1);
  const antwoord = await graphqlVanPagina(
    beheer,
    `mutation($invoer: ${label}Invoer!) { maak${label}(invoer: $invoer) { ${veld} { id } errors { veld bericht } } }`,
    { invoer },
  );
  const resultaat = antwoord.data?.[`maak${label}`];
  expect(resultaat?.errors).toEqual([]);
  const id = resultaat[veld].id as string;
  gemaakt.unshift({ soort: label, id });
  return id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page: beheer } = await openPage(browser, baseUrl));
  await alsIngelogd(beheer, BEHEERDER, '/beheer');
  await maak('Gemeente', { code: GM, naam: 'Proefgemeente Formulieren' });
  const kern = await maak('Kern', { gemeente: GM, naam: 'Proefkern' });
  wijk = await maak('Wijk', { gemeente: GM, code: 'WK960201', naam: 'Proefwijk Noord', kern });
  partner = await maak('Partner', { gemeente: GM, naam: 'Proefpartner Formulieren', soort: 'WELZIJN' });
  locatie = await maak('Locatie', { gemeente: GM, naam: 'Proefhuis Formulieren', soort: 'BUURTHUIS' });
});

afterAll(async () => {
  if (beheer) {
    for (const { soort, id } of gemaakt) {
      const antwoord = await graphqlVanPagina(
        beheer,
        `mutation($id: ID!) { verwijder${soort}(id: $id) { errors { code } } }`,
        {
          id,
        },
      );
      // Already removed by a test is fine; anything else left behind would disturb a next run.
      const errors = antwoord.data?.[`verwijder${soort}`]?.errors ?? [];
      expect(errors.filter((fout: { code: string }) => fout.code !== 'NIET_GEVONDEN')).toEqual([]);
    }
  }
  await browser?.close();
});

describe('creating a node', () => {
  it('puts the missing required field beside it and focuses the summary, then creates when fixed', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    const pad = `/beheer/steungroep/nieuw?gemeente=${GM}&wijk=${encodeURIComponent(wijk)}`;
    await alsIngelogd(page, BEHEERDER, pad);

    // The URL filled in the gemeente and the wijk.
    await page.getByRole('heading', { name: 'Nieuwe steungroep' }).waitFor();
    const wijkKeuze = page.getByLabel('Wijk', { exact: true });
    await wijkKeuze.locator('option', { hasText: 'Proefwijk Noord' }).waitFor({ state: 'attached' });
    expect(await page.getByLabel('Gemeente', { exact: true }).inputValue()).toBe(GM);
    expect(await wijkKeuze.inputValue()).toBe(wijk);

    await page.getByRole('button', { name: 'Aanmaken' }).click();
    const samenvatting = page.locator('.samenvatting');
    await samenvatting.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('samenvatting'))).toBe(true);
    const naam = page.getByLabel('Naam', { exact: true });
    expect(await naam.getAttribute('aria-invalid')).toBe('true');
    expect(await naam.getAttribute('aria-describedby')).toContain('veld-naam-fout');
    const bericht = (await page.locator('#veld-naam-fout').textContent())?.trim() ?? '';
    expect(bericht.length).toBeGreaterThan(0);
    // The summary names the field, so a list of several problems can be read on its own.
    const link = samenvatting.getByRole('link', { name: `Naam: ${bericht}` });
    expect(await link.getAttribute('href')).toBe('#veld-naam');
    await screenshot(page, 'formulier-nieuw-fout');
    expect(await a11yViolations(page)).toEqual([]);

    await naam.fill('Proefgroep Formulieren');
    await page.getByRole('checkbox', { name: 'eenzaamheid', exact: true }).check();
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.waitForURL(
      (url) => url.pathname.startsWith('/beheer/steungroep/') && !url.pathname.endsWith('/nieuw'),
    );
    await page.getByText('De steungroep is aangemaakt.', { exact: false }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const groepId = id.startsWith('Steungroep:') ? id : `Steungroep:${id}`;
    gemaakt.unshift({ soort: 'Steungroep', id: groepId });
    const opgeslagen = await graphqlVanPagina(
      page,
      'query($id: ID!) { node(id: $id) { ... on Steungroep { naam wijk { id } themas { naam } } } }',
      { id: groepId },
    );
    expect(opgeslagen.data).toEqual({
      node: { naam: 'Proefgroep Formulieren', wijk: { id: wijk }, themas: [{ naam: 'eenzaamheid' }] },
    });
    // The gemeente is a key now: shown, not editable.
    expect(await page.getByLabel('Gemeente', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the forms in English', () => {
  it('switch their own texts, and mark the API’s Dutch messages as Dutch', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await alsIngelogd(page, BEHEERDER, '/beheer/thema/nieuw');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'New theme' }).waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('.samenvatting').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#veld-naam-fout').getAttribute('lang')).toBe('nl');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('editing and removing a node', () => {
  const locatiePad = () => `/beheer/locatie/${encodeURIComponent(locatie.slice('Locatie:'.length))}`;

  it('chooses a reference with the search combobox, by keyboard, and saves it', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await alsIngelogd(page, BEHEERDER, locatiePad());

    const kiezer = page.getByRole('combobox', { name: 'Beheerd door' });
    await kiezer.fill('Proefpartner');
    const optie = page.getByRole('option', { name: 'Proefpartner Formulieren' });
    await optie.waitFor();
    expect(await kiezer.getAttribute('aria-expanded')).toBe('true');
    await kiezer.press('ArrowDown');
    expect(await kiezer.getAttribute('aria-activedescendant')).toBe(await optie.getAttribute('id'));
    await kiezer.press('Enter');
    await page.locator(`[data-gekozen="${partner}"]`).waitFor();
    expect(await kiezer.getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'formulier-kiezer');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De locatie is opgeslagen.').waitFor();
    expect(await page.locator('[data-veld="beheerder"]').textContent()).toBe('Proefpartner Formulieren');
    const opgeslagen = await graphqlVanPagina(
      page,
      'query($id: ID!) { node(id: $id) { ... on Locatie { beheerder { id } } } }',
      {
        id: locatie,
      },
    );
    expect(opgeslagen.data).toEqual({ node: { beheerder: { id: partner } } });
    expect(pageErrors).toEqual([]);
  });

  it('asks before removing, can be cancelled, and goes back to the overview with a status', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await alsIngelogd(page, BEHEERDER, locatiePad());

    await page.getByRole('button', { name: 'Verwijderen…' }).click();
    const ja = page.getByRole('button', { name: 'Ja, definitief verwijderen' });
    await ja.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Ja, definitief verwijderen',
    );
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await ja.count()).toBe(0);
    const nogEr = await graphqlVanPagina(page, 'query($id: ID!) { node(id: $id) { id } }', { id: locatie });
    expect(nogEr.data).toEqual({ node: { id: locatie } });

    await page.getByRole('button', { name: 'Verwijderen…' }).click();
    await ja.click();
    await page.waitForURL((url) => url.pathname === '/beheer');
    await page.locator('.melding').getByText('Proefhuis Formulieren is verwijderd.').waitFor();
    const weg = await graphqlVanPagina(page, 'query($id: ID!) { node(id: $id) { id } }', { id: locatie });
    expect(weg.data).toEqual({ node: null });
    await screenshot(page, 'formulier-verwijderd');
    expect(pageErrors).toEqual([]);
  });
});

describe('edit links where a person sees a node', () => {
  const GROEP = '/steungroep/hoornesgroep';

  it('shows a community builder "Bewerken" and "Nieuwe activiteit" on their own group', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await alsIngelogd(page, OPBOUWWERKER, GROEP);
    const kop = page.locator('.pagina-kop');
    const bewerken = kop.getByRole('link', { name: 'Bewerken', exact: true });
    await bewerken.waitFor();
    expect(await bewerken.getAttribute('href')).toBe('/beheer/steungroep/hoornesgroep');
    const nieuw = kop.getByRole('link', { name: 'Nieuwe activiteit' });
    expect(new URL((await nieuw.getAttribute('href')) ?? '', baseUrl).searchParams.get('steungroep')).toBe(
      'Steungroep:hoornesgroep',
    );
    // Each activity of the group has its own edit link, named after the activity.
    const rijen = page.locator('section[aria-labelledby="activiteiten-kop"] tbody tr');
    expect(await rijen.count()).toBeGreaterThan(0);
    expect(await rijen.getByRole('link', { name: /^Bewerken / }).count()).toBe(await rijen.count());
    await screenshot(page, 'formulier-links-opbouwwerker');
    expect(await a11yViolations(page)).toEqual([]);

    // The link opens the form of the group, which this builder may change.
    await bewerken.click();
    await page.waitForURL((url) => url.pathname === '/beheer/steungroep/hoornesgroep');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Hoornesgroep');

    // The overview offers only what the API says this builder may create.
    await page.getByRole('link', { name: 'Naar het beheeroverzicht' }).click();
    const maken = page.locator('#maken');
    await maken.waitFor();
    expect(await maken.getByRole('link', { name: 'Nieuwe activiteit' }).count()).toBe(1);
    expect(await maken.getByRole('link', { name: 'Nieuwe gemeente' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Hoornesgroep bewerken' }).getAttribute('href')).toBe(
      '/beheer/steungroep/hoornesgroep',
    );
    await screenshot(page, 'formulier-overzicht-opbouwwerker');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('offers "Bewerken" in the explorer’s details panel and per activity on a partner page, to whom may change them', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await alsIngelogd(
      page,
      BEHEERDER,
      `/netwerk?gemeente=GM0537&gekozen=${encodeURIComponent('Steungroep:hoornesgroep')}`,
    );
    const paneel = page.locator('section[aria-labelledby="knoop-kop"]');
    const bewerken = paneel.getByRole('link', { name: 'Bewerken Hoornesgroep' });
    await bewerken.waitFor();
    expect(await bewerken.getAttribute('href')).toBe('/beheer/steungroep/hoornesgroep');

    await page.goto('/partner/dunavie');
    const rijen = page.locator('#partner-activiteiten tbody tr');
    await rijen.first().waitFor();
    expect(await rijen.getByRole('link', { name: /^Bewerken / }).count()).toBe(await rijen.count());
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows a municipality user, who may not change the group, no edit link at all', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await alsIngelogd(page, GEMEENTE_GEBRUIKER, GROEP);
    await page.getByRole('heading', { name: 'Hoornesgroep', level: 2 }).waitFor();
    await page.locator('#activiteiten-kop').waitFor();
    expect(await page.getByRole('link', { name: /Bewerken/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Nieuwe activiteit' }).count()).toBe(0);
    // Signals are theirs to file: the wijk page offers one.
    await page.locator('.pagina-kop a[href^="/wijk/"]').click();
    const signaal = page.getByRole('link', { name: 'Nieuw signaal' });
    await signaal.waitFor();
    expect(await signaal.getAttribute('href')).toMatch(
      /^\/beheer\/signaal\/nieuw\?gemeente=GM0537&wijk=Wijk%3A/,
    );
    // The explorer's details panel offers no edit link either.
    await page.goto(`/netwerk?gemeente=GM0537&gekozen=${encodeURIComponent('Steungroep:hoornesgroep')}`);
    await page.locator('section[aria-labelledby="knoop-kop"] dl').waitFor();
    expect(await page.getByRole('link', { name: /Bewerken/ }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
