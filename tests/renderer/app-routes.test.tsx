// Hash routes and keyboard shortcuts of the app shell: pure functions, checked without rendering anything.
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '@shared/ipc/contract';
import { DEAL_TABS, parseRoute, routeHref, sectionOf, type Route } from '../../src-renderer/app/routes';
import { commandForKey } from '../../src-renderer/app/use-app-commands';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'deals' },
    { name: 'deal-new' },
    ...DEAL_TABS.map((tab): Route => ({ name: 'deal', id: 'deal-1', tab })),
    { name: 'deal-edit', id: 'deal-1' },
    { name: 'deal', id: 'id with spaces/and#hash?', tab: 'meetings' },
    { name: 'deal-edit', id: '商机-7' },
    { name: 'rehearse' },
    { name: 'history' },
    { name: 'playbook' },
    { name: 'settings' },
  ];

  it('format and parse back every screen', () => {
    for (const route of routes) expect(parseRoute(routeHref(route)), routeHref(route)).toEqual(route);
  });

  it('read hashes with or without the slash, and trailing slashes', () => {
    expect(parseRoute('#settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/deals/abc/')).toEqual({ name: 'deal', id: 'abc', tab: 'overview' });
    expect(parseRoute('#/deals/abc/worksheet')).toEqual({ name: 'deal', id: 'abc', tab: 'worksheet' });
  });

  it('fall back to the deals list or the overview tab for anything unknown', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/constructor', '#/__proto__/x']) {
      expect(parseRoute(hash), hash).toEqual({ name: 'deals' });
    }
    expect(parseRoute('#/deals/abc/no-such-tab')).toEqual({ name: 'deal', id: 'abc', tab: 'overview' });
  });

  it('survive a hash with a broken %-escape', () => {
    expect(() => parseRoute('#/deals/%E0%A4%A')).not.toThrow();
    expect(parseRoute('#/deals/%E0%A4%A')).toEqual({ name: 'deal', id: '%E0%A4%A', tab: 'overview' });
    expect(parseRoute('#/%zz')).toEqual({ name: 'deals' });
  });

  it('map each screen to its sidebar section', () => {
    expect(routes.map(sectionOf)).toEqual([
      'deals',
      'deals',
      ...DEAL_TABS.map(() => 'deals'),
      'deals',
      'deals',
      'deals',
      'rehearse',
      'history',
      'playbook',
      'settings',
    ]);
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>) =>
    commandForKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

  it('answer Ctrl on Windows and Linux and Cmd on macOS', () => {
    for (const modifier of ['ctrlKey', 'metaKey'] as const) {
      expect(press('n', { [modifier]: true })).toBe('new-deal');
      expect(press('N', { [modifier]: true })).toBe('new-deal');
      expect(press(',', { [modifier]: true })).toBe('open-settings');
      expect(['1', '2', '3', '4'].map((key) => press(key, { [modifier]: true }))).toEqual([
        'go-deals',
        'go-rehearse',
        'go-history',
        'go-playbook',
      ]);
    }
  });

  it('toggle the privacy screen with Ctrl+Shift+H or Cmd+Shift+H', () => {
    expect(press('H', { ctrlKey: true, shiftKey: true })).toBe('toggle-privacy');
    expect(press('h', { metaKey: true, shiftKey: true })).toBe('toggle-privacy');
    expect(press('h', { ctrlKey: true })).toBeNull();
  });

  it('reach every menu command', () => {
    const keys = ['n', ',', '1', '2', '3', '4'].map((key) => press(key, { ctrlKey: true }));
    keys.push(press('H', { ctrlKey: true, shiftKey: true }));
    expect([...keys].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('leave plain typing, Shift and Alt combinations and other keys alone', () => {
    expect(press('n', {})).toBeNull();
    expect(press('n', { shiftKey: true })).toBeNull();
    expect(press('n', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(press('h', { shiftKey: true })).toBeNull();
    expect(press('h', { ctrlKey: true, shiftKey: true, altKey: true })).toBeNull();
    expect(press('n', { ctrlKey: true, altKey: true })).toBeNull();
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('5', { metaKey: true })).toBeNull();
    expect(press('Enter', { ctrlKey: true })).toBeNull();
  });
});
