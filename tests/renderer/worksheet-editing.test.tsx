import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deal } from '@shared/domain/deal';
import { createDeal, emptyDealDraft } from '@shared/domain/deal-factory';
import type { Worksheet } from '@shared/domain/worksheet-types';
import type { ParleyApi } from '@shared/ipc/contract';
import { Autosaver, type SaveState } from '../../src-renderer/features/worksheet/autosaver';
import { WorksheetEditor } from '../../src-renderer/features/worksheet/WorksheetEditor';
import {
  canRedo,
  canUndo,
  createHistory,
  GROUP_WINDOW_MS,
  historyReducer,
  type History,
} from '../../src-renderer/features/worksheet/worksheet-history';
import i18next from 'i18next';
import { initI18n } from '../../src-renderer/i18n';

type Doc = { title: string; body: string };
const set =
  (patch: Partial<Doc>) =>
  (doc: Doc): Doc => ({ ...doc, ...patch });
const edit = (state: History<Doc>, patch: Partial<Doc>, group: string | null, at: number, tag = 'a') =>
  historyReducer(state, { type: 'edit', recipe: set(patch), group, tag, at });

describe('worksheet history', () => {
  const start = createHistory<Doc>({ title: '', body: '' });

  it('undoes and redoes edits in order, and a new edit clears what could be redone', () => {
    let state = edit(start, { title: 'A' }, null, 0);
    state = edit(state, { body: 'B' }, null, 10);
    expect(canUndo(state)).toBe(true);
    state = historyReducer(state, { type: 'undo' });
    expect(state.present.value).toEqual({ title: 'A', body: '' });
    state = historyReducer(state, { type: 'undo' });
    expect(state.present.value).toEqual({ title: '', body: '' });
    expect(canUndo(state)).toBe(false);
    expect(historyReducer(state, { type: 'undo' })).toBe(state);
    state = historyReducer(state, { type: 'redo' });
    expect(state.present.value).toEqual({ title: 'A', body: '' });
    expect(canRedo(state)).toBe(true);
    state = edit(state, { title: 'C' }, null, 20);
    expect(canRedo(state)).toBe(false);
    expect(historyReducer(state, { type: 'redo' })).toBe(state);
  });

  it('merges quick edits of one field into one step, but not edits of another field or after a pause', () => {
    let state = edit(start, { title: 'N' }, 'title', 0);
    state = edit(state, { title: 'Ne' }, 'title', 200);
    state = edit(state, { title: 'New' }, 'title', 400);
    expect(state.past).toHaveLength(1);
    state = edit(state, { body: 'x' }, 'body', 500);
    state = edit(state, { title: 'New!' }, 'title', 600);
    state = edit(state, { title: 'New!!' }, 'title', 600 + GROUP_WINDOW_MS + 1);
    expect(state.past.map((entry) => entry.value.title)).toEqual(['', 'New', 'New', 'New!']);
    state = historyReducer(state, { type: 'undo' });
    state = historyReducer(state, { type: 'undo' });
    expect(state.present.value).toEqual({ title: 'New', body: 'x' });
  });

  it('starts a new step after an undo even within the group window', () => {
    let state = edit(start, { title: 'A' }, 'title', 0);
    state = historyReducer(state, { type: 'undo' });
    state = edit(state, { title: 'B' }, 'title', 100);
    expect(state.past).toHaveLength(1);
    expect(historyReducer(state, { type: 'undo' }).present.value.title).toBe('');
  });

  it('ignores an edit that changes nothing and remembers where each change was made', () => {
    const same = historyReducer(start, { type: 'edit', recipe: (doc) => doc, group: null, tag: 'x', at: 0 });
    expect(same).toBe(start);
    const state = edit(start, { title: 'A' }, null, 0, 'numbers');
    expect(state.present.tag).toBe('numbers');
    expect(historyReducer(state, { type: 'undo' }).future[0]?.tag).toBe('numbers');
  });
});

describe('autosaver', () => {
  it('saves a burst once after the pause, then reports saved', async () => {
    vi.useFakeTimers();
    const saves: string[] = [];
    const states: SaveState[] = [];
    const saver = new Autosaver<string>(
      '',
      async (value) => void saves.push(value),
      (s) => states.push(s),
      500,
    );
    for (const value of ['a', 'ab', 'abc']) {
      saver.change(value);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toEqual(['abc']);
    expect(states.at(-1)).toBe('saved');
    saver.change('');
    expect(states.at(-1)).toBe('pending');
    saver.change('abc');
    expect(states.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('flushes at once, follows a save under way with the newest value, and retries after a failure', async () => {
    let fail = true;
    const saves: string[] = [];
    let release: () => void = () => undefined;
    const states: SaveState[] = [];
    const saver = new Autosaver<string>(
      '',
      (value) =>
        new Promise<void>((resolve, reject) => {
          saves.push(value);
          if (fail) reject(new Error('disk full'));
          else release = resolve;
        }),
      (s) => states.push(s),
      10_000,
    );
    saver.change('one');
    saver.flush();
    await Promise.resolve();
    expect(states.at(-1)).toBe('failed');
    fail = false;
    saver.flush();
    expect(states.at(-1)).toBe('saving');
    saver.change('two');
    saver.flush();
    expect(saves).toEqual(['one', 'one']);
    release();
    await vi.waitFor(() => expect(saves).toEqual(['one', 'one', 'two']));
    release();
    await vi.waitFor(() => expect(states.at(-1)).toBe('saved'));
  });
});

describe('worksheet editor', () => {
  beforeAll(async () => {
    await initI18n('en');
    // Feature words load lazily in the app; load them before rendering outside Suspense.
    await i18next.loadNamespaces(['worksheet']);
  });
  afterEach(cleanup);

  const renderEditor = () => {
    const saved: Worksheet[] = [];
    const api: Partial<ParleyApi> = {
      'worksheet:save': async ({ dealId, worksheet }) => {
        saved.push(worksheet);
        return { ok: true, value: { dealId, updatedAt: new Date().toISOString() } };
      },
      'worksheet:precedents': async () => ({ ok: true, value: [] }),
    };
    window.parley = api as ParleyApi;
    const deal: Deal = createDeal(
      { ...emptyDealDraft(), title: 'Renewal', counterpartOrg: 'Huaxin' },
      'd1',
      new Date(),
    );
    const onSaved = vi.fn();
    const view = render(<WorksheetEditor deal={deal} onSaved={onSaved} />);
    return { saved, onSaved, view };
  };

  it('undoes typing with Ctrl+Z and redoes it with Ctrl+Y and Ctrl+Shift+Z, saving each state', async () => {
    const user = userEvent.setup();
    const { saved, onSaved } = renderEditor();
    const ours = screen.getByRole('region', { name: 'Our interests' });
    await user.click(within(ours).getByRole('button', { name: 'Add interest' }));
    const field = within(ours).getByRole('textbox', { name: 'Interest' });
    expect(field).toHaveFocus();
    await user.type(field, 'Margin');
    await waitFor(() => expect(saved.at(-1)?.interests[0]?.text).toBe('Margin'));
    expect(onSaved).toHaveBeenCalled();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();

    // Typing is one step, adding the row another.
    await user.keyboard('{Control>}z{/Control}');
    expect(field).toHaveValue('');
    await user.keyboard('{Control>}y{/Control}');
    expect(field).toHaveValue('Margin');
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}z{/Control}');
    expect(within(ours).queryByRole('textbox', { name: 'Interest' })).toBeNull();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(within(ours).getByRole('textbox', { name: 'Interest' })).toHaveValue('Margin');
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });

  it('saves what was typed when the editor closes before the pause', async () => {
    const { saved, view } = renderEditor();
    const ours = screen.getByRole('region', { name: 'Our interests' });
    fireEvent.click(within(ours).getByRole('button', { name: 'Add interest' }));
    fireEvent.change(within(ours).getByRole('textbox', { name: 'Interest' }), { target: { value: 'Uptime' } });
    expect(saved).toEqual([]);
    act(() => view.unmount());
    await waitFor(() => expect(saved.at(-1)?.interests[0]?.text).toBe('Uptime'));
  });

  it('moves an interest with Alt+ArrowUp and keeps the focus on it', async () => {
    const user = userEvent.setup();
    renderEditor();
    const ours = screen.getByRole('region', { name: 'Our interests' });
    await user.click(within(ours).getByRole('button', { name: 'Add interest' }));
    await user.keyboard('First');
    await user.click(within(ours).getByRole('button', { name: 'Add interest' }));
    await user.keyboard('Second{Alt>}{ArrowUp}{/Alt}');
    const fields = within(ours).getAllByRole('textbox', { name: 'Interest' });
    expect(fields.map((input) => (input as HTMLInputElement).value)).toEqual(['Second', 'First']);
    expect(fields[0]).toHaveFocus();
    expect(screen.getByText('Moved to position 1 of 2')).toBeInTheDocument();
  });
});
