// Custom / Edited / Hidden: where an entry comes from and whether the rest of Parley sees it.
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '@shared/playbook/effective-playbook';

export function EntryBadges({ origin, isHidden }: EntryStatus) {
  const { t } = useTranslation('playbook');
  return (
    <>
      {origin === 'custom' && <span className="badge badge-accent">{t('badges.custom')}</span>}
      {origin === 'edited' && <span className="badge badge-warning">{t('badges.edited')}</span>}
      {isHidden && <span className="badge">{t('badges.hidden')}</span>}
    </>
  );
}
