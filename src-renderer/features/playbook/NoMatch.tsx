// What a playbook tab shows when the search and filters leave nothing.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { Button } from '../../ui/Button';

export function NoMatch({ onClear }: { onClear: (() => void) | undefined }) {
  const { t } = useTranslation('playbook');
  return (
    <EmptyState
      icon="search"
      title={t('list.noMatchTitle')}
      action={
        onClear && (
          <Button type="button" className="btn" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        )
      }
    >
      <p>{t('list.noMatchBody')}</p>
    </EmptyState>
  );
}
