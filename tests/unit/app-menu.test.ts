// The application menu: the usual menus and shortcuts, commands the renderer knows, words in both languages.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@shared/domain/settings';
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc/contract';
import { buildMenuTemplate } from '../../src-main/menu/app-menu';
import { menuLabels } from '../../src-main/menu/menu-labels';

type Item = MenuItemConstructorOptions;

function build(isMac: boolean, language: Language = 'en', isDevelopment = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const showDataFolder = vi.fn();
  const template = buildMenuTemplate(menuLabels(language), { send, showDataFolder, isMac, isDevelopment });
  return { template, send, showDataFolder };
}

const itemsOf = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? itemsOf(item.submenu) : [])]);
const find = (items: Item[], label: string): Item | undefined => itemsOf(items).find((item) => item.label === label);
function click(item: Item | undefined): void {
  if (!item?.click) expect.fail(`${item?.label} has no click`);
  (item.click as () => void)();
}

describe.each([false, true])('the app menu (macOS: %s)', (isMac) => {
  it('has File, Edit, Go, View and Help', () => {
    const { template } = build(isMac);
    const top = template.map((item) => item.label);
    expect(top).toEqual([...(isMac ? ['Parley'] : []), 'File', 'Edit', 'Go', 'View', 'Help']);
    expect(template.find((item) => item.label === 'Edit')?.role).toBe('editMenu');
    expect(template.find((item) => item.label === 'Help')?.role).toBe('help');
    const view = itemsOf(template.find((item) => item.label === 'View')?.submenu as Item[]).map((item) => item.role);
    expect(view).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('offers DevTools only in a development run', () => {
    const roles = (template: Item[]): unknown[] => itemsOf(template).map((item) => item.role);
    expect(roles(build(isMac).template)).not.toContain('toggleDevTools');
    expect(roles(build(isMac, 'en', true).template)).toContain('toggleDevTools');
  });

  it('makes a new deal with CmdOrCtrl+N', () => {
    const { template, send } = build(isMac);
    const newDeal = find(template.find((item) => item.label === 'File')?.submenu as Item[], 'New Deal');
    expect(newDeal?.accelerator).toBe('CmdOrCtrl+N');
    click(newDeal);
    expect(send).toHaveBeenCalledWith('new-deal');
  });

  it('opens Settings with the platform shortcut, once', () => {
    const { template, send } = build(isMac);
    const settings = itemsOf(template).filter((item) => item.label === 'Settings…');
    expect(settings).toHaveLength(1);
    expect(settings[0]?.accelerator).toBe(isMac ? 'Cmd+,' : 'Ctrl+,');
    click(settings[0]);
    expect(send).toHaveBeenCalledWith('open-settings');
  });

  it('shows the privacy screen shortcut the page handles itself (so it never fires twice)', () => {
    const { template, send } = build(isMac);
    const privacy = find(template.find((item) => item.label === 'View')?.submenu as Item[], 'Privacy Screen');
    expect(privacy?.accelerator).toBe('CmdOrCtrl+Shift+H');
    expect(privacy?.registerAccelerator).toBe(false);
    click(privacy);
    expect(send).toHaveBeenCalledWith('toggle-privacy');
  });

  it('quits, once', () => {
    const quit = itemsOf(build(isMac).template).filter((item) => item.role === 'quit');
    expect(quit).toHaveLength(1);
    expect(quit[0]?.label).toBe('Quit Parley');
  });

  it('sends only commands the renderer knows, reaches each of them, and shows the data folder', () => {
    const { template, send, showDataFolder } = build(isMac);
    for (const item of itemsOf(template)) if (item.click && !item.role) click(item);
    const sent = send.mock.calls.map(([command]) => command);
    expect([...new Set(sent)].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(showDataFolder).toHaveBeenCalledTimes(1);
  });

  it('uses each shortcut once', () => {
    const accelerators = itemsOf(build(isMac).template).flatMap((item) => item.accelerator ?? []);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('the menu words', () => {
  it('exist in English and Chinese, translated and not empty', () => {
    const en = menuLabels('en');
    const zh = menuLabels('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key], key).not.toBe(en[key]);
      expect(zh[key], key).toMatch(/\p{Script=Han}/u);
    }
  });

  it('build the Chinese menu', () => {
    const { template } = build(false, 'zh-CN');
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '前往', '视图', '帮助']);
    expect(find(template, '新建商机')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, '设置…')).toBeDefined();
  });
});
