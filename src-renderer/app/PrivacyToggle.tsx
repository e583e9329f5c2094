// The privacy screen's switch in the shell, and the window title that says it is on (the OS title bar shows it).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { togglePrivacyScreen, usePrivacyScreen } from '../ui/privacy-screen';
import styles from './Sidebar.module.css';
import { setTitleNotice } from './window-title';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const PRIVACY_SHORTCUT = isMac ? '⇧⌘H' : 'Ctrl+Shift+H';

export function PrivacyToggle() {
  const { t } = useTranslation();
  const isOn = usePrivacyScreen();
  useEffect(() => {
    setTitleNotice(isOn ? t('privacy.title') : null);
  }, [isOn, t]);
  return (
    <Button
      className={`${styles.link} ${styles.privacy} ${isOn ? styles.privacyOn : ''}`}
      aria-pressed={isOn}
      title={isOn ? t('privacy.on', { shortcut: PRIVACY_SHORTCUT }) : t('privacy.off', { shortcut: PRIVACY_SHORTCUT })}
      onClick={togglePrivacyScreen}
    >
      <Icon name={isOn ? 'eye-off' : 'eye'} />
      <span>{isOn ? t('privacy.title') : t('privacy.off', { shortcut: PRIVACY_SHORTCUT })}</span>
    </Button>
  );
}
