// @worksheet: fill an ICON worksheet to 100%, read the ZOPA, judge offers, undo, restart, and use precedent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { DealDraft } from '../../src-shared/domain/deal';
import { emptyDealDraft } from '../../src-shared/domain/deal-factory';
import type { Worksheet } from '../../src-shared/domain/worksheet-types';
import { expect, test, type ParleyApp } from './fixtures';

const draft = (patch: Partial<DealDraft>): DealDraft => ({
  ...emptyDealDraft(),
  title: 'Deal',
  counterpartOrg: 'Huaxin Logistics',
  tags: ['telecom'],
  ...patch,
});

const storedWorksheet = (app: ParleyApp, dealId: string): Worksheet =>
  JSON.parse(readFileSync(join(app.dataDir, 'deals', `${dealId}.json`), 'utf8')).deal.worksheet;

const tab = (page: Page, name: string): Locator => page.getByRole('tab', { name, exact: true });
const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

async function openWorksheet(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('link', { name: 'ICON worksheet' }).click();
  await expect(tab(page, 'Interests')).toBeVisible();
}

async function addRow(list: Locator, button: string, values: Record<string, string>): Promise<Locator> {
  await list.getByRole('button', { name: button }).click();
  const row = list.getByRole('group').last();
  for (const [label, value] of Object.entries(values)) {
    const field = row.getByLabel(label, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  return row;
}

test.describe('@worksheet ICON worksheet', () => {
  test('fill a complete worksheet, judge offers, undo, restart and find everything', async ({ app }) => {
    const { page } = app;
    const services = app.services();
    const past = await services.deals.create(
      draft({ title: 'Network renewal 2025', stage: 'closed', outcome: 'won', value: 1_150_000 }),
    );
    await services.deals.save({
      ...services.deals.get(past.id),
      review: { ...past.review, finalPrice: 1_120_000, closedOn: '2025-06-30' },
    });
    const deal = await services.deals.create(draft({ title: 'Network renewal 2027', value: 1_250_000 }));
    await page.reload();
    await openWorksheet(page, 'Network renewal 2027');
    const readiness = page.getByRole('meter', { name: 'Readiness' });
    await expect(readiness).toHaveAttribute('aria-valuenow', '0');

    // I – interests, reordered by keyboard and by drag.
    const ours = region(page, 'Our interests');
    await addRow(ours, 'Add interest', { Interest: 'Keep margin above 28%', Priority: '5' });
    await addRow(ours, 'Add interest', { Interest: 'Reference customer', Kind: 'relational' });
    await ours
      .getByRole('group', { name: 'our interest 2' })
      .getByLabel('Interest', { exact: true })
      .press('Alt+ArrowUp');
    await expect(
      ours.getByRole('group', { name: 'our interest 1' }).getByLabel('Interest', { exact: true }),
    ).toHaveValue('Reference customer');
    await expect(
      ours.getByRole('group', { name: 'our interest 1' }).getByLabel('Interest', { exact: true }),
    ).toBeFocused();
    await ours
      .getByRole('button', { name: 'Move our interest 2', exact: true })
      .dragTo(ours.getByRole('group', { name: 'our interest 1' }));
    await expect(
      ours.getByRole('group', { name: 'our interest 1' }).getByLabel('Interest', { exact: true }),
    ).toHaveValue('Keep margin above 28%');
    const theirs = region(page, 'Their interests');
    await addRow(theirs, 'Add interest', { Interest: 'Predictable monthly cost', Priority: '5', Source: 'stated' });
    await expect(readiness).toHaveAttribute('aria-valuenow', '20');

    // C – a criterion of our own and one from precedent.
    await tab(page, 'Criteria').click();
    await addRow(region(page, 'Objective criteria'), 'Add criterion', {
      Standard: 'List price for a 500 Mbps line',
      'Source or reference': '2026 tariff sheet',
    });
    const precedent = region(page, 'Precedent from your history');
    await expect(precedent.getByText('Network renewal 2025')).toBeVisible();
    await expect(precedent.getByText('Final price CN¥1,120,000')).toBeVisible();
    await expect(precedent.getByText('Same counterpart', { exact: true })).toBeVisible();
    await precedent.getByRole('button', { name: 'Add as criterion: Network renewal 2025' }).click();
    await expect(precedent.getByRole('button', { name: 'Added: Network renewal 2025' })).toBeDisabled();
    await expect(
      region(page, 'Objective criteria')
        .getByRole('group', { name: 'criterion 2' })
        .getByLabel('Standard', { exact: true }),
    ).toHaveValue('Network renewal 2025: agreed at CN¥1,120,000 (Jun 30, 2025)');

    // O – an option scored against their top interest.
    await tab(page, 'Options').click();
    await addRow(page.getByRole('tabpanel'), 'Add option', { Option: 'Three-year term with a price lock' });
    await page.getByLabel('Score of Three-year term with a price lock for Predictable monthly cost').selectOption('2');
    await page.getByLabel('Score of Three-year term with a price lock for Keep margin above 28%').selectOption('1');
    await expect(page.getByText('Mutual gain', { exact: true })).toBeVisible();
    await expect(page.getByText('Trade candidate', { exact: true })).toBeVisible();

    // N – a hypothetical BATNA is flagged until it is real.
    await tab(page, 'Alternatives').click();
    const ourAlternatives = region(page, 'Our alternatives');
    await addRow(ourAlternatives, 'Add alternative', {
      Alternative: 'Sell the capacity to Jinhai Group',
      Value: '1,000,000',
      Likelihood: '80',
    });
    await expect(ourAlternatives.getByText(/rests only on hypothetical alternatives/)).toBeVisible();
    await ourAlternatives.getByLabel('Status').selectOption('real');
    await expect(ourAlternatives.getByText(/rests only on hypothetical alternatives/)).toBeHidden();
    await expect(ourAlternatives.getByText('Expected value CN¥800,000')).toBeVisible();
    await addRow(region(page, 'Their alternatives (estimated)'), 'Add alternative', {
      Alternative: 'Stay with the incumbent carrier',
      Value: '1,250,000',
    });

    // Numbers – the walk-away follows the BATNA; the ZOPA shows the overlap.
    await tab(page, 'Numbers').click();
    await expect(page.getByLabel('Walk-away', { exact: true })).toHaveValue('1,000,000');
    await expect(page.getByText('Follows your BATNA')).toBeVisible();
    await page.getByLabel('Opening offer (anchor)').fill('900000');
    await expect(page.getByText(/Your opening CN¥900,000 is worse than your walk-away/)).toBeVisible();
    await page.getByLabel('Opening offer (anchor)').fill('1,380,000');
    await page.getByLabel('Target', { exact: true }).fill('1,180,000');
    await page.getByLabel('Low estimate').fill('1,080,000');
    await page.getByLabel('High estimate').fill('1,250,000');
    await expect(page.getByText('Agreement zone: CN¥1,000,000 – CN¥1,250,000')).toBeVisible();
    await expect(page.getByRole('img', { name: /ZOPA chart: Agreement zone/ })).toBeVisible();
    await expect(page.getByText('Your numbers are consistent.')).toBeVisible();

    // Plan – SPIN, an objection from the playbook, a trade and a concession plan.
    await tab(page, 'Plan').click();
    await page.getByRole('button', { name: 'Add question' }).first().click();
    await expect(page.getByLabel('Situation', { exact: true })).toBeFocused();
    await page.getByLabel('Situation', { exact: true }).fill('How many sites share the line today?');
    await page.getByRole('button', { name: 'Pick from playbook' }).click();
    const picker = page.getByRole('dialog', { name: 'Pick expected objections' });
    await picker.getByLabel('Search objections').fill('too expensive for us');
    await picker.getByRole('button', { name: 'Add: Honestly, this is too expensive for us.' }).click();
    await picker.getByRole('button', { name: 'Close' }).last().click();
    await expect(picker).toBeHidden();
    const objections = region(page, 'Expected objections');
    await expect(objections.getByLabel('Objection', { exact: true })).toHaveValue(
      'Honestly, this is too expensive for us.',
    );
    await expect(objections.getByLabel('Prepared answer')).not.toHaveValue('');
    await expect(objections.getByText('From playbook', { exact: true })).toBeVisible();
    await addRow(region(page, 'Tradeables'), 'Add trade', {
      'We give': 'Free installation',
      'We get': 'Three-year term',
    });
    const concessions = region(page, 'Concession steps');
    await concessions.getByRole('button', { name: 'Suggest three steps' }).click();
    await expect(concessions.getByRole('group')).toHaveCount(3);
    await expect(concessions.getByRole('group', { name: 'step 3' }).getByLabel('Price', { exact: true })).toHaveValue(
      '1,000,000',
    );
    const firstStep = concessions.getByRole('group', { name: 'step 1' }).getByLabel('Price', { exact: true });
    await firstStep.fill('1,250,000');
    await expect(concessions.getByText(/Step 2 gives away CN¥196,000, not less than the step before/)).toBeVisible();
    await firstStep.fill('1,200,000');
    await expect(concessions.getByText(/not less than the step before/)).toBeHidden();

    // Readiness reaches 100% and says so.
    await expect(readiness).toHaveAttribute('aria-valuenow', '100');
    await tab(page, 'Readiness').click();
    await expect(page.getByText('Ready for the meeting').first()).toBeVisible();

    // Offer check: one verdict of each kind, as the offer is typed.
    await tab(page, 'Offer check').click();
    const offer = page.getByLabel('Offer on the table');
    await offer.fill('1,210,000');
    await expect(page.getByRole('heading', { name: 'Accept' })).toBeVisible();
    await expect(page.getByText('CN¥1,210,000 reaches your target of CN¥1,180,000.')).toBeVisible();
    // Typed the way people write it, the amount is shown as the number it stands for.
    await offer.fill('110万');
    await expect(page.getByText(/Saved as .*1,100,000/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Negotiate on' })).toBeVisible();
    await expect(page.getByText(/is above your walk-away of CN¥1,000,000 but below your target/)).toBeVisible();
    await offer.fill('950,000');
    await expect(page.getByRole('heading', { name: 'Walk away' })).toBeVisible();
    await expect(page.getByText('CN¥950,000 is below your walk-away of CN¥1,000,000.')).toBeVisible();

    // Undo and redo an edit with the keyboard; undo brings the user back to where it happened.
    await tab(page, 'Interests').click();
    const margin = ours.getByRole('group', { name: 'our interest 1' }).getByLabel('Interest', { exact: true });
    await margin.fill('Keep margin above 30%');
    await tab(page, 'Numbers').click();
    await page.keyboard.press('Control+z');
    await expect(tab(page, 'Interests')).toHaveAttribute('aria-selected', 'true');
    await expect(margin).toHaveValue('Keep margin above 28%');
    await page.keyboard.press('Control+Shift+z');
    await expect(margin).toHaveValue('Keep margin above 30%');
    await page.keyboard.press('Control+z');
    await expect(margin).toHaveValue('Keep margin above 28%');
    // The Edit menu's Undo arrives in a focused field as a native undo: the worksheet's last edit
    // (here the priority) is undone, not the field's own typing.
    await margin.fill('Keep margin above 31%');
    const priority = ours.getByRole('group', { name: 'our interest 1' }).getByLabel('Priority');
    await priority.selectOption('4');
    await margin.focus();
    await margin.evaluate((element) => element.ownerDocument.execCommand('undo'));
    await expect(priority).toHaveValue('5');
    await expect(margin).toHaveValue('Keep margin above 31%');
    await page.keyboard.press('Control+z');
    await expect(margin).toHaveValue('Keep margin above 28%');
    await expect.poll(() => storedWorksheet(app, deal.id).interests[0]?.text).toBe('Keep margin above 28%');
    await expect(page.getByText('All changes saved')).toBeVisible();

    // Typed just before leaving the tab: flushed, not lost.
    await margin.fill('Keep margin above 29%');
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { name: 'Preparation' })).toBeVisible();
    await expect.poll(() => storedWorksheet(app, deal.id).interests[0]?.text).toBe('Keep margin above 29%');

    await app.restart();
    await expect(page.getByRole('heading', { name: 'Preparation' })).toBeVisible();
    await expect(page.getByRole('meter', { name: 'Readiness' }).first()).toHaveAttribute('aria-valuenow', '100');
    await page.getByRole('link', { name: 'ICON worksheet' }).click();
    await tab(page, 'Interests').click();
    await expect(
      ours.getByRole('group', { name: 'our interest 1' }).getByLabel('Interest', { exact: true }),
    ).toHaveValue('Keep margin above 29%');
    await tab(page, 'Numbers').click();
    await expect(page.getByLabel('Opening offer (anchor)')).toHaveValue('1,380,000');
    await expect(page.getByText('Agreement zone: CN¥1,000,000 – CN¥1,250,000')).toBeVisible();
    await tab(page, 'Plan').click();
    await expect(region(page, 'Expected objections').getByLabel('Objection', { exact: true })).toHaveValue(
      'Honestly, this is too expensive for us.',
    );
    await expect(region(page, 'Concession steps').getByRole('group')).toHaveCount(3);

    // The deals list shows the readiness too.
    await page.getByRole('link', { name: 'Back' }).click();
    const row = page.getByRole('row', { name: /Network renewal 2027/ });
    await expect(row.getByRole('meter', { name: 'Readiness' })).toHaveAttribute('aria-valuenow', '100');
  });

  test('a buyer sees the zone below their walk-away and verdicts the other way round', async ({ app }) => {
    const { page } = app;
    const services = app.services();
    const deal = await services.deals.create(draft({ title: 'Laptop fleet purchase', side: 'buy', value: 800_000 }));
    await services.worksheet.save(deal.id, {
      ...deal.worksheet,
      alternatives: [
        { id: 'a1', party: 'ours', description: 'Lease from Jinhai', isReal: true, value: 900_000, likelihood: 0.9 },
      ],
      numbers: {
        opening: 700_000,
        target: 780_000,
        walkAway: null,
        isWalkAwayManual: false,
        theirWalkAwayLow: 760_000,
        theirWalkAwayHigh: 820_000,
      },
    });
    await page.reload();
    await openWorksheet(page, 'Laptop fleet purchase');
    await tab(page, 'Numbers').click();
    await expect(page.getByText('We buy · a lower price is better').first()).toBeVisible();
    await expect(page.getByLabel('Walk-away', { exact: true })).toHaveValue('900,000');
    await expect(page.getByText('Agreement zone: CN¥760,000 – CN¥900,000')).toBeVisible();

    // A walk-away set by hand stops following the BATNA until the suggestion is taken again.
    await page.getByLabel('Walk-away', { exact: true }).fill('850,000');
    await expect(page.getByText('Suggested from your BATNA: CN¥900,000')).toBeVisible();
    await expect(page.getByText('Agreement zone: CN¥760,000 – CN¥850,000')).toBeVisible();
    await page.getByRole('button', { name: 'Use suggestion' }).click();
    await expect(page.getByLabel('Walk-away', { exact: true })).toHaveValue('900,000');

    await tab(page, 'Offer check').click();
    const offer = page.getByLabel('Offer on the table');
    await offer.fill('770,000');
    await expect(page.getByRole('heading', { name: 'Accept' })).toBeVisible();
    await offer.fill('950,000');
    await expect(page.getByRole('heading', { name: 'Walk away' })).toBeVisible();
    await offer.fill('abc');
    await expect(page.getByText(/Enter an amount, e\.g\. 1,200,000/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Walk away' })).toBeHidden();
  });
});
