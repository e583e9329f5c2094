// i18next set-up: English and Simplified Chinese, chosen in Settings or following the system.
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/domain/settings';
import { lazyNamespaces, resources, type Resources } from './resources';

declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

export const systemLanguage = (): Language => (navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

export async function initI18n(language: Language): Promise<void> {
  const loadLazy = (language: string, namespace: string): Promise<object> | undefined =>
    lazyNamespaces[namespace]?.().then((texts) => texts[language as Language]);
  await i18next
    .use(resourcesToBackend(loadLazy))
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      ns: ['common', 'deals', 'settings'],
      lng: language,
      fallbackLng: 'en',
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
