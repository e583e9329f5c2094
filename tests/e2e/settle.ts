// Waiting for a screen to be fully drawn, without fixed sleeps.
import { expect, type Page } from '@playwright/test';

/** Until nothing is busy and the screen's markup stays the same between two looks (lazy parts and charts drawn). */
export async function waitUntilSettled(page: Page): Promise<void> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate<string>(
          `document.querySelector('[aria-busy="true"]') ? 'busy' : document.querySelector('main').innerHTML`,
        );
        const isSettled = now !== 'busy' && now === previous;
        previous = now;
        return isSettled;
      },
      { intervals: [250], timeout: 15_000 },
    )
    .toBe(true);
}
