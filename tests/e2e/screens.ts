// The screens the accessibility tests visit, the sample deal they open, and waiting until a screen is drawn.
import { expect, type Page } from '@playwright/test';
import { defaultDealQuery } from '../../src-shared/domain/deal-list';
import type { ParleyApp } from './fixtures';

/** Loads the sample deals and returns the id of the first, URL-encoded. */
export async function firstSampleDeal(app: ParleyApp): Promise<string> {
  await app.services().history.loadSample();
  const [deal] = app.services().deals.list(defaultDealQuery()).deals;
  if (!deal) throw new Error('the sample data has no deal');
  return encodeURIComponent(deal.id);
}

/** Every screen of the app, for the deal `id` (URL-encoded). */
export const screenHashes = (id: string): string[] => [
  '#/deals',
  '#/deals/new',
  `#/deals/${id}`,
  `#/deals/${id}/edit`,
  `#/deals/${id}/worksheet`,
  `#/deals/${id}/meetings`,
  `#/deals/${id}/export`,
  '#/rehearse',
  `#/rehearse/deal/${id}`,
  '#/history',
  '#/playbook',
  '#/settings',
];

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
