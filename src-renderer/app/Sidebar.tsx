// The left navigation: the five areas of Parley.
import { useTranslation } from 'react-i18next';
import { useOverdue } from '../features/care/overdue';
import { useDueCount } from '../features/rehearsal/due-count';
import { Icon, type IconName } from '../ui/Icon';
import { PrivacyToggle } from './PrivacyToggle';
import { routeHref, type Section } from './routes';
import styles from './Sidebar.module.css';

const SECTIONS: { section: Section; icon: IconName }[] = [
  { section: 'deals', icon: 'deals' },
  { section: 'rehearse', icon: 'rehearse' },
  { section: 'history', icon: 'history' },
  { section: 'playbook', icon: 'playbook' },
];

export function Sidebar({ active }: { active: Section }) {
  const { t } = useTranslation();
  const dueCount = useDueCount(active);
  const overdue = useOverdue(active);
  const link = (section: Section, icon: IconName) => (
    <a
      key={section}
      href={routeHref({ name: section })}
      className={`${styles.link} ${active === section ? styles.active : ''}`}
      aria-current={active === section ? 'page' : undefined}
    >
      <Icon name={icon} />
      <span>{t(`nav.${section}`)}</span>
      {section === 'deals' && overdue !== null && overdue.count > 0 && (
        <span className={`${styles.count} ${styles.alert}`} data-testid="overdue-count">
          <span aria-hidden="true">{overdue.count}</span>
          <span className="visually-hidden">{t('nav.overdue', { count: overdue.count })}</span>
        </span>
      )}
      {section === 'rehearse' && dueCount !== null && dueCount > 0 && (
        <span className={styles.count}>
          <span aria-hidden="true">{dueCount}</span>
          <span className="visually-hidden">{t('nav.dueToday', { count: dueCount })}</span>
        </span>
      )}
    </a>
  );
  return (
    <nav className={styles.sidebar} aria-label={t('nav.label')}>
      <div className={styles.brand}>
        <span className={styles.logo} aria-hidden="true">
          P
        </span>
        <span>{t('appName')}</span>
      </div>
      <div className={styles.links}>{SECTIONS.map(({ section, icon }) => link(section, icon))}</div>
      <div className={styles.bottom}>
        <PrivacyToggle />
        {link('settings', 'settings')}
      </div>
    </nav>
  );
}
