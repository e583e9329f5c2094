// Playbook content follows the UI language; the user's own text reads the same in both.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@shared/playbook/types';
import type { ContentLanguage } from './playbook-form-model';

export function useContentLanguage(): { language: ContentLanguage; text: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const language: ContentLanguage = i18n.language.startsWith('zh') ? 'zh' : 'en';
  return { language, text: (text) => text[language] };
}
