// The deals and meetings behind one bar, with links to the deals; opened by clicking a bar or a table row.
import type { DrillItem, HistoryLabels } from '@shared/domain/history/records';
import type { HistoryFilters } from '@shared/domain/stats/history-filters';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { routeHref } from '../../app/routes';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { useAsync } from '../../ui/use-async';
import { OutcomeBadge } from '../deals/OutcomeBadge';
import { useHistoryNames, type HistoryNames } from './history-names';
import { Dialog } from '../../ui/Dialog';
import { useTranslation } from 'react-i18next';
import styles from './DrillDownPanel.module.css';
import { confidential } from '../../ui/Confidential';

const RESULT_TONE = {
  resolved: 'badge-success',
  partly: 'badge-warning',
  unresolved: 'badge-danger',
  accepted: 'badge-success',
  declined: 'badge-danger',
  deferred: 'badge-warning',
} as const;

const EMPTY_LABELS: HistoryLabels = { techniques: {}, cards: {}, methods: {}, signals: {} };

function ItemLine({ item, names }: { item: DrillItem; names: HistoryNames }) {
  const { t } = useTranslation('history');
  switch (item.kind) {
    case 'objection':
      return (
        <>
          <span className={styles.itemText}>{names.objection(item.cardId, item.text)}</span>
          <span className="badge">{names.type(item.type)}</span>
          <span className={`badge ${RESULT_TONE[item.result]}`}>{t(`results.${item.result}`)}</span>
        </>
      );
    case 'signal':
      return <span className={styles.itemText}>{names.signal(item.signalId, item.text)}</span>;
    case 'attempt':
      return (
        <>
          <span className={styles.itemText}>{names.method(item.methodId)}</span>
          <span className={`badge ${RESULT_TONE[item.result]}`}>{t(`attemptResults.${item.result}`)}</span>
        </>
      );
  }
}

export function DrillDownPanel({
  filters,
  selection,
  label,
  labels,
  onClose,
}: {
  filters: HistoryFilters;
  selection: BarSelection;
  label: string;
  labels: HistoryLabels | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('history');
  const { t: tCare } = useTranslation('care');
  const format = useFormat();
  const names = useHistoryNames(labels ?? EMPTY_LABELS);
  const drill = useAsync(
    () => call('history:drill-down', { filters, selection }),
    [JSON.stringify(filters), JSON.stringify(selection)],
  );
  const data = drill.data;

  return (
    <Dialog
      title={label}
      subtitle={
        data
          ? `${t('drill.count', { count: data.dealCount })}${data.dealCount > data.deals.length ? ` · ${t('drill.showing', { shown: data.deals.length })}` : ''}`
          : t('drill.loading')
      }
      variant="drawer"
      onClose={onClose}
    >
      {drill.error && <p role="alert">{t('errors.failed', { message: drill.error.message })}</p>}
      {data && (
        <ul className={styles.deals}>
          {data.deals.map((deal) => (
            <li key={deal.id} className={styles.deal}>
              <div className={styles.dealHead}>
                <a
                  href={routeHref({ name: 'deal', id: deal.id, tab: deal.complaints.length > 0 ? 'care' : 'meetings' })}
                  onClick={onClose}
                >
                  {deal.title}
                </a>
                <OutcomeBadge stage={deal.stage} outcome={deal.outcome} />
                {deal.isSample && <span className="badge">{t('drill.sample')}</span>}
              </div>
              <p className={styles.dealMeta}>
                <span>{deal.counterpartOrg}</span>
                <span>{format.date(deal.date)}</span>
                {deal.value !== null && <span {...confidential}>{format.money(deal.value, deal.currency)}</span>}
                {deal.outcome === 'won' && deal.finalPrice !== null && (
                  <span {...confidential}>
                    {t('drill.finalPrice', { price: format.money(deal.finalPrice, deal.currency) })}
                  </span>
                )}
              </p>
              {deal.complaints.length > 0 && (
                <ul
                  className={styles.meetings}
                  aria-label={t('drill.complaintsCount', { count: deal.complaints.length })}
                >
                  {deal.complaints.map((complaint) => (
                    <li key={complaint.id}>
                      <span className={styles.meetingDate}>{format.date(complaint.receivedOn)}</span>
                      <ul className={styles.items}>
                        <li>
                          <span className={styles.itemText}>{complaint.summary}</span>
                          <span className="badge">{tCare(`categories.${complaint.category}`)}</span>
                          <span className="badge">{tCare(`channels.${complaint.channel}`)}</span>
                          <span className={`badge ${complaint.resolvedOn ? 'badge-success' : 'badge-warning'}`}>
                            {complaint.resolvedOn
                              ? tCare('card.resolvedOn', { date: format.date(complaint.resolvedOn) })
                              : tCare('status.open')}
                          </span>
                        </li>
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
              {deal.meetings.length > 0 && (
                <ul className={styles.meetings} aria-label={t('drill.meetingsCount', { count: deal.meetings.length })}>
                  {deal.meetings.map((meeting) => (
                    <li key={meeting.id}>
                      <span className={styles.meetingDate}>{format.date(meeting.date)}</span>
                      <ul className={styles.items}>
                        {meeting.items.map((item, index) => (
                          <li key={index}>
                            <ItemLine item={item} names={names} />
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
