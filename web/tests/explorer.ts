import type { Locator, Page } from 'playwright-core';

/**
 * What the explorer's browser tests share: waiting for the map, asking the API what it should
 * show, and checking that the canvas really holds a drawing.
 */

/** The sigma container: it carries the drawn counts, the layout state and the camera as data attributes. */
export const kaart = (page: Page): Locator => page.locator('.netwerkkaart');

/** Waits until the map shows `knopen` nodes (when given) and the layout has settled. */
export async function kaartKlaar(page: Page, knopen?: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const el = document.querySelector<HTMLElement>('.netwerkkaart');
      if (!el || el.dataset.layout !== 'done') return false;
      return wanted === undefined || el.dataset.knopen === String(wanted);
    },
    knopen,
    { timeout: 45_000 },
  );
}

export async function getal(locator: Locator, attribute: string): Promise<number> {
  return Number(await locator.getAttribute(attribute));
}

/** Asks the real API directly, as the explorer would. */
export async function graphql<T>(baseUrl: string, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export interface ApiNetwork {
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string }[];
}

export async function apiNetwork(baseUrl: string, filter: object): Promise<ApiNetwork> {
  const data = await graphql<{ network: ApiNetwork }>(
    baseUrl,
    `
      query ($filter: NetworkFilter!) {
        network(filter: $filter) {
          nodes {
            id
            kind
            label
          }
          edges {
            id
          }
        }
      }
    `,
    { filter },
  );
  return data.network;
}

/**
 * How much of the canvas is drawn on: the element's screenshot, decoded in the page, as the share
 * of pixels that are not the white background and the number of distinct strong colours.
 */
export async function inkt(page: Page, element: Locator): Promise<{ share: number; colours: number }> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let drawn = 0;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r < 245 || g < 245 || b < 245) drawn++;
      // Saturated pixels are node fills; quantised so anti-aliasing does not count as a colour.
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) colours.add(`${r >> 5},${g >> 5},${b >> 5}`);
    }
    return { share: drawn / (pixels.length / 4), colours: colours.size };
  }, png);
}

/** The id or a short description of the focused element. */
export function focusBeschrijving(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.id
      ? `#${el.id}`
      : `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
  });
}
