// The app menu's words in both languages (the menu lives in the main process, outside the renderer's i18n).
import type { Language } from '@shared/domain/settings';

const EN = {
  file: 'File',
  newDeal: 'New Deal',
  settings: 'Settings…',
  quit: 'Quit Parley',
  edit: 'Edit',
  view: 'View',
  go: 'Go',
  deals: 'Deals',
  rehearse: 'Rehearse',
  history: 'History',
  playbook: 'Playbook',
  help: 'Help',
  about: 'About Parley',
  dataFolder: 'Show Data Folder',
  privacyScreen: 'Privacy Screen',
};

export type MenuLabels = typeof EN;

const ZH: MenuLabels = {
  file: '文件',
  newDeal: '新建商机',
  settings: '设置…',
  quit: '退出 Parley',
  edit: '编辑',
  view: '视图',
  go: '前往',
  deals: '商机',
  rehearse: '演练',
  history: '复盘',
  playbook: '话术库',
  help: '帮助',
  about: '关于 Parley',
  dataFolder: '打开数据文件夹',
  privacyScreen: '隐私屏幕',
};

export const menuLabels = (language: Language): MenuLabels => (language === 'zh-CN' ? ZH : EN);
