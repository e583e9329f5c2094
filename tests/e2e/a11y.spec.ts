// @a11y: axe-core on every screen, the main dialogs and running states, in both languages and both themes,
// plus the contrast of SVG chart text (which axe does not check).
import { lowContrastSvgText, seriousAxeViolations } from './axe';
import { dealsTexts } from '../../src-renderer/features/deals/deals.i18n';
import { historyTexts } from '../../src-renderer/features/history/history.i18n';
import { rehearsalTexts } from '../../src-renderer/features/rehearsal/rehearsal.i18n';
import { worksheetTexts } from '../../src-renderer/features/worksheet/worksheet.i18n';
import { commonTexts } from '../../src-renderer/i18n/common.i18n';
import { expect, test, type ParleyApp } from './fixtures';
import { firstSampleDeal, screenHashes, waitUntilSettled } from './screens';

type Look = { language: 'en' | 'zh-CN'; theme: 'light' | 'dark' };

const LOOKS: Look[] = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'zh-CN', theme: 'light' },
  { language: 'zh-CN', theme: 'dark' },
];

async function expectAccessible(app: ParleyApp, where: string): Promise<void> {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await waitUntilSettled(page);
  expect.soft(await seriousAxeViolations(page), where).toEqual([]);
  expect.soft(await lowContrastSvgText(page), `${where}: SVG text`).toEqual([]);
}

async function visit(app: ParleyApp, hash: string, look: Look): Promise<void> {
  await app.page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await expectAccessible(app, `${hash} (${look.language}, ${look.theme})`);
}

/** A dialog or a running state: checked once it is on screen. */
async function expectStateAccessible(
  app: ParleyApp,
  where: string,
  look: Look,
  { isTicking = false } = {},
): Promise<void> {
  // A running clock changes the screen every second; it is checked as soon as it shows.
  if (!isTicking) await waitUntilSettled(app.page);
  const name = `${where} (${look.language}, ${look.theme})`;
  expect.soft(await seriousAxeViolations(app.page), name).toEqual([]);
  expect.soft(await lowContrastSvgText(app.page), `${name}: SVG text`).toEqual([]);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function scanStates(app: ParleyApp, id: string, look: Look): Promise<void> {
  const { page } = app;
  const lang = look.language;
  const deals = dealsTexts[lang];
  const history = historyTexts[lang];
  const rehearsal = rehearsalTexts[lang];

  await page.evaluate(`window.location.hash = '#/deals/${id}/worksheet'`);
  const sections = page.getByRole('tablist', { name: worksheetTexts[lang].sectionsLabel }).getByRole('tab');
  await expect(sections.first()).toBeVisible();
  for (let index = 0; index < (await sections.count()); index++) {
    await sections.nth(index).click();
    await expectStateAccessible(app, `worksheet section ${index + 1}`, look);
  }

  await page.getByRole('button', { name: commonTexts[lang].actions.delete, exact: true }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectStateAccessible(app, 'delete dialog', look);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: deals.detail.tabs.meetings }).click();
  await page.getByRole('button', { name: history.debrief.log }).first().click();
  await expectStateAccessible(app, 'meeting editor', look);

  await page.evaluate(`window.location.hash = '#/history'`);
  await page.getByRole('button', { name: history.actions.importCsv }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectStateAccessible(app, 'import dialog', look);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: history.chart.asTable, exact: true }).nth(1).click();
  const [before = '', after = ''] = history.chart.showDealsFor.split('{{label}}');
  await page
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`) })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectStateAccessible(app, 'drill-down dialog', look);
  await page.keyboard.press('Escape');

  await page.evaluate(`window.location.hash = '#/rehearse/deal/${id}'`);
  await page.getByRole('button', { name: rehearsal.setup.start }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expectStateAccessible(app, 'rehearsal card running', look, { isTicking: true });
  await page.getByRole('button', { name: rehearsal.card.reveal }).click();
  await expect(page.getByRole('heading', { name: rehearsal.reveal.autoTitle })).toBeVisible();
  await expectStateAccessible(app, 'rehearsal card revealed', look);
}

test.describe('@a11y', () => {
  for (const look of LOOKS) {
    test(`every screen in ${look.language}, ${look.theme} theme`, async ({ app }) => {
      test.setTimeout(180_000);
      await app.services().settings.update({ language: look.language, theme: look.theme });
      const id = await firstSampleDeal(app);
      await app.page.reload();
      for (const hash of screenHashes(id)) await visit(app, hash, look);
      await scanStates(app, id, look);
    });
  }

  test('the prep sheet page (also the PDF) in both languages', async ({ app, browser }) => {
    const dealId = decodeURIComponent(await firstSampleDeal(app));
    const sheet = await browser.newPage();
    try {
      for (const language of ['en', 'zh-CN'] as const) {
        const { html } = await app.services().export.preview({ dealId, language, variant: 'full', paper: 'a4' });
        await sheet.setContent(html);
        expect.soft(await seriousAxeViolations(sheet), `prep sheet (${language})`).toEqual([]);
        expect.soft(await lowContrastSvgText(sheet), `prep sheet (${language}): SVG text`).toEqual([]);
      }
    } finally {
      await sheet.close();
    }
  });
});
