// The user's settings for the whole renderer: language and theme applied as soon as they change.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
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

/** Sets `data-theme` on <html>, following the system while the setting says so; returns the unsubscribe. */
export function applyTheme(theme: Settings['theme']): () => void {
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    document.documentElement.dataset.theme = theme === 'system' ? (systemDark.matches ? 'dark' : 'light') : theme;
  };
  apply();
  if (theme !== 'system') return () => undefined;
  systemDark.addEventListener('change', apply);
  return () => systemDark.removeEventListener('change', apply);
}

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  // Before paint, so a dark system never flashes the light theme.
  useLayoutEffect(() => applyTheme(settings.theme), [settings.theme]);
  useEffect(() => {
    void changeLanguage(settings.language ?? systemLanguage());
  }, [settings.language]);
  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await call('settings:update', patch));
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
