// One deal: its header and actions, and tabs for the overview, worksheet, meetings and prep sheet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '@shared/domain/deal';
import { assessReadiness } from '@shared/domain/worksheet/readiness';
import { DEAL_TABS, routeHref, type DealTab } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useAsync } from '../../ui/use-async';
import { OverdueBadge } from '../care/OverdueBadge';
import { useOverdue } from '../care/overdue';
import { ReadinessMeter } from '../worksheet/ReadinessMeter';
import { DealOverview } from './DealOverview';
import { DealTabPanel } from './DealTabPanel';
import { OutcomeBadge } from './OutcomeBadge';
import styles from './DealPage.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

export function DealPage({ id, tab }: { id: string; tab: DealTab }) {
  const { t } = useTranslation('deals');
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('rehearsal');
  const format = useFormat();
  const toast = useToast();
  const deal = useAsync(() => call('deals:get', { id }), [id]);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const overdue = useOverdue(deal.data);

  if (deal.error) {
    return (
      <EmptyState
        icon="deals"
        title={t('detail.notFound')}
        action={
          <a className="btn" href={routeHref({ name: 'deals' })}>
            {tc('actions.back')}
          </a>
        }
      >
        <p className="muted">{deal.error.message}</p>
      </EmptyState>
    );
  }
  if (!deal.data) return null;
  const current: Deal = deal.data;

  const duplicate = async (): Promise<void> => {
    const copy = await call('deals:duplicate', { id, title: t('list.copyTitle', { title: current.title }) });
    toast({ message: t('list.duplicated', { title: copy.title }) });
    navigate({ name: 'deal', id: copy.id, tab: 'overview' });
  };
  const remove = async (): Promise<void> => {
    setIsConfirmingDelete(false);
    const deleted = await call('deals:delete', { id });
    navigate({ name: 'deals' });
    toast({
      message: t('list.deleted', { title: deleted.title }),
      action: {
        label: tc('actions.undo'),
        run: () => void call('deals:restore', deleted).then(() => navigate({ name: 'deal', id, tab: 'overview' })),
      },
    });
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <a className="btn btn-ghost btn-icon" href={routeHref({ name: 'deals' })} aria-label={tc('actions.back')}>
          <Icon name="back" />
        </a>
        <div className={styles.titles}>
          <h1>{current.title}</h1>
          <p className={styles.subtitle}>
            <span>{current.counterpartOrg}</span>
            <OutcomeBadge stage={current.stage} outcome={current.outcome} />
            <OverdueBadge dealId={id} count={overdue?.byDeal[id] ?? 0} />
            {current.value !== null && (
              <span className={styles.value} {...confidential}>
                {format.money(current.value, current.currency)}
              </span>
            )}
            {tab !== 'worksheet' && (
              <a
                className={styles.readiness}
                href={routeHref({ name: 'deal', id, tab: 'worksheet' })}
                title={t('list.columns.readiness')}
              >
                <ReadinessMeter
                  score={assessReadiness(current.worksheet, current.side).score}
                  label={t('list.columns.readiness')}
                />
              </a>
            )}
          </p>
        </div>
        <div className={styles.actions}>
          <a className="btn" href={routeHref({ name: 'rehearse', dealId: id })}>
            <Icon name="rehearse" size={16} />
            {tr('dealEntry')}
          </a>
          <a className="btn" href={routeHref({ name: 'deal-edit', id })}>
            <Icon name="edit" size={16} />
            {tc('actions.edit')}
          </a>
          <Button type="button" className="btn" onClick={() => void duplicate()}>
            <Icon name="copy" size={16} />
            {tc('actions.duplicate')}
          </Button>
          <Button type="button" className="btn" onClick={() => setIsConfirmingDelete(true)}>
            <Icon name="trash" size={16} />
            {tc('actions.delete')}
          </Button>
        </div>
      </header>

      <nav className={styles.tabs} aria-label={current.title}>
        {DEAL_TABS.map((name) => (
          <a
            key={name}
            href={routeHref({ name: 'deal', id, tab: name })}
            className={`${styles.tab} ${tab === name ? styles.activeTab : ''}`}
            aria-current={tab === name ? 'page' : undefined}
          >
            {t(`detail.tabs.${name}`)}
          </a>
        ))}
      </nav>

      <div className={styles.content}>
        {tab === 'overview' ? (
          <DealOverview deal={current} />
        ) : (
          <DealTabPanel tab={tab} deal={current} onChange={deal.reload} />
        )}
      </div>

      {isConfirmingDelete && (
        <ConfirmDialog
          title={t('detail.confirmDeleteTitle', { title: current.title })}
          body={t('detail.confirmDeleteBody')}
          confirmLabel={tc('actions.delete')}
          onConfirm={() => void remove()}
          onCancel={() => setIsConfirmingDelete(false)}
        />
      )}
    </div>
  );
}
