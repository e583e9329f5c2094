// The prep sheet tab's states: the request it sends, progress while exporting, success, cancel and failure.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deal } from '@shared/domain/deal';
import { createDeal, emptyDealDraft } from '@shared/domain/deal-factory';
import type { PrepSheetExportResult } from '@shared/domain/prep-sheet/types';
import type { IpcResult } from '@shared/ipc/result';
import { PrepSheetTab } from '../../src-renderer/features/export/PrepSheetTab';
import i18next from 'i18next';
import { initI18n } from '../../src-renderer/i18n';
import { ToastProvider } from '../../src-renderer/ui/Toasts';

const deal: Deal = createDeal({ ...emptyDealDraft(), title: 'Renewal' }, 'deal-1', new Date('2026-03-01T09:00:00Z'));

/** A backend whose export answer the test releases by hand. */
function fakeBackend() {
  let release: (result: IpcResult<PrepSheetExportResult>) => void = () => undefined;
  const calls: { channel: string; input: unknown }[] = [];
  const api = new Proxy(
    {},
    {
      get:
        (_target, channel: string) =>
        (input: unknown): Promise<IpcResult<unknown>> => {
          calls.push({ channel, input });
          if (channel === 'export:prep-sheet') return new Promise((resolve) => (release = resolve));
          return Promise.resolve({ ok: true, value: { html: '<p>sheet</p>', withheldMentions: 2 } });
        },
    },
  );
  Object.defineProperty(window, 'parley', { value: api, configurable: true });
  return { calls, release: (result: IpcResult<PrepSheetExportResult>) => act(() => release(result)) };
}

beforeAll(async () => {
  // Tells React that updates are awaited with act(), as the released export answers are.
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  await initI18n('en');
  // Feature words load lazily in the app; load them before rendering outside Suspense.
  await i18next.loadNamespaces(['export']);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
});
afterEach(cleanup);

const renderTab = () =>
  render(
    <ToastProvider>
      <PrepSheetTab deal={deal} />
    </ToastProvider>,
  );

describe('PrepSheetTab', () => {
  it('previews the chosen options and lists what the sharing copy leaves out', async () => {
    const backend = fakeBackend();
    renderTab();
    expect(await screen.findByTitle('Prep sheet preview')).toHaveAttribute('sandbox', '');
    await userEvent.click(screen.getByRole('radio', { name: '中文' }));
    await userEvent.click(screen.getByRole('radio', { name: /Sharing copy/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'A4' }));
    expect(backend.calls.at(-1)).toEqual({
      channel: 'export:prep-sheet-preview',
      input: { dealId: 'deal-1', language: 'zh-CN', variant: 'sharing', paper: 'a4' },
    });
    expect(await screen.findByText(/2 passages you typed would give a secret figure away/)).toBeVisible();
    const note = screen.getByRole('note', { name: 'This copy leaves out' });
    expect(note).toHaveTextContent('your walk-away and the zone of agreement');
    expect(note).toHaveTextContent('within 5 % of your walk-away or BATNA');
    await userEvent.click(screen.getByRole('radio', { name: /^Full/ }));
    expect(screen.queryByRole('note', { name: 'This copy leaves out' })).toBeNull();
  });

  it('shows progress while exporting, then where the file went', async () => {
    const backend = fakeBackend();
    renderTab();
    await userEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(screen.getByText('Creating the PDF…')).toBeVisible();
    for (const name of ['Export PDF', 'Export Markdown', 'Print']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
    await backend.release({ ok: true, value: { status: 'saved', path: '/tmp/renewal.pdf', format: 'pdf' } });
    expect(screen.getAllByText('PDF saved to /tmp/renewal.pdf')).toHaveLength(2); // the panel and the toast
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  });

  it('says so when the dialog is cancelled, and shows a failure as an alert', async () => {
    const backend = fakeBackend();
    renderTab();
    await userEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await backend.release({ ok: true, value: { status: 'cancelled' } });
    expect(screen.getByText('Cancelled. Nothing was saved.')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    await backend.release({
      ok: false,
      error: { code: 'storage-failed', message: 'Could not save to disk (EACCES).' },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Could not export: Could not save to disk (EACCES).');
  });
});
