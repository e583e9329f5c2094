// Every namespace of the UI, in both languages: the first screen's words bundled, each feature's loaded with it.
import type { Language } from '@shared/domain/settings';
import type { careTexts } from '../features/care/care.i18n';
import { dealsTexts } from '../features/deals/deals.i18n';
import type { exportTexts } from '../features/export/export.i18n';
import type { historyTexts } from '../features/history/history.i18n';
import type { playbookTexts } from '../features/playbook/playbook.i18n';
import type { rehearsalTexts } from '../features/rehearsal/rehearsal.i18n';
import { settingsTexts } from '../features/settings/settings.i18n';
import type { worksheetTexts } from '../features/worksheet/worksheet.i18n';
import { commonTexts } from './common.i18n';

type Texts = Record<Language, object>;

const bundled = {
  common: commonTexts,
  deals: dealsTexts,
  settings: settingsTexts,
};

/** Loaded on first use (react-i18next suspends until then), so they stay out of the initial bundle. */
export const lazyNamespaces: Record<string, () => Promise<Texts>> = {
  care: () => import('../features/care/care.i18n').then((module) => module.careTexts),
  export: () => import('../features/export/export.i18n').then((module) => module.exportTexts),
  history: () => import('../features/history/history.i18n').then((module) => module.historyTexts),
  playbook: () => import('../features/playbook/playbook.i18n').then((module) => module.playbookTexts),
  rehearsal: () => import('../features/rehearsal/rehearsal.i18n').then((module) => module.rehearsalTexts),
  worksheet: () => import('../features/worksheet/worksheet.i18n').then((module) => module.worksheetTexts),
};

type Bundled = typeof bundled;
type Lazy = {
  care: (typeof careTexts)['en'];
  export: (typeof exportTexts)['en'];
  history: (typeof historyTexts)['en'];
  playbook: (typeof playbookTexts)['en'];
  rehearsal: (typeof rehearsalTexts)['en'];
  worksheet: (typeof worksheetTexts)['en'];
};

const resourcesOf = (language: Language) =>
  Object.fromEntries(Object.entries(bundled).map(([name, texts]) => [name, texts[language]])) as {
    [N in keyof Bundled]: Bundled[N]['en'];
  };

export const resources = { en: resourcesOf('en'), 'zh-CN': resourcesOf('zh-CN') };
export type Resources = (typeof resources)['en'] & Lazy;
