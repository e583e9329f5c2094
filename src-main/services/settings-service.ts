// Settings: read and change the user's preferences.
import type { Settings } from '@shared/domain/settings';
import type { ServiceContext } from './context';

export function createSettingsService({ store }: ServiceContext) {
  return {
    get: (): Settings => store.workbench.data.settings,
    update: async (patch: Partial<Settings>): Promise<Settings> => {
      const settings = { ...store.workbench.data.settings, ...patch };
      await store.workbench.update('settings', settings);
      return settings;
    },
  };
}
