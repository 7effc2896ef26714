import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Db } from '../../api/src/db/db.js';
import { removeTestAccounts } from '../../api/src/testing/accounts.js';
import { TestNetwork, area } from '../../api/src/modules/analyse/testnet.js';
import { a11yViolations, launchBrowser, openPage, screenshot, graphqlVanPagina } from './browser.js';

/**
 * The management pages besides the node forms (/beheer/leden, /beheer/partners, /beheer/sleutels,
 * /beheer/audit, /beheer/export) against the real stack, in the roles that use them. Other tests
 * count the Hoornesgroep's 16 members: every resident made here is taken away again, in `finally`
 * too, and the count is checked after. Partners are linked in a group of the test's own (GM9603).
 * The API can only revoke a key, so the one made here is deleted from the database afterwards.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the test stack's Neo4j (tests/global-setup.ts), to delete what the API cannot. */
    neo4jUri: string;
  }
}

const baseUrl = inject('baseUrl');
const db = Db.connect({ uri: inject('neo4jUri') });
/** Keys made by the tests, deleted afterwards. */
const gemaakteSleutels: string[] = [];

const GROEP = 'Steungroep:hoornesgroep';
const LEDEN_PAD = `/beheer/leden/${GROEP}`;
const LEDEN = 16;
const PSEUDONIEM = 'Proeflid Beheerpagina';

const GEBRUIKERS = {
  beheerder: { email: 'beheerder@wijkweb.example', wachtwoord: 'demo-beheerder', naam: 'Bram Beheer' },
  opbouwwerker: {
    email: 'opbouwwerker@welzijnskwartier.example',
    wachtwoord: 'demo-opbouwwerker',
    naam: 'Olga Opbouw (opbouwwerker De Hoornes)',
  },
  gemeente: {
    email: 'beleid@katwijk.example',
    wachtwoord: 'demo-gemeente',
    naam: 'Greet Gemeente (beleidsadviseur)',
  },
} as const;

let browser: Browser;
/** The resident made by the builder's test, for the audit test to look up. */
let proefInwoner: string | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeTestAccounts(db, gemaakteSleutels);
  await db.close();
});

async function als(rol: keyof typeof GEBRUIKERS, pad: string): Promise<{ page: Page; pageErrors: Error[] }> {
  const { page, pageErrors } = await openPage(browser, baseUrl);
  const gebruiker = GEBRUIKERS[rol];
  await page.goto(`/inloggen?terug=${encodeURIComponent(pad)}`);
  await page.getByLabel('E-mailadres').fill(gebruiker.email);
  await page.getByLabel('Wachtwoord').fill(gebruiker.wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => decodeURIComponent(url.pathname) === pad);
  await page.getByText(`Ingelogd als ${gebruiker.naam}`).waitFor();
  return { page, pageErrors };
}

const focusId = (page: Page) => page.evaluate(() => document.activeElement?.id);

async function ledenTotaal(page: Page): Promise<number> {
  const res = await graphqlVanPagina(
    page,
    'query($id: ID!) { node(id: $id) { ... on Steungroep { leden { rol } } } }',
    {
      id: GROEP,
    },
  );
  return ((res.data?.node as { leden: unknown[] }).leden ?? []).length;
}

describe('members of a steungroep', () => {
  // Many steps on a shared, busy machine: more time than the default minute.
  it(
    'lets the builder add a resident (consent required), change its role and erase it',
    { timeout: 120_000 },
    async () => {
      const { page, pageErrors } = await als('opbouwwerker', LEDEN_PAD);
      try {
        await page.getByRole('heading', { name: 'Leden van Hoornesgroep' }).waitFor();
        await page.getByText('Nooit namen, adressen of diagnoses.', { exact: false }).waitFor();
        const rijen = page.locator('#leden tbody tr');
        await rijen.first().waitFor();
        expect(await rijen.count()).toBe(LEDEN);

        // No consent date: the API's VERPLICHT lands beside the field and in the focused summary.
        await page.getByLabel('Pseudoniem of voornaam').fill(PSEUDONIEM);
        await page.getByLabel('Leeftijdsgroep').selectOption('50-64');
        await page.getByLabel('Rol in de groep').selectOption('KARTREKKER');
        await page.getByRole('button', { name: 'Inwoner toevoegen' }).click();
        await page.locator('.samenvatting').waitFor();
        expect(await page.evaluate(() => document.activeElement?.classList.contains('samenvatting'))).toBe(
          true,
        );
        const datum = page.getByLabel('Datum van toestemming');
        expect(await datum.getAttribute('aria-invalid')).toBe('true');
        expect(await datum.getAttribute('aria-describedby')).toContain('nieuw-toestemmingsdatum-fout');
        const bericht = (await page.locator('#nieuw-toestemmingsdatum-fout').textContent())?.trim() ?? '';
        expect(bericht.length).toBeGreaterThan(0);
        expect(
          await page.locator('.samenvatting').getByRole('link', { name: bericht }).getAttribute('href'),
        ).toBe('#nieuw-toestemmingsdatum');
        expect(await rijen.count()).toBe(LEDEN);
        await screenshot(page, 'beheer-leden-fout');
        expect(await a11yViolations(page)).toEqual([]);

        await datum.fill('2024-05-01');
        await page.getByRole('button', { name: 'Inwoner toevoegen' }).click();
        await page.getByText(`${PSEUDONIEM} is toegevoegd.`).waitFor();
        await page.waitForFunction(() => document.activeElement?.textContent?.endsWith('is toegevoegd.'));
        expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
        const rij = page.locator('#leden tbody tr', { hasText: PSEUDONIEM });
        await rij.waitFor();
        proefInwoner = (await rij.getAttribute('data-inwoner')) ?? undefined;
        expect(proefInwoner).toMatch(/^Inwoner:/);
        expect(await rij.locator('[data-rol]').getAttribute('data-rol')).toBe('KARTREKKER');
        expect(await rij.textContent()).toContain('50-64');
        expect(await rijen.count()).toBe(LEDEN + 1);
        // The form is empty again for the next resident.
        expect(await page.getByLabel('Pseudoniem of voornaam').inputValue()).toBe('');

        // Change the role: the edit form opens with focus on its heading.
        await page.getByRole('button', { name: `${PSEUDONIEM} wijzigen` }).click();
        await page.getByRole('heading', { name: `Inwoner wijzigen: ${PSEUDONIEM}` }).waitFor();
        expect(await focusId(page)).toBe('wijzig-kop');
        expect(await page.locator('#wijzig-toestemmingsdatum').inputValue()).toBe('2024-05-01');
        await page.locator('#wijzig-rol').selectOption('VRIJWILLIGER');
        await page.getByRole('button', { name: 'Opslaan' }).click();
        await page.getByText(`${PSEUDONIEM} is gewijzigd.`).waitFor();
        await rij.locator('[data-rol="VRIJWILLIGER"]').waitFor();

        // Ending its only membership is refused; the page says so and offers erasure instead.
        await page.getByRole('button', { name: `Lidmaatschap van ${PSEUDONIEM} beëindigen` }).click();
        await page.locator('#laatste-lidmaatschap').waitFor();
        expect(await focusId(page)).toBe('laatste-lidmaatschap');
        await page
          .locator('#laatste-lidmaatschap')
          .getByRole('button', { name: `${PSEUDONIEM} helemaal wissen` })
          .click();
        const dialoog = page.getByRole('dialog', { name: `${PSEUDONIEM} helemaal wissen?` });
        await dialoog.waitFor();
        expect(await dialoog.textContent()).toContain('Dit is definitief');
        expect(await dialoog.textContent()).toContain(proefInwoner);
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Annuleren');
        await screenshot(page, 'beheer-leden-wissen');
        expect(await a11yViolations(page)).toEqual([]);

        // Escape cancels: nothing is erased.
        await page.keyboard.press('Escape');
        await dialoog.waitFor({ state: 'hidden' });
        expect(await rijen.count()).toBe(LEDEN + 1);
        // Focus goes back to the button that opened it.
        expect(
          await page.evaluate(() => document.activeElement?.closest('#laatste-lidmaatschap') !== null),
        ).toBe(true);

        await rij.getByRole('button', { name: `${PSEUDONIEM} helemaal wissen` }).click();
        await dialoog.getByRole('button', { name: 'Ja, definitief wissen' }).click();
        await page.getByText('De inwoner is gewist, met 1 lidmaatschap(pen).').waitFor();
        await page.locator('#leden tbody tr', { hasText: PSEUDONIEM }).waitFor({ state: 'detached' });
        expect(await rijen.count()).toBe(LEDEN);
        expect(await ledenTotaal(page)).toBe(LEDEN);
        expect(pageErrors).toEqual([]);
      } finally {
        // Whatever failed above, the resident does not stay behind.
        if (proefInwoner)
          await graphqlVanPagina(page, 'mutation($id: ID!) { verwijderInwoner(id: $id) { id } }', {
            id: proefInwoner,
          });
      }
    },
  );

  it('shows the municipality counts and why there are no names, and no names', async () => {
    const { page, pageErrors } = await als('gemeente', LEDEN_PAD);
    await page.locator('#leden-aantallen').waitFor();
    expect(await page.locator('#leden-aantallen').textContent()).toContain('minder dan 5');
    expect(await page.locator('#waarom-geen-namen').textContent()).toContain(
      'Je ziet aantallen en geen namen',
    );
    expect(await page.locator('#leden').count()).toBe(0);
    expect(await page.getByLabel('Pseudoniem of voornaam').count()).toBe(0);
    for (const naam of ['Anouk', 'Gerrit', 'Fatima']) {
      expect(await page.locator('main').textContent()).not.toContain(naam);
    }
    await screenshot(page, 'beheer-leden-gemeente');
    expect(await a11yViolations(page)).toEqual([]);

    // The steungroep page offers the members page only to whom may see them.
    await page.goto('/steungroep/hoornesgroep');
    await page.locator('#leden-telling').waitFor();
    await page.locator('#namen-verborgen').waitFor();
    expect(await page.getByRole('link', { name: 'Leden beheren' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('links the builder from the steungroep page to the members page', async () => {
    const { page } = await als('opbouwwerker', '/steungroep/hoornesgroep');
    await page.getByRole('link', { name: 'Leden beheren' }).click();
    await page.getByRole('heading', { name: 'Leden van Hoornesgroep' }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(LEDEN_PAD);
  });
});

describe('partners of a steungroep', () => {
  // A group of its own under GM9603: adding a partner to a demo group would change the Katwijk
  // network other test files are counting at the same moment.
  const GM = 'GM9603';
  const net = new TestNetwork(GM);
  const groep = `Steungroep:${GM}-proefgroep`;
  const toetreder = `Partner:${GM}-toetreder`;
  beforeAll(() => {
    const { nodes, rels } = area(GM, 'kern', 'wijk');
    return net.build(
      [
        ...nodes,
        { id: `Kern:${GM}-kern`, naam: 'Proefkern' },
        { id: groep, naam: 'Proefgroep Partners' },
        { id: `Partner:${GM}-vast`, naam: 'Vaste Proefpartner', soort: 'WELZIJN', professioneel: true },
        { id: toetreder, naam: 'Toetreder Proefpartner', soort: 'SPORT', professioneel: false },
      ],
      [
        ...rels,
        [`Kern:${GM}-kern`, 'IN_GEMEENTE', `Gemeente:${GM}`],
        [groep, 'IN_WIJK', `Wijk:${GM}-wijk`],
        [`Partner:${GM}-vast`, 'PARTNER_VAN', groep, { kernteam: true }],
      ],
    );
  });
  afterAll(() => net.close());

  it('lets the administrator add a partner with the combobox, put it in the kernteam and take it out again', async () => {
    const { page, pageErrors } = await als('beheerder', `/beheer/partners/${groep}`);
    const rijen = page.locator('#partners tbody tr');
    await rijen.first().waitFor();
    expect(await rijen.count()).toBe(1);

    // Nothing chosen: the combobox says so beside itself.
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.locator('#koppel-partner-fout').waitFor();
    expect(await page.getByRole('combobox', { name: 'Partner' }).getAttribute('aria-invalid')).toBe('true');

    const combobox = page.getByRole('combobox', { name: 'Partner' });
    await combobox.fill('Toetreder');
    await page.getByRole('option', { name: 'Toetreder Proefpartner' }).waitFor();
    await combobox.press('ArrowDown');
    expect(await combobox.getAttribute('aria-activedescendant')).toBe('koppel-partner-optie-0');
    await combobox.press('Enter');
    expect(await combobox.inputValue()).toBe('Toetreder Proefpartner');
    await screenshot(page, 'beheer-partners-kiezen');
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByText('Toetreder Proefpartner is toegevoegd.').waitFor();
    // The list is fetched again after the sentence is shown: wait for it.
    const rij = page.locator(`#partners tbody tr[data-partner="${toetreder}"]`);
    await rij.locator('[data-kernteam="false"]').waitFor();
    expect(await rijen.count()).toBe(2);

    await page.getByRole('button', { name: 'Toetreder Proefpartner in kernteam zetten' }).click();
    await page.getByText('Toetreder Proefpartner zit nu in het kernteam.').waitFor();
    await rij.locator('[data-kernteam="true"]').waitFor();

    await page.getByRole('button', { name: 'Toetreder Proefpartner weghalen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Toetreder Proefpartner uit deze groep halen?' });
    await dialoog.getByRole('button', { name: 'Ja, weghalen' }).click();
    await page.getByText('Toetreder Proefpartner is uit de groep gehaald.').waitFor();
    await rij.waitFor({ state: 'detached' });
    expect(await rijen.count()).toBe(1);
    expect(await page.locator('#partners [data-kernteam="true"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});

describe('API keys', () => {
  it('shows a new key once, which then works over HTTP until it is revoked', async () => {
    const { page, pageErrors } = await als('beheerder', '/beheer/sleutels');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const naam = `Proefsleutel ${Date.now()}`;

    const combobox = page.getByRole('combobox', { name: 'Partner' });
    await combobox.fill('Dunavie');
    await page.getByRole('option', { name: 'Dunavie' }).first().waitFor();
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await page.getByLabel('Waarvoor is de sleutel?').fill(naam);
    await page.getByRole('button', { name: 'Sleutel maken' }).click();

    await page.getByRole('heading', { name: 'Nieuwe sleutel voor Dunavie' }).waitFor();
    expect(await focusId(page)).toBe('nieuwe-sleutel-kop');
    await page.getByText('hij wordt niet nog een keer getoond', { exact: false }).waitFor();
    const sleutel = await page.getByLabel('De sleutel', { exact: true }).inputValue();
    expect(sleutel).toMatch(/^wijkweb_[A-Za-z0-9_-]{20,}$/);
    await page.getByRole('button', { name: 'Kopiëren' }).click();
    await page.getByText('De sleutel staat op het klembord.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sleutel);
    await screenshot(page, 'beheer-sleutel-nieuw');
    expect(await a11yViolations(page)).toEqual([]);

    const vraag = (key: string) =>
      fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ ik { rol partner { id } } }' }),
      });
    const werkt = await vraag(sleutel);
    expect(werkt.status).toBe(200);
    expect(await werkt.json()).toEqual({
      data: { ik: { rol: 'PARTNER', partner: { id: 'Partner:dunavie' } } },
    });

    // Once put away, the key is nowhere on the page, nor after a reload.
    await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    expect(await page.content()).not.toContain(sleutel);
    await page.reload();
    const rij = page.locator('tr', { hasText: naam });
    await rij.waitFor();
    gemaakteSleutels.push((await rij.getAttribute('data-sleutel'))!);
    expect(await page.content()).not.toContain(sleutel);
    expect(await rij.locator('[data-status]').getAttribute('data-status')).toBe('actief');
    expect(await rij.textContent()).toContain(sleutel.slice(0, 12));

    await page.getByRole('button', { name: `Sleutel ${naam} intrekken` }).click();
    const dialoog = page.getByRole('dialog', { name: `Sleutel “${naam}” intrekken?` });
    await dialoog.waitFor();
    await dialoog.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText(`De sleutel “${naam}” is ingetrokken.`).waitFor();
    await rij.locator('[data-status="ingetrokken"]').waitFor();

    const geweigerd = await vraag(sleutel);
    expect(geweigerd.status).toBe(401);
    const body = (await geweigerd.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(pageErrors).toEqual([]);
  });

  it('is for the administrator only', async () => {
    const { page } = await als('gemeente', '/beheer/sleutels');
    await page.getByText('Je rol (gemeente) mag deze pagina niet gebruiken.').waitFor();
    expect(await page.getByRole('button', { name: 'Sleutel maken' }).count()).toBe(0);
  });
});

describe('audit log', () => {
  it('lists the builder’s read of the resident made above, and its erasure', async () => {
    expect(proefInwoner).toMatch(/^Inwoner:/);
    const { page, pageErrors } = await als('beheerder', '/beheer/audit');
    await page.locator('#audit tbody tr').first().waitFor();

    await page.getByLabel('Over (id van een inwoner, steungroep, …)').fill(proefInwoner!);
    await page.getByLabel('Wat er gebeurde').selectOption('INWONERS_GELEZEN');
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    // The table of the last filter stays until the new one is in: wait until every row is a read.
    const alleen = (actie: string) =>
      page.waitForFunction(
        (actie) =>
          [...document.querySelectorAll<HTMLElement>('#audit tbody tr')].every(
            (r) => r.dataset.actie === actie,
          ),
        actie,
      );
    await alleen('INWONERS_GELEZEN');
    const gelezen = page.locator('#audit tbody tr[data-actie="INWONERS_GELEZEN"]');
    expect(await gelezen.count()).toBeGreaterThan(0);
    const eerste = await gelezen.first().textContent();
    expect(eerste).toContain('Gebruiker:demo-opbouwwerker');
    expect(eerste).toContain('opbouwwerker');
    expect(eerste).toContain(proefInwoner);
    expect(eerste).not.toContain(PSEUDONIEM);
    await page.getByText(/^\d+ regels getoond/).waitFor();
    await screenshot(page, 'beheer-audit');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByLabel('Wat er gebeurde').selectOption('INWONER_VERWIJDERD');
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await alleen('INWONER_VERWIJDERD');
    expect(await page.locator('#audit tbody tr').count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain(PSEUDONIEM);
    expect(pageErrors).toEqual([]);
  });
});

describe('export', () => {
  it('downloads the gemeente as GraphML with counts, not residents, and links back to the import', async () => {
    const { page, pageErrors } = await als('gemeente', '/beheer/export');
    await page.getByLabel('Gemeente', { exact: true }).waitFor();
    await page.locator('#export-gemeente option[value="GM0537"]').waitFor({ state: 'attached' });
    await page.getByLabel('Gemeente', { exact: true }).selectOption('GM0537');
    await page.getByLabel('GraphML (voor Gephi en andere grafenprogramma’s)').check();
    await screenshot(page, 'beheer-export');
    expect(await a11yViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^wijkweb-GM0537-.*\.graphml$/);
    const inhoud = await readFile((await download.path())!, 'utf8');
    expect(inhoud).toContain('<graphml');
    expect(inhoud).toContain('Hoornesgroep');
    expect(inhoud).not.toContain('Anouk');
    await page.locator('#export-klaar').waitFor();
    expect(await focusId(page)).toBe('export-klaar');
    expect(await page.locator('#export-klaar').textContent()).toContain(download.suggestedFilename());

    await page.getByRole('link', { name: 'Gegevens importeren' }).click();
    await page.waitForURL((url) => url.pathname === '/beheer/import');
    expect(pageErrors).toEqual([]);
  });

  it('is linked from the import page', async () => {
    const { page } = await als('beheerder', '/beheer/import');
    await page.getByRole('link', { name: 'Gegevens exporteren in plaats van importeren' }).click();
    await page.getByRole('heading', { name: 'Gegevens exporteren' }).waitFor();
  });
});
