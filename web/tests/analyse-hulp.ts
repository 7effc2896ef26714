import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.js';

/** What the browser tests of the analysis views (/analyse/…) share. */

export async function openAnalyse(
  browser: Browser,
  baseUrl: string,
  path: string,
): Promise<{ page: Page; pageErrors: Error[] }> {
  const opened = await openPage(browser, baseUrl);
  await opened.page.goto(path);
  return opened;
}

/**
 * Tabs through the whole page and returns the controls (links, buttons, fields, summaries and
 * other tab stops) that Tab never reached: the keyboard alone must reach every one. Radio groups
 * here always have a checked radio, which is the group's stop.
 */
export async function nietBereikt(page: Page): Promise<string[]> {
  const aantal = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, select, input, summary, [tabindex="0"]'),
    ]
      .filter((el) => !el.matches(':disabled') && el.tabIndex >= 0 && el.checkVisibility())
      // A radio group is one Tab stop (its checked radio); the arrow keys choose within it.
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
    controls.forEach((el, i) => el.setAttribute('data-bediening', String(i)));
    return controls.length;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const bereikt = new Set<string>();
  for (let i = 0; i < aantal + 10; i++) {
    await page.keyboard.press('Tab');
    const nummer = await page.evaluate(() => document.activeElement?.getAttribute('data-bediening'));
    if (nummer) bereikt.add(nummer);
  }
  return page.evaluate(
    (bereikt) =>
      [...document.querySelectorAll<HTMLElement>('[data-bediening]')]
        .filter((el) => !bereikt.includes(el.getAttribute('data-bediening')!))
        .map((el) => el.outerHTML.slice(0, 120)),
    [...bereikt],
  );
}

/** The accessible text of the element that has focus, to follow keyboard moves. */
export function focusTekst(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}
