import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, launchBrowser, openPage, screenshot } from './browser.js';
import { apiNetwork, getal, inkt, kaart, kaartKlaar } from './explorer.js';

/**
 * The network explorer at /netwerk against the real stack (Neo4j with the demo data, the API, the
 * built app). The map is sigma.js on WebGL, drawn in software here: tests wait for the layout to
 * settle and never look at timings.
 */
const baseUrl = inject('baseUrl');
const KATWIJK = { gemeente: 'GM0537' };
const HOORNESGROEP = 'Steungroep:hoornesgroep';
const DE_HOORNES = 'Wijk:GM0537-WK02';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openExplorer(path = '/netwerk'): Promise<{ page: Page; pageErrors: Error[] }> {
  const opened = await openPage(browser, baseUrl);
  await opened.page.goto(path);
  return opened;
}

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Zoek een knoop' });
const paneelKop = (page: Page, naam: string) =>
  page.locator('section[aria-labelledby="knoop-kop"]').getByRole('heading', { level: 2, name: naam });

describe('the network explorer', () => {
  it('draws the Katwijk network on the canvas: every node the API returns, in colour', async () => {
    const expected = await apiNetwork(baseUrl, KATWIJK);
    const { page, pageErrors } = await openExplorer();
    await kaartKlaar(page, expected.nodes.length);

    const map = kaart(page);
    expect(await getal(map, 'data-verbindingen')).toBe(expected.edges.length);
    // Sigma's own display data: the nodes it drew in its last frame.
    expect(await getal(map, 'data-getekend')).toBe(expected.nodes.length);
    const drawing = await inkt(page, map);
    expect(drawing.share).toBeGreaterThan(0.02);
    expect(drawing.colours).toBeGreaterThanOrEqual(5);

    expect(await map.getAttribute('role')).toBe('application');
    expect(await map.getAttribute('aria-label')).toBe('Netwerkkaart van Katwijk');
    const summary = await page.locator('#netwerk-samenvatting').textContent();
    expect(summary).toContain(
      `${expected.nodes.length} knopen en ${expected.edges.length} verbindingen in beeld`,
    );
    const partners = expected.nodes.filter((node) => node.kind === 'PARTNER').length;
    expect(summary).toContain(`${partners} partners`);
    expect(await page.locator('.legenda li').count()).toBeGreaterThanOrEqual(5);

    await screenshot(page, 'netwerk-katwijk');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('draws the nodes of one wijk when the wijk filter is set, and puts the filter in the URL', async () => {
    const all = await apiNetwork(baseUrl, KATWIJK);
    const hoornes = await apiNetwork(baseUrl, { ...KATWIJK, wijk: DE_HOORNES });
    expect(hoornes.nodes.length).toBeLessThan(all.nodes.length);
    const { page, pageErrors } = await openExplorer();
    await kaartKlaar(page, all.nodes.length);

    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'De Hoornes' });
    await kaartKlaar(page, hoornes.nodes.length);
    expect(await getal(kaart(page), 'data-getekend')).toBe(hoornes.nodes.length);
    expect(new URL(page.url()).searchParams.get('wijk')).toBe(DE_HOORNES);

    // The filters offer the kinds too: leaving out activities refetches without them.
    await page.getByRole('checkbox', { name: 'activiteiten' }).uncheck();
    const kinds = ['KERN', 'WIJK', 'STEUNGROEP', 'PARTNER', 'LOCATIE', 'SIGNAAL', 'THEMA', 'DOELGROEP'];
    const zonder = await apiNetwork(baseUrl, { ...KATWIJK, wijk: DE_HOORNES, kinds });
    await kaartKlaar(page, zonder.nodes.length);
    expect(new URL(page.url()).searchParams.get('soorten')).toBe(kinds.join(','));
    expect(await page.locator('#netwerk-samenvatting').textContent()).not.toContain('activiteit');

    await screenshot(page, 'netwerk-wijk-filter');
    await page.getByRole('button', { name: 'Filters wissen' }).first().click();
    await kaartKlaar(page, all.nodes.length);
    expect(pageErrors).toEqual([]);
  });

  it('selects the Hoornesgroep when "Hoornes" is searched and chosen with the keyboard, and opens its panel', async () => {
    const { page, pageErrors } = await openExplorer();
    await kaartKlaar(page);

    await combobox(page).pressSequentially('Hoornes', { delay: 40 });
    const opties = page.getByRole('listbox', { name: 'Zoek een knoop' }).getByRole('option');
    await page.getByRole('option', { name: /Hoornesgroep/ }).waitFor();
    expect(await combobox(page).getAttribute('aria-expanded')).toBe('true');
    const namen = await opties.locator('.naam').allTextContents();
    const index = namen.indexOf('Hoornesgroep');
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    const actief = await combobox(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`#${actief}`).textContent()).toContain('Hoornesgroep');
    await page.keyboard.press('Enter');

    await paneelKop(page, 'Hoornesgroep').waitFor();
    expect(new URL(page.url()).searchParams.get('gekozen')).toBe(HOORNESGROEP);
    expect(await page.locator('#netwerk-samenvatting').textContent()).toContain(
      'Gekozen: Hoornesgroep (steungroep).',
    );
    const paneel = page.locator('section[aria-labelledby="knoop-kop"]');
    await paneel.getByText('5 van 11 in het kernteam').waitFor();
    expect(
      await paneel.getByRole('link', { name: 'Naar de pagina van de steungroep' }).getAttribute('href'),
    ).toBe('/steungroep/hoornesgroep');
    // The camera flew to it: the URL holds a zoomed-in camera once the flight is over.
    await page.waitForFunction(() => new URL(location.href).searchParams.has('camera'));

    await screenshot(page, 'netwerk-zoeken-hoornes');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows the ego network of the Hoornesgroep with its 11 partners, and expands a partner on demand', async () => {
    const ego = await apiNetwork(baseUrl, { ...KATWIJK, focus: HOORNESGROEP, depth: 1 });
    expect(ego.nodes.filter((node) => node.kind === 'PARTNER')).toHaveLength(11);
    const { page, pageErrors } = await openExplorer(`/netwerk?gemeente=GM0537&gekozen=${HOORNESGROEP}`);
    await paneelKop(page, 'Hoornesgroep').waitFor();
    await kaartKlaar(page);

    await page.getByRole('button', { name: 'Alleen de omgeving tonen' }).click();
    await kaartKlaar(page, ego.nodes.length);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(HOORNESGROEP);
    expect(await page.locator('#netwerk-samenvatting').textContent()).toContain('11 partners');
    expect(await page.getByText('Je ziet wat binnen 1 stap(pen) van Hoornesgroep ligt.').count()).toBe(1);
    const paneel = page.locator('section[aria-labelledby="knoop-kop"]');
    await paneel.getByText('partners (11)').click();
    expect(await paneel.locator('details[open] .buren li').count()).toBe(11);
    await screenshot(page, 'netwerk-ego-hoornesgroep');

    // Choose Dunavie among the neighbours and add its own neighbours: the drawing grows.
    await paneel.getByRole('button', { name: 'Dunavie', exact: true }).click();
    await paneelKop(page, 'Dunavie').waitFor();
    const dunavie = await apiNetwork(baseUrl, { ...KATWIJK, focus: 'Partner:dunavie', depth: 1 });
    const samen = new Set([...ego.nodes, ...dunavie.nodes].map((node) => node.id)).size;
    await page.getByRole('button', { name: 'Buren aanvullen' }).click();
    await kaartKlaar(page, samen);
    expect(samen).toBeGreaterThan(ego.nodes.length);
    expect(new URL(page.url()).searchParams.get('uitbreiden')).toBe('Partner:dunavie');
    expect(await page.getByRole('button', { name: 'Buren zijn aangevuld' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Terug naar het hele netwerk' }).click();
    await kaartKlaar(page, (await apiNetwork(baseUrl, KATWIJK)).nodes.length);
    expect(pageErrors).toEqual([]);
  });

  it('lists the same nodes and edges in the table view, sortable, and moves between nodes with the arrow keys', async () => {
    const expected = await apiNetwork(baseUrl, KATWIJK);
    const { page, pageErrors } = await openExplorer();
    await kaartKlaar(page, expected.nodes.length);

    await page.getByRole('button', { name: 'Tabel' }).click();
    const rijen = page.locator('#knopen-tabel tbody tr');
    await rijen.first().waitFor();
    expect(await rijen.count()).toBe(expected.nodes.length);
    const namen = await page.locator('#knopen-tabel tbody th').allTextContents();
    expect(namen.sort()).toEqual(expected.nodes.map((node) => node.label).sort());
    expect(await page.locator('#verbindingen-tabel caption').textContent()).toContain(
      `(${expected.edges.length})`,
    );
    expect(new URL(page.url()).searchParams.get('weergave')).toBe('tabel');

    const naamKop = page.locator('#knopen-tabel thead th').first();
    await naamKop.getByRole('button').click();
    expect(await naamKop.getAttribute('aria-sort')).toBe('ascending');
    const gesorteerd = await page.locator('#knopen-tabel tbody th').allTextContents();
    expect(gesorteerd).toEqual(
      [...gesorteerd].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })),
    );

    // One tab stop in the table; the arrows move, Enter chooses and the panel takes the focus.
    const eerste = page.locator('#knopen-tabel tbody button[tabindex="0"]');
    expect(await eerste.count()).toBe(1);
    await eerste.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const derde = gesorteerd[2]!;
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(derde);
    await page.keyboard.press('Enter');
    await paneelKop(page, derde).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('knoop-kop');

    await screenshot(page, 'netwerk-tabel');
    expect(await a11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('restores filters, selection, showcase and camera from the URL after a reload, and keeps named views', async () => {
    const eenzaamheid = await apiNetwork(baseUrl, { ...KATWIJK, thema: 'Thema:eenzaamheid' });
    const { page, pageErrors } = await openExplorer();
    await kaartKlaar(page);
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'eenzaamheid' });
    await kaartKlaar(page, eenzaamheid.nodes.length);
    await page.getByLabel('Licht uit zonder de rest te verbergen').selectOption({
      label: 'partners (' + eenzaamheid.nodes.filter((n) => n.kind === 'PARTNER').length + ')',
    });
    await combobox(page).fill('Hoornesgroep');
    await page.getByRole('option', { name: /Hoornesgroep/ }).click();
    await paneelKop(page, 'Hoornesgroep').waitFor();
    // Zoom with the keyboard; the camera lands in the URL.
    await kaart(page).focus();
    await page.keyboard.press('+');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('camera'));
    await page.waitForTimeout(1_000); // the URL follows the camera once it stops
    const voor = new URL(page.url());

    await page.reload();
    await paneelKop(page, 'Hoornesgroep').waitFor();
    await kaartKlaar(page, eenzaamheid.nodes.length);
    const na = new URL(page.url());
    for (const name of ['thema', 'gekozen', 'uitlicht', 'camera']) {
      expect(na.searchParams.get(name), name).toBe(voor.searchParams.get(name));
    }
    expect(await page.getByLabel('Thema', { exact: true }).inputValue()).toBe('Thema:eenzaamheid');
    expect(await page.getByLabel('Licht uit zonder de rest te verbergen').inputValue()).toBe('soort:PARTNER');
    await page.waitForFunction(
      (camera) => document.querySelector<HTMLElement>('.netwerkkaart')?.dataset.camera === camera,
      voor.searchParams.get('camera'),
    );
    await screenshot(page, 'netwerk-url-hersteld');

    // A named view is a link that brings the same view back.
    await page.getByLabel('Naam van deze weergave').fill('Eenzaamheid rond de Hoornes');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Weergave “Eenzaamheid rond de Hoornes” is bewaard.').waitFor();
    await page.goto('/netwerk');
    await kaartKlaar(page);
    await page.getByRole('link', { name: 'Eenzaamheid rond de Hoornes' }).click();
    await paneelKop(page, 'Hoornesgroep').waitFor();
    await kaartKlaar(page, eenzaamheid.nodes.length);
    expect(new URL(page.url()).searchParams.get('thema')).toBe('Thema:eenzaamheid');
    expect(pageErrors).toEqual([]);
  });

  it('lets the keyboard alone reach every control, on the map and in the table', async () => {
    const { page, pageErrors } = await openExplorer(`/netwerk?gemeente=GM0537&gekozen=${HOORNESGROEP}`);
    await paneelKop(page, 'Hoornesgroep').waitFor();
    await kaartKlaar(page);

    for (const weergave of ['kaart', 'tabel']) {
      if (weergave === 'tabel') {
        await page.getByRole('button', { name: 'Tabel' }).focus();
        await page.keyboard.press('Enter');
        await page.locator('#knopen-tabel tbody tr').first().waitFor();
      }
      // Number every control a person can use; then Tab until each was reached.
      const aantal = await page.evaluate(() => {
        const controls = [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, select, input, summary, [tabindex="0"]',
          ),
        ].filter((el) => !el.matches(':disabled') && el.tabIndex >= 0 && el.checkVisibility());
        controls.forEach((el, i) => el.setAttribute('data-bediening', String(i)));
        return controls.length;
      });
      expect(aantal).toBeGreaterThan(30);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const bereikt = new Set<string>();
      for (let i = 0; i < aantal + 10; i++) {
        await page.keyboard.press('Tab');
        const nummer = await page.evaluate(() => document.activeElement?.getAttribute('data-bediening'));
        if (nummer) bereikt.add(nummer);
      }
      const gemist = await page.evaluate(
        (bereikt) =>
          [...document.querySelectorAll<HTMLElement>('[data-bediening]')]
            .filter((el) => !bereikt.includes(el.getAttribute('data-bediening')!))
            .map((el) => el.outerHTML.slice(0, 120)),
        [...bereikt],
      );
      expect(gemist, weergave).toEqual([]);
    }
    await screenshot(page, 'netwerk-toetsenbord');
    expect(pageErrors).toEqual([]);
  });

  it('exports the view as a PNG of the drawing and as CSV files of its nodes and edges', async () => {
    const expected = await apiNetwork(baseUrl, KATWIJK);
    const { page, pageErrors } = await openExplorer();
    await kaartKlaar(page, expected.nodes.length);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Afbeelding (PNG)' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('wijkweb-katwijk.png');
    const image = await readFile((await png.path())!);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(image.length).toBeGreaterThan(20_000);

    const [knopen] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Knopen (CSV)' }).click(),
    ]);
    const bytes = await readFile((await knopen.path())!);
    // A byte-order mark first, so Excel reads the accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(rows[0]).toBe('id;naam;soort;verbindingen;buren_in_beeld');
    expect(rows).toHaveLength(expected.nodes.length + 1);
    expect(rows.some((row) => row.startsWith(`${HOORNESGROEP};Hoornesgroep;steungroep;`))).toBe(true);

    const [verbindingen] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Verbindingen (CSV)' }).click(),
    ]);
    const edges = (await readFile((await verbindingen.path())!, 'utf8')).trim().split('\r\n');
    expect(edges).toHaveLength(expected.edges.length + 1);
    expect(edges.some((row) => row.includes(';partner van;Steungroep:hoornesgroep;Hoornesgroep'))).toBe(true);

    await screenshot(page, 'netwerk-export');
    expect(pageErrors).toEqual([]);
  });

  it('draws the best connected nodes first, says how many were left out, and shows more on request', async () => {
    const all = await apiNetwork(baseUrl, KATWIJK);
    const { page, pageErrors } = await openExplorer('/netwerk?gemeente=GM0537&limiet=100');
    await kaartKlaar(page, 100);
    const melding = page.getByText(
      `Het netwerk telt ${all.nodes.length} knopen; de 100 best verbonden staan in beeld.`,
    );
    await melding.waitFor();
    await screenshot(page, 'netwerk-afgekapt');
    await page.getByRole('button', { name: 'Toon tot 300 knopen' }).click();
    await kaartKlaar(page, all.nodes.length);
    expect(await melding.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('says what to do when nothing matches, and shows an API failure as a Dutch sentence with a retry', async () => {
    const { page, pageErrors } = await openExplorer('about:blank');
    let antwoord: 'leeg' | 'fout' | 'echt' = 'leeg';
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== 'Netwerk' || antwoord === 'echt') return route.continue();
      const json =
        antwoord === 'leeg'
          ? { data: { network: { nodes: [], edges: [], truncated: false, totalNodes: 0 } } }
          : {
              data: null,
              errors: [
                {
                  message: 'Neo4j: connection refused at bolt://geheim',
                  extensions: { code: 'SERVICE_UNAVAILABLE' },
                },
              ],
            };
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) });
    });

    await page.goto('/netwerk?gemeente=GM0537&kern=Kern:GM0537-K05');
    await page.getByText('Voor deze filters is er niets te tekenen.').waitFor();
    expect(await page.locator('#netwerk-samenvatting').textContent()).toBe('Er staan geen knopen in beeld.');
    await screenshot(page, 'netwerk-leeg');

    antwoord = 'fout';
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'eenzaamheid' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('De database van Wijkweb is even niet bereikbaar.');
    expect(await alert.textContent()).not.toContain('bolt://');
    await screenshot(page, 'netwerk-fout');
    expect(await a11yViolations(page)).toEqual([]);

    antwoord = 'echt';
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await kaartKlaar(page);
    expect(await getal(kaart(page), 'data-knopen')).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
