// The Rehearse screen: set up an objection session or a concession drill, then run it and read its summary.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDealQuery } from '@shared/domain/deal-list';
import type { DrillStartInput, DrillView, RehearsalSession } from '@shared/domain/rehearsal/records';
import { call } from '../../ipc-client';
import { useAsync } from '../../ui/use-async';
import { refreshDueCount } from './due-count';
import { DrillRunner } from './DrillRunner';
import { DrillSetup } from './DrillSetup';
import { RehearsalHistory } from './RehearsalHistory';
import { SessionRunner } from './SessionRunner';
import { SessionSetup } from './SessionSetup';
import styles from './Rehearse.module.css';

type Mode =
  | { kind: 'home' }
  | { kind: 'session'; session: RehearsalSession; run: number }
  | { kind: 'drill'; drill: DrillView; start: DrillStartInput; dealTitle: string | null };

export function RehearsePage({ dealId }: { dealId: string | null }) {
  const { t } = useTranslation('rehearsal');
  const [mode, setMode] = useState<Mode>({ kind: 'home' });
  const overview = useAsync(() => call('rehearsal:overview', null), [mode.kind]);
  const deals = useAsync(() => call('deals:list', defaultDealQuery()), []);
  const home = (): void => {
    refreshDueCount();
    setMode({ kind: 'home' });
  };

  if (mode.kind === 'session') {
    return (
      <SessionRunner
        key={mode.run}
        session={mode.session}
        onExit={home}
        onRestart={(session) => setMode({ kind: 'session', session, run: mode.run + 1 })}
      />
    );
  }
  if (mode.kind === 'drill') {
    return (
      <DrillRunner
        key={mode.drill.id}
        drill={mode.drill}
        start={mode.start}
        dealTitle={mode.dealTitle}
        onExit={home}
        onAgain={(drill) => setMode({ ...mode, drill })}
      />
    );
  }

  const dealList = deals.data?.deals ?? [];
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
        </div>
        {overview.data && overview.data.dueCount > 0 && (
          <span className="badge badge-accent">{t('dueToday', { count: overview.data.dueCount })}</span>
        )}
      </header>
      <div className={styles.setups}>
        <section className={`card ${styles.panel}`} aria-labelledby="session-setup-title">
          <div>
            <h2 id="session-setup-title">{t('home.sessionTitle')}</h2>
            <p className="muted">{t('home.sessionIntro')}</p>
          </div>
          {deals.data && overview.data && (
            <SessionSetup
              deals={dealList}
              overview={overview.data}
              initialDealId={dealId}
              onStart={(session) => setMode({ kind: 'session', session, run: 0 })}
            />
          )}
        </section>
        <section className={`card ${styles.panel}`} aria-labelledby="drill-setup-title">
          <div>
            <h2 id="drill-setup-title">{t('home.drillTitle')}</h2>
            <p className="muted">{t('home.drillIntro')}</p>
          </div>
          {deals.data && (
            <DrillSetup
              deals={dealList}
              initialDealId={dealId}
              onStart={(drill, start, dealTitle) => setMode({ kind: 'drill', drill, start, dealTitle })}
            />
          )}
        </section>
      </div>
      {overview.data && (
        <RehearsalHistory
          overview={overview.data}
          dealTitles={new Map(dealList.map((deal) => [deal.id, deal.title]))}
        />
      )}
    </div>
  );
}
