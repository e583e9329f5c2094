// A placeholder for an area not built yet.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import type { IconName } from '../ui/Icon';

export function ComingSoon({ area }: { area: 'rehearse' | 'history' | 'playbook' }) {
  const { t } = useTranslation();
  return (
    <EmptyState icon={area satisfies IconName} title={t('comingSoon.title', { area: t(`nav.${area}`) })}>
      <p>{t('comingSoon.body')}</p>
    </EmptyState>
  );
}
