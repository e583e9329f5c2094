// @rehearsal: a timed session for a deal with the reveal, automatic checks and FSRS ratings that survive a
// restart; practice mode on a controlled clock; a full price-concession drill to its summary chart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deal } from '../../src-shared/domain/deal';
import { emptyDealDraft } from '../../src-shared/domain/deal-factory';
import { emptyWorksheet } from '../../src-shared/domain/worksheet-types';
import type { Services } from '../../src-main/services/create-services';
import { expect, test, type ParleyApp } from './fixtures';

const WRITTEN_OBJECTION = 'Your rival offers free installation.';

async function createDeal(services: Services): Promise<Deal> {
  const deal = await services.deals.create({
    ...emptyDealDraft(),
    title: 'Fibre renewal 2027',
    counterpartOrg: 'Huaxin Logistics',
    counterpartStyle: 'driver',
    value: 120_000,
  });
  const worksheet = emptyWorksheet();
  return services.deals.save({
    ...deal,
    worksheet: {
      ...worksheet,
      numbers: {
        opening: 120_000,
        target: 110_000,
        walkAway: 100_000,
        isWalkAwayManual: true,
        theirWalkAwayLow: 104_000,
        theirWalkAwayHigh: 114_000,
      },
      interests: [
        {
          id: 'i1',
          party: 'theirs',
          text: 'Stay within the 2027 budget',
          kind: 'substantive',
          priority: 5,
          isStated: true,
        },
        {
          id: 'i2',
          party: 'theirs',
          text: 'No downtime at the depots',
          kind: 'substantive',
          priority: 4,
          isStated: true,
        },
      ],
      alternatives: [
        {
          id: 'a1',
          party: 'ours',
          description: 'Lease the capacity to Jinlong',
          isReal: true,
          value: 98_000,
          likelihood: 0.7,
        },
      ],
      expectedObjections: [
        {
          id: 'e1',
          cardId: null,
          text: WRITTEN_OBJECTION,
          answer: 'Installation is one day; downtime costs them more.',
          techniqueIds: ['compensation'],
        },
        { id: 'e2', cardId: 'price-too-expensive-1', text: '', answer: '', techniqueIds: [] },
      ],
    },
  });
}

const workbench = (app: ParleyApp) => JSON.parse(readFileSync(join(app.dataDir, 'workbench.json'), 'utf8'));

test.describe('@rehearsal', () => {
  test('a 3-card session for a deal: answers, checks, ratings, and due dates after a restart', async ({ app }) => {
    const { page } = app;
    const deal = await createDeal(app.services());
    await page.goto(`${page.url().split('#')[0]}#/deals/${deal.id}`);
    await page.getByRole('link', { name: 'Rehearse this deal' }).click();

    const setup = page.getByRole('region', { name: 'Objection session' });
    await expect(setup.getByRole('radio', { name: /A deal/ })).toBeChecked();
    await expect(setup.getByLabel('Deal', { exact: true })).toHaveValue(deal.id);
    await setup.getByLabel('Number of cards').fill('3');
    await setup.getByRole('button', { name: 'Start session' }).click();

    // Card 1: the objection written in the worksheet, with the deal's numbers beside it.
    await expect(page.getByText('Card 1 of 3')).toBeVisible();
    await expect(page.getByRole('blockquote')).toHaveText(WRITTEN_OBJECTION);
    await expect(page.getByRole('timer', { name: 'Answer clock' })).toBeVisible();
    const context = page.getByRole('region', { name: 'The negotiation' });
    await expect(context.getByText('CN¥110,000')).toBeVisible();
    await expect(context.getByText('CN¥100,000')).toBeVisible();
    await expect(context.getByText('Lease the capacity to Jinlong')).toBeVisible();
    await expect(context.getByText('Stay within the 2027 budget')).toBeVisible();
    await page.getByLabel('Your answer').fill('I hear you. What would one day of installation cost you at the depots?');
    await page.getByText('Techniques you used').click();
    await page.getByRole('checkbox', { name: 'Inquiry (ask why)' }).check();
    await page.getByRole('checkbox', { name: 'Compensation' }).check();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { name: 'Automatic checks' })).toBeVisible();
    await expect(page.getByText('Nothing flagged.')).toBeVisible();
    await expect(page.getByText('Installation is one day; downtime costs them more.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Acknowledged the concern' }).check();
    await page.getByRole('checkbox', { name: 'Diagnosed the real objection (asked a question)' }).check();
    await expect(page.getByText('2 of 6')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Good/ })).toContainText('min');
    await page.keyboard.press('3');
    await expect(page.getByText(/^Next review in \d+ minutes$/)).toBeVisible();
    await page.keyboard.press('Enter');

    // Card 2: the playbook's price card in a driver's words, answered beyond the walk-away.
    await expect(page.getByText('Card 2 of 3')).toBeVisible();
    await expect(page.getByRole('blockquote')).toContainText('Let me be direct.');
    await expect(page.getByRole('blockquote')).toContainText('CN¥120,000 is not a number I will sign.');
    await page.getByLabel('Your answer').fill('Fine, we can do 95,000.');
    await page.getByRole('button', { name: 'Reveal' }).click();
    const beyond = page.getByRole('alert').filter({ hasText: '95,000 is beyond your walk-away of CN¥100,000.' });
    await expect(beyond).toBeVisible();
    await expect(beyond).toHaveCSS('color', 'rgb(176, 42, 36)'); // --danger
    await expect(page.getByText('“95,000” gives something away without an “if” or “in return”.')).toBeVisible();
    await expect(page.getByText('No question asked.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: /^Again/ }).click();
    await page.keyboard.press(' ');

    // Card 3: a price card from the playbook, rated easy with its key.
    await expect(page.getByText('Card 3 of 3')).toBeVisible();
    await page
      .getByLabel('Your answer')
      .fill('Compared with what? If you sign for three years, we can look at the scope.');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('checkbox', { name: 'Moved to a next step' }).check();
    await page.keyboard.press('4');
    await page.getByRole('button', { name: 'See the summary' }).click();

    await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
    const rows = page.getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('2/6');
    await expect(rows.nth(1)).toContainText('Good');
    await expect(rows.nth(2)).toContainText('Beyond walk-away');
    await expect(rows.nth(2)).toContainText('Again');
    await expect(rows.nth(3)).toContainText('Easy');

    // Ratings are stored as FSRS states; two cards come back today.
    const stored = workbench(app).rehearsal;
    expect(Object.keys(stored.states)).toHaveLength(3);
    expect(stored.attempts.map((attempt: { rating: string }) => attempt.rating)).toEqual(['good', 'again', 'easy']);
    expect(stored.attempts[0].techniqueIds).toEqual(['inquiry', 'compensation']);
    await expect(page.getByRole('link', { name: /Rehearse.*2 cards due today/ })).toBeVisible();

    await app.restart();
    await page.goto(`${page.url().split('#')[0]}#/rehearse`);
    const comingUp = page.getByRole('region', { name: 'Coming up' });
    await expect(comingUp.getByRole('listitem')).toHaveCount(3);
    const easyCardId = stored.attempts[2].cardId as string;
    const days = Math.round((Date.parse(stored.states[easyCardId].due) - Date.now()) / 86_400_000);
    await expect(comingUp.getByRole('listitem').last()).toContainText(days === 1 ? 'tomorrow' : `in ${days} days`);
    await expect(comingUp.getByRole('listitem').filter({ hasText: WRITTEN_OBJECTION })).toContainText(
      /in \d+ minutes|Due now/,
    );
    await expect(page.getByRole('link', { name: /Rehearse.*cards? due today/ })).toBeVisible();
  });

  test('an edited rubric, then practice mode on a controlled clock: overtime noted, nothing rescheduled', async ({
    app,
  }) => {
    const { page } = app;
    await page.clock.install();
    await page.reload();

    // The rubric is the user's own: reword, remove and add items in Settings.
    await page.getByRole('link', { name: 'Settings' }).click();
    const rubric = page.getByRole('region', { name: 'Rehearsal rubric' });
    await rubric.getByLabel('Rubric item 6').fill('Agreed a date for the next step');
    await rubric.getByRole('button', { name: 'Remove item 4' }).click();
    await rubric.getByRole('button', { name: 'Add item' }).click();
    await rubric.getByRole('button', { name: 'Save rubric' }).click();
    await expect(rubric.getByText('Write the item or remove it')).toBeVisible();
    await expect(rubric.getByLabel('Rubric item 6')).toBeFocused();
    await rubric.getByLabel('Rubric item 6').fill('Asked for something in return');
    await rubric.getByRole('button', { name: 'Move item 6 up' }).click();
    await rubric.getByRole('button', { name: 'Save rubric' }).click();
    await expect(page.getByText('Rubric saved')).toBeVisible();
    expect(workbench(app).rehearsal.rubric.map((item: { text: string | null }) => item.text)).toEqual([
      null,
      null,
      null,
      null,
      'Asked for something in return',
      'Agreed a date for the next step',
    ]);

    await page.goto(`${page.url().split('#')[0]}#/rehearse`);
    const setup = page.getByRole('region', { name: 'Objection session' });
    await setup.getByRole('radio', { name: /All price objections/ }).check();
    await setup.getByLabel('Number of cards').fill('1');
    await setup.getByLabel('Seconds per card').fill('10');
    await setup.getByLabel('Practice mode').check();
    await setup.getByRole('button', { name: 'Start session' }).click();

    await expect(page.getByText('Practice', { exact: true })).toBeVisible();
    await page.getByLabel('Your answer').fill('Which part of the offer matters most to you?');
    await page.clock.runFor(15_000);
    await expect(page.getByRole('timer')).toContainText('Time is up');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText(/^Answered \d+ s after the clock ran out\.$/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Good/ })).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Asked for something in return' }).check();
    await expect(page.getByText('1 of 6')).toBeVisible();
    await page.getByRole('button', { name: 'Save and see the summary' }).click();
    await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toContainText('Practice');
    await expect(page.getByRole('row').nth(1)).toContainText('Over time');
    const stored = workbench(app).rehearsal;
    expect(stored.states).toEqual({});
    expect(stored.attempts).toHaveLength(1);
    expect(stored.attempts[0]).toMatchObject({
      rating: null,
      rubricSize: 6,
      rubricTicks: [expect.stringMatching(/^custom-/)],
    });
  });

  test('a full concession drill to its summary chart', async ({ app }) => {
    const { page } = app;
    const deal = await createDeal(app.services());
    await page.goto(`${page.url().split('#')[0]}#/rehearse/deal/${deal.id}`);
    const setup = page.getByRole('region', { name: 'Price-concession drill' });
    await expect(setup.getByLabel('Your opening')).toHaveValue('120,000');
    await expect(setup.getByLabel('Walk-away', { exact: true })).toHaveValue('100,000');
    await expect(setup.getByLabel('Their walk-away: low')).toHaveValue('104,000');
    await setup.getByRole('button', { name: 'Start drill' }).click();

    await expect(page.getByRole('heading', { name: 'Price-concession drill' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Price-concession drill' })).toContainText('%');
    await page.getByRole('button', { name: 'Make the offer' }).click();
    await expect(page.getByText('Enter a price, e.g. 98,000')).toBeVisible();

    // A small traded step, then a big jump below the walk-away with nothing asked, held until they agree.
    const moves = [
      ['118,000', 'a three-year term'],
      ['9.6万', ''],
      ['96000', ''],
      ['96000', ''],
      ['96000', ''],
      ['96000', ''],
    ] as const;
    const summary = page.getByRole('heading', { name: 'Drill summary' });
    const lines = page.getByRole('list', { name: 'Price-concession drill' }).getByRole('listitem');
    for (const [index, [price, inReturn]] of moves.entries()) {
      if (await summary.isVisible()) break;
      await page.getByLabel('Your counter-offer').fill(price);
      await page.getByLabel('What you ask in return').fill(inReturn);
      await page.getByRole('button', { name: 'Make the offer' }).click();
      await expect(lines.nth(index + 1).or(summary)).toBeVisible();
    }
    await expect(summary).toBeVisible();
    await expect(page.getByText('Deal at CN¥96,000')).toBeVisible();
    await expect(page.getByText(/Their hidden walk-away was CN¥1\d\d,\d{3}\./)).toBeVisible();
    const chart = page.getByRole('img', {
      name: 'Your price and their offers by round, against your target and walk-away',
    });
    await expect(chart).toBeVisible();
    await expect(chart.locator('.recharts-line')).toHaveCount(2);
    await expect(chart.getByText('Walk-away CN¥100,000')).toBeVisible();
    await expect(chart.getByText(/^Their limit CN¥1\d\d,\d{3}$/)).toBeVisible();
    await expect(page.getByText('Round 2: CN¥96,000 is beyond your walk-away.')).toBeVisible();
    await expect(page.getByText('Round 2: you moved to CN¥96,000 and asked nothing in return.')).toBeVisible();
    await expect(page.getByText(/Round 2: a bigger step \(CN¥22,000\)/)).toBeVisible();

    const [record] = workbench(app).rehearsal.drills;
    expect(record).toMatchObject({ dealId: deal.id, summary: { outcome: 'deal', finalPrice: 96_000 } });
    await page.getByRole('button', { name: 'Back to Rehearse' }).click();
    await expect(page.getByRole('region', { name: 'Recent drills' })).toContainText('Deal at CN¥96,000');
  });
});
