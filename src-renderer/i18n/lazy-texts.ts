// Words of a lazily loaded feature join i18next when the feature's chunk loads, so the first screen does not carry them.
import i18next from 'i18next';
import type { Language } from '@shared/domain/settings';

export function addLazyTexts(namespace: string, texts: Record<Language, object>): void {
  const add = (): void => {
    for (const language of ['en', 'zh-CN'] as const) {
      if (!i18next.hasResourceBundle(language, namespace))
        i18next.addResourceBundle(language, namespace, texts[language]);
    }
  };
  // A chunk imported before start-up (a component test) adds its words once i18next is ready.
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
