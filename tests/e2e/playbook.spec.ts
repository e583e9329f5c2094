// @playbook: bilingual search, a custom objection that survives a restart, and hiding, editing and resetting a built-in.
import { OBJECTION_CARDS } from '../../src-shared/playbook/objection-cards';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const tooExpensive = OBJECTION_CARDS.filter((card) => card.situation === 'too-expensive');

const openPlaybook = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: /^(Playbook|话术库)$/ }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
};

const options = (page: Page) => page.getByRole('listbox').getByRole('option');

test.describe('@playbook', () => {
  test('search finds the too-expensive cards in English and Chinese, whatever the UI language', async ({ app }) => {
    const { page } = app;
    await openPlaybook(page);
    const search = page.getByRole('searchbox', { name: 'Search the playbook' });

    for (const query of ['expensive', '太贵']) {
      await search.fill(query);
      // Hits in what the customer says come first: the too-expensive cards lead the list.
      for (const [index, card] of tooExpensive.entries())
        await expect(options(page).nth(index)).toContainText(card.line.en);
    }

    // Keyboard: from the search box down into the list, then through it.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(
      page.getByRole('heading', { level: 2, name: tooExpensive[1]?.line.en ?? 'missing card' }),
    ).toBeVisible();
    await page.keyboard.press('Control+f');
    await expect(search).toBeFocused();

    await search.fill('expensive 不存在的词');
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(search).toHaveValue('');

    await app.services().settings.update({ language: 'zh-CN' });
    await page.reload();
    await expect(page.getByRole('heading', { name: '话术库' })).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: '搜索话术库' })).toBeFocused();
    await page.keyboard.type('expensive');
    for (const [index, card] of tooExpensive.entries())
      await expect(options(page).nth(index)).toContainText(card.line.zh);
    await options(page).first().click();
    await expect(
      page.getByRole('heading', { level: 2, name: tooExpensive[0]?.line.zh ?? 'missing card' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: '应避免的误区' })).toBeVisible();
  });

  test('a custom objection is kept after a restart, findable, and used like a built-in', async ({ app }) => {
    const { page } = app;
    await openPlaybook(page);
    await page.getByRole('button', { name: 'New objection' }).click();
    const form = page.getByRole('form', { name: 'New objection' });
    await form.getByRole('button', { name: 'Add to playbook' }).click();
    await expect(form.getByText('Fix the 4 highlighted fields before saving.')).toBeVisible();
    await expect(form.getByLabel('What the customer says')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('Add at least one technique')).toBeVisible();

    await form.getByLabel('What the customer says').fill('Our auditors will never sign off on a five-year term.');
    await form.getByLabel('Objection type').selectOption({ label: 'Authority objection' });
    await form.getByRole('checkbox', { name: 'True objection' }).uncheck();
    await form.getByRole('checkbox', { name: 'Hidden objection' }).check();
    await form.getByRole('combobox', { name: 'Add a technique…' }).selectOption({ label: 'Inquiry (ask why)' });
    await form.getByRole('combobox', { name: 'Add a technique…' }).selectOption({ label: 'Echo' });
    await form
      .getByRole('textbox', { name: 'Answer 1' })
      .fill('Which clause worries them most? Let us read it together.');
    await form.getByLabel('Trap to avoid').fill('Going over the auditors’ heads to their boss.');
    await page.keyboard.press('Control+s');

    const line = page.getByRole('heading', { level: 2, name: 'Our auditors will never sign off on a five-year term.' });
    await expect(line).toBeVisible();
    await expect(page.getByRole('article').getByText('Custom', { exact: true })).toBeVisible();
    await expect(page.getByRole('article').getByRole('button', { name: 'Inquiry (ask why)' })).toBeVisible();

    await app.restart();
    await openPlaybook(page);
    await page.getByRole('searchbox', { name: 'Search the playbook' }).fill('auditors five-year');
    await expect(options(page)).toHaveCount(1);
    await expect(options(page).first()).toContainText('Custom');
    await options(page).first().click();
    await expect(line).toBeVisible();
    await expect(page.getByText('Which clause worries them most?')).toBeVisible();

    // The rest of Parley reads the same effective playbook.
    const custom = app
      .services()
      .playbook.cards()
      .find((card) => card.line.en.startsWith('Our auditors'));
    expect(custom).toMatchObject({ type: 'authority', natures: ['hidden'], techniqueIds: ['inquiry', 'echo'] });
    expect(custom?.line.zh).toBe(custom?.line.en);
  });

  test('hide a built-in, show it again by resetting it; an added answer is undone by reset too', async ({ app }) => {
    const { page } = app;
    const card = tooExpensive[0];
    if (!card) throw new Error('no too-expensive card');
    await openPlaybook(page);
    await page.getByRole('searchbox', { name: 'Search the playbook' }).fill('expensive');
    await options(page).filter({ hasText: card.line.en }).click();

    await page.getByRole('button', { name: 'Add your answer' }).click();
    await page.getByLabel('Your answer').fill('What would make the price feel right to you?');
    await page.getByRole('button', { name: 'Add answer' }).click();
    await expect(page.getByText('What would make the price feel right to you?')).toBeVisible();
    await expect(options(page).filter({ hasText: card.line.en })).toContainText('Edited');

    await page.getByRole('button', { name: 'Hide' }).click();
    await expect(options(page).filter({ hasText: card.line.en })).toHaveCount(0);
    expect(
      app
        .services()
        .playbook.cards()
        .map((entry) => entry.id),
    ).not.toContain(card.id);

    await page.getByLabel('Show hidden (1)').check();
    const hidden = options(page).filter({ hasText: card.line.en });
    await expect(hidden).toContainText('Hidden');
    await hidden.click();
    await page.getByRole('button', { name: 'Reset to original' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reset to original' }).click();
    await expect(page.getByText('Back to the original')).toBeVisible();

    const restored = options(page).filter({ hasText: card.line.en });
    await expect(restored).not.toContainText('Hidden');
    await expect(restored).not.toContainText('Edited');
    await expect(page.getByText('What would make the price feel right to you?')).toHaveCount(0);
    await expect(page.getByLabel('Show hidden (0)')).toBeVisible();
    expect(
      app
        .services()
        .playbook.cards()
        .find((entry) => entry.id === card.id),
    ).toEqual(card);
  });
});
