// The user's settings for the whole renderer: language and theme applied as soon as they change.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '@shared/domain/settings';
import { changeLanguage, systemLanguage } from '../i18n';
import { call } from '../ipc-client';

type SettingsValue = { settings: Settings; update: (patch: Partial<Settings>) => Promise<void> };

const SettingsContext = createContext<SettingsValue | null>(null);

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}

export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  useEffect(() => {
    void changeLanguage(settings.language ?? systemLanguage());
  }, [settings.language]);
  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await call('settings:update', patch));
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
