// Settings: language, appearance, and where the data lives.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Language, type Theme } from '@shared/domain/settings';
import type { AppStatus } from '@shared/ipc/contract';
import { useSettings } from '../../app/settings-context';
import { Field } from '../../ui/Field';
import { RubricSettings } from './RubricSettings';
import styles from './SettingsPage.module.css';

export function SettingsPage({ status }: { status: AppStatus }) {
  const { t } = useTranslation('settings');
  const { settings, update } = useSettings();
  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <section className={`card ${styles.section}`}>
        <Field label={t('language')} hint={t('languageHint')}>
          <select
            className="select"
            value={settings.language ?? 'system'}
            onChange={(event) =>
              void update({ language: event.target.value === 'system' ? null : (event.target.value as Language) })
            }
          >
            <option value="system">{t('languages.system')}</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('theme')}>
          <select
            className="select"
            value={settings.theme}
            onChange={(event) => void update({ theme: event.target.value as Theme })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`themes.${theme}`)}
              </option>
            ))}
          </select>
        </Field>
      </section>
      <RubricSettings />
      <section className={`card ${styles.section}`}>
        <h2>{t('data')}</h2>
        <p className="muted">{t('dataHint')}</p>
        <code className={styles.path}>{status.dataDir}</code>
        <p className="muted">{t('version', { version: status.version })}</p>
      </section>
    </div>
  );
}
