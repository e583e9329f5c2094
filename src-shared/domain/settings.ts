// User preferences kept in workbench.json.

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type Settings = {
  /** null follows the operating system's language. */
  language: Language | null;
  theme: Theme;
};

export const defaultSettings = (): Settings => ({ language: null, theme: 'system' });
