// The debrief's objection search by keyboard: Enter keeps the user's words, arrows reach recent and playbook lines.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DebriefOptions } from '@shared/domain/history/records';
import { ObjectionCombobox } from '../../src-renderer/features/history/ObjectionCombobox';
import i18next from 'i18next';
import { initI18n } from '../../src-renderer/i18n';

const options: DebriefOptions = {
  cards: [
    {
      id: 'too-expensive',
      line: { en: 'Your price is too expensive.', zh: '你们的价格太贵了。' },
      type: 'price',
      natures: ['hidden', 'true'],
      techniqueIds: ['comparison'],
    },
    {
      id: 'not-my-call',
      line: { en: 'It is not my decision.', zh: '这事我定不了。' },
      type: 'authority',
      natures: ['true'],
      techniqueIds: [],
    },
  ],
  techniques: [],
  signals: [],
  methods: [],
  recent: {
    objections: [{ cardId: null, text: 'Expensive compared with last year', type: 'budget', nature: 'false' }],
    techniqueIds: [],
    signalIds: [],
    methodIds: [],
  },
};

beforeAll(async () => {
  await initI18n('en');
  // Feature words load lazily in the app; load them before rendering outside Suspense.
  await i18next.loadNamespaces(['history']);
});
afterEach(cleanup);

describe('ObjectionCombobox', () => {
  it('adds what was typed on Enter, and a recent or playbook line chosen with the arrows', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<ObjectionCombobox options={options} onAdd={onAdd} isFocused />);
    const input = screen.getByRole('combobox', { name: 'Add an objection' });
    expect(input).toHaveFocus();

    await user.type(input, 'We need a cheaper model{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith({
      cardId: null,
      text: 'We need a cheaper model',
      type: 'price',
      nature: 'true',
    });
    expect(input).toHaveValue('');
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();

    await user.type(input, 'expensive');
    const labels = screen.getAllByRole('option').map((option) => option.textContent);
    expect(labels).toEqual([
      'Add “expensive” as said',
      'Expensive compared with last yearBudget',
      'Your price is too expensive.Price',
    ]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith({
      cardId: null,
      text: 'Expensive compared with last year',
      type: 'budget',
      nature: 'false',
    });

    await user.type(input, 'decision');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith({
      cardId: 'not-my-call',
      text: 'It is not my decision.',
      type: 'authority',
      nature: 'true',
    });

    await user.type(input, 'x');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(onAdd).toHaveBeenCalledTimes(3);
  });
});
