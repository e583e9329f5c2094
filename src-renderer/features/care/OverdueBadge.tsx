// "2 complaint follow-ups overdue" on a deal of a client with late follow-ups, linking to the deal's complaint log.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routes';

export function OverdueBadge({ dealId, count }: { dealId: string; count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <a className="badge badge-danger" href={routeHref({ name: 'deal', id: dealId, tab: 'care' })}>
      {t('nav.overdue', { count })}
    </a>
  );
}
