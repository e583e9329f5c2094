// Words of the Settings screen.
import { defineTexts } from '../../i18n/define-texts';

export const settingsTexts = defineTexts(
  {
    title: 'Settings',
    language: 'Language',
    languageHint: 'The language of every screen. Prep sheets can be exported in either language.',
    languages: { system: 'Same as the system', en: 'English', 'zh-CN': '简体中文' },
    theme: 'Appearance',
    themes: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
    data: 'Your data',
    dataHint: 'Everything is stored on this computer, one file per deal, in:',
    version: 'Version {{version}}',
    saved: 'Settings saved',
  },
  {
    title: '设置',
    language: '语言',
    languageHint: '所有界面的显示语言。谈判准备单可单独选择中文或英文导出。',
    languages: { system: '跟随系统', en: 'English', 'zh-CN': '简体中文' },
    theme: '外观',
    themes: { system: '跟随系统', light: '浅色', dark: '深色' },
    data: '你的数据',
    dataHint: '所有数据都保存在本机，每个商机一个文件，位置：',
    version: '版本 {{version}}',
    saved: '设置已保存',
  },
);
