// The deal's "ICON worksheet" tab, loaded only when opened.
import { useTranslation } from 'react-i18next';
import type { Deal } from '@shared/domain/deal';
import { call } from '../../ipc-client';
import { useAsync } from '../../ui/use-async';
import { WorksheetEditor } from './WorksheetEditor';

export function WorksheetTab({ deal, onChange }: { deal: Deal; onChange: () => void }) {
  const { t } = useTranslation();
  // Read the deal afresh: the deal page's copy may predate the save made as this tab was last closed.
  const fresh = useAsync(() => call('deals:get', { id: deal.id }), [deal.id]);
  if (fresh.error) {
    return (
      <p role="alert" className="muted">
        {t('errors.loadFailed', { message: fresh.error.message })}
      </p>
    );
  }
  if (!fresh.data) return null;
  return <WorksheetEditor key={deal.id} deal={fresh.data} onSaved={onChange} />;
}
