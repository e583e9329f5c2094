// Every namespace of the UI, in both languages.
import { dealsTexts } from '../features/deals/deals.i18n';
import { exportTexts } from '../features/export/export.i18n';
import type { historyTexts } from '../features/history/history.i18n';
import { playbookTexts } from '../features/playbook/playbook.i18n';
import { rehearsalTexts } from '../features/rehearsal/rehearsal.i18n';
import { settingsTexts } from '../features/settings/settings.i18n';
import { worksheetTexts } from '../features/worksheet/worksheet.i18n';
import { commonTexts } from './common.i18n';

const namespaces = {
  common: commonTexts,
  deals: dealsTexts,
  export: exportTexts,
  playbook: playbookTexts,
  rehearsal: rehearsalTexts,
  settings: settingsTexts,
  worksheet: worksheetTexts,
};

type Namespaces = typeof namespaces;
type Language = 'en' | 'zh-CN';

const resourcesOf = (language: Language) =>
  Object.fromEntries(Object.entries(namespaces).map(([name, texts]) => [name, texts[language]])) as {
    [N in keyof Namespaces]: Namespaces[N]['en'];
  };

export const resources = { en: resourcesOf('en'), 'zh-CN': resourcesOf('zh-CN') };
/** Namespaces of lazily loaded features: typed here, added when their chunk loads (see lazy-texts.ts). */
type LazyNamespaces = { history: (typeof historyTexts)['en'] };

export type Resources = (typeof resources)['en'] & LazyNamespaces;
