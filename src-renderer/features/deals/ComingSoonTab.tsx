// Placeholder for a deal tab whose feature is not built yet.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';

export function ComingSoonTab({ tab }: { tab: string }) {
  const { t } = useTranslation('deals');
  const { t: tc } = useTranslation();
  return (
    <EmptyState icon="deals" title={tc('comingSoon.title', { area: t(`detail.tabs.${tab as 'worksheet'}`) })}>
      <p>{tc('comingSoon.body')}</p>
    </EmptyState>
  );
}
