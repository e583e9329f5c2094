// The deals list: search, filter, sort, open, duplicate and delete (with undo).
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTERPART_STYLES, DEAL_OUTCOMES, DEAL_STAGES } from '@shared/domain/deal';
import { DEAL_SORTS, defaultDealQuery, type DealQuery, type DealSummary } from '@shared/domain/deal-list';
import { routeHref } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useAsync } from '../../ui/use-async';
import { ReadinessMeter } from '../worksheet/ReadinessMeter';
import { OverdueBadge } from '../care/OverdueBadge';
import { useOverdue } from '../care/overdue';
import { OutcomeBadge } from './OutcomeBadge';
import styles from './DealsPage.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

const isMac = navigator.platform.toLowerCase().includes('mac');
const NEW_DEAL_SHORTCUT = isMac ? '⌘N' : 'Ctrl+N';

export function DealsPage() {
  const { t } = useTranslation('deals');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [query, setQuery] = useState<DealQuery>(defaultDealQuery);
  const deferredQuery = useDeferredValue(query);
  const page = useAsync(() => call('deals:list', deferredQuery), [JSON.stringify(deferredQuery)]);
  const overdue = useOverdue(page.data);
  const set = <K extends keyof DealQuery>(key: K, value: DealQuery[K]): void =>
    setQuery((current) => ({ ...current, [key]: value }));
  const isFiltered = JSON.stringify(query) !== JSON.stringify({ ...defaultDealQuery(), sort: query.sort });

  const duplicate = async (deal: DealSummary): Promise<void> => {
    try {
      const copy = await call('deals:duplicate', { id: deal.id, title: t('list.copyTitle', { title: deal.title }) });
      page.reload();
      toast({ message: t('list.duplicated', { title: copy.title }) });
    } catch (error) {
      toast({ tone: 'error', message: tc('errors.generic', { message: (error as Error).message }) });
    }
  };
  const remove = async (deal: DealSummary): Promise<void> => {
    try {
      const deleted = await call('deals:delete', { id: deal.id });
      page.reload();
      toast({
        message: t('list.deleted', { title: deal.title }),
        action: {
          label: tc('actions.undo'),
          run: () =>
            void call('deals:restore', deleted).then(() => navigate({ name: 'deal', id: deleted.id, tab: 'overview' })),
        },
        isActionFocused: true,
      });
    } catch (error) {
      toast({ tone: 'error', message: tc('errors.generic', { message: (error as Error).message }) });
    }
  };

  const data = page.data;
  const newDealButton = (
    <a className="btn btn-primary" href={routeHref({ name: 'deal-new' })}>
      <Icon name="plus" size={16} />
      {t('list.newDeal')}
    </a>
  );

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>{t('list.title')}</h1>
          {data && data.stored > 0 && <p className="muted">{t('list.count', { count: data.stored })}</p>}
        </div>
        {newDealButton}
      </header>

      {data && data.stored === 0 ? (
        <EmptyState icon="deals" title={t('list.emptyTitle')} action={newDealButton}>
          <p>{t('list.emptyBody')}</p>
          <p className="muted">{t('list.emptyHint', { shortcut: NEW_DEAL_SHORTCUT })}</p>
        </EmptyState>
      ) : (
        <>
          <div className={styles.toolbar} role="search">
            <div className={styles.search}>
              <Icon name="search" size={16} />
              <input
                className="input"
                type="search"
                aria-label={t('list.search')}
                placeholder={t('list.searchPlaceholder')}
                value={query.search}
                onChange={(event) => set('search', event.target.value)}
              />
            </div>
            <select
              className="select"
              aria-label={t('form.stage')}
              value={query.stage ?? ''}
              onChange={(event) => set('stage', (event.target.value || null) as DealQuery['stage'])}
            >
              <option value="">{t('list.allStages')}</option>
              {DEAL_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {tc(`stages.${stage}`)}
                </option>
              ))}
            </select>
            <select
              className="select"
              aria-label={t('form.outcome')}
              value={query.outcome ?? ''}
              onChange={(event) => set('outcome', (event.target.value || null) as DealQuery['outcome'])}
            >
              <option value="">{t('list.allOutcomes')}</option>
              {DEAL_OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {tc(`outcomes.${outcome}`)}
                </option>
              ))}
            </select>
            <select
              className="select"
              aria-label={t('form.counterpartStyle')}
              value={query.style ?? ''}
              onChange={(event) => set('style', (event.target.value || null) as DealQuery['style'])}
            >
              <option value="">{t('list.allStyles')}</option>
              {COUNTERPART_STYLES.map((style) => (
                <option key={style} value={style}>
                  {tc(`styles.${style}`)}
                </option>
              ))}
            </select>
            <select
              className="select"
              aria-label={t('form.tags')}
              value={query.tag ?? ''}
              onChange={(event) => set('tag', event.target.value || null)}
            >
              <option value="">{t('list.allTags')}</option>
              {data?.tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
            <select
              className="select"
              aria-label={t('list.sortBy')}
              value={query.sort}
              onChange={(event) => set('sort', event.target.value as DealQuery['sort'])}
            >
              {DEAL_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`list.sorts.${sort}`)}
                </option>
              ))}
            </select>
          </div>

          {page.error && (
            <p className={styles.error} role="alert">
              {tc('errors.loadFailed', { message: page.error.message })}
            </p>
          )}

          {data && data.total === 0 ? (
            <EmptyState
              icon="search"
              title={t('list.noMatchTitle')}
              action={
                isFiltered && (
                  <Button
                    type="button"
                    className="btn"
                    onClick={() => setQuery({ ...defaultDealQuery(), sort: query.sort })}
                  >
                    {t('list.clearFilters')}
                  </Button>
                )
              }
            >
              <p>{t('list.noMatchBody')}</p>
            </EmptyState>
          ) : (
            data && (
              <div className={`card ${styles.tableCard}`}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th>{t('list.columns.deal')}</th>
                      <th>{t('list.columns.style')}</th>
                      <th className={styles.number}>{t('list.columns.value')}</th>
                      <th>{t('list.columns.stage')}</th>
                      <th>{t('list.columns.readiness')}</th>
                      <th>{t('list.columns.meeting')}</th>
                      <th>{t('list.columns.updated')}</th>
                      <th>
                        <span className="visually-hidden">{tc('actions.edit')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.deals.map((deal) => (
                      <tr key={deal.id}>
                        <td>
                          <a
                            className={styles.dealLink}
                            href={routeHref({ name: 'deal', id: deal.id, tab: 'overview' })}
                          >
                            {deal.title}
                          </a>
                          <div className={styles.org}>
                            {deal.counterpartOrg}
                            {deal.tags.slice(0, 3).map((tag) => (
                              <span key={tag} className={styles.tag}>
                                {tag}
                              </span>
                            ))}
                            {deal.isSample && <span className="badge">{t('list.sample')}</span>}
                            <OverdueBadge dealId={deal.id} count={overdue?.byDeal[deal.id] ?? 0} />
                          </div>
                        </td>
                        <td>
                          {deal.counterpartStyle ? (
                            tc(`styles.${deal.counterpartStyle}`)
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                        <td className={styles.number} {...confidential}>
                          {format.money(deal.value, deal.currency)}
                        </td>
                        <td>
                          <OutcomeBadge stage={deal.stage} outcome={deal.outcome} />
                        </td>
                        <td>
                          <ReadinessMeter score={deal.readiness} label={t('list.columns.readiness')} />
                        </td>
                        <td>{format.shortDate(deal.meetingDate)}</td>
                        <td className="muted">{format.shortDate(deal.updatedAt)}</td>
                        <td className={styles.actions}>
                          <span role="group" aria-label={t('list.actionsFor', { title: deal.title })}>
                            <Button
                              type="button"
                              className="btn btn-ghost btn-icon"
                              title={tc('actions.duplicate')}
                              aria-label={`${tc('actions.duplicate')} ${deal.title}`}
                              onClick={() => void duplicate(deal)}
                            >
                              <Icon name="copy" size={16} />
                            </Button>
                            <Button
                              type="button"
                              className="btn btn-ghost btn-icon"
                              title={tc('actions.delete')}
                              aria-label={`${tc('actions.delete')} ${deal.title}`}
                              onClick={() => void remove(deal)}
                            >
                              <Icon name="trash" size={16} />
                            </Button>
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {data.total > data.deals.length && (
                  <p className={styles.more}>{t('list.shownOf', { shown: data.deals.length, total: data.total })}</p>
                )}
              </div>
            )
          )}
        </>
      )}
    </div>
  );
}
