// The History screen: filters, the summary, every chart with its n, click-through to the deals, import/export and sample data.
import { useState } from 'react';
import type { HistoryFilters } from '@shared/domain/stats/history-filters';
import type { BarSelection } from '@shared/domain/stats/select-deals';
import { call } from '../../ipc-client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useAsync } from '../../ui/use-async';
import { BackupDialog } from './BackupDialog';
import {
  ComplaintsByCategory,
  ComplaintsByChannel,
  ComplaintsOverTime,
  RepeatComplainers,
  TimeToResolve,
  WinRateAfterComplaint,
} from './charts/ComplaintCharts';
import { ClosingMethods, ClosingSignals, TechniqueEffectiveness } from './charts/HandlingCharts';
import { ObjectionsByNature, ObjectionsByType, TopObjections, WinRateByObjectionType } from './charts/ObjectionCharts';
import { PriceRealisation, RehearsalProgressChart, Trend } from './charts/OutcomeCharts';
import { DrillDownPanel } from './DrillDownPanel';
import { ExportMenu } from './ExportMenu';
import { HistoryFilterBar, type FilterState } from './HistoryFilterBar';
import { localToday, periodDates } from './history-period';
import { ImportWizard } from './ImportWizard';
import { SummaryStrip } from './SummaryStrip';
import { useRunner } from './use-runner';
import { useTranslation } from 'react-i18next';
import styles from './HistoryPage.module.css';
import { Button } from '../../ui/Button';

const INITIAL_FILTERS: FilterState = {
  preset: 'all',
  custom: { from: null, to: null },
  style: null,
  tag: null,
  sizeBand: null,
  currency: null,
  granularity: 'month',
};

const REHEARSAL_WEEKS = 26;

type Dialog = 'import' | 'restore' | 'remove-sample';

export function HistoryPage() {
  const { t } = useTranslation('history');
  const toast = useToast();
  const run = useRunner();
  const [filterState, setFilterState] = useState<FilterState>(INITIAL_FILTERS);
  const { preset, custom, ...rest } = filterState;
  const filters: HistoryFilters = { ...rest, ...periodDates(preset, localToday(), custom) };
  const view = useAsync(() => call('history:stats', filters), [JSON.stringify(filters)]);
  const progress = useAsync(() => call('rehearsal:progress', { weeks: REHEARSAL_WEEKS }), []);
  const [drill, setDrill] = useState<{ selection: BarSelection; label: string } | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const onSelect = (selection: BarSelection, label: string): void => setDrill({ selection, label });
  const reload = (): void => {
    view.reload();
    progress.reload();
  };
  const loadSample = (): void =>
    run(async () => {
      const result = await call('history:load-sample', null);
      toast({ message: t('sample.loaded', { count: result.added }) });
      reload();
    });
  const removeSample = (): void =>
    run(async () => {
      setDialog(null);
      const result = await call('history:remove-sample', null);
      toast({ message: t('sample.removed', { count: result.removed }) });
      reload();
    });

  if (view.error && !view.data) {
    return (
      <div className={styles.page}>
        <p role="alert" className={styles.error}>
          {t('errors.load', { message: view.error.message })}
        </p>
      </div>
    );
  }
  const data = view.data;
  const isReady = data !== undefined && progress.data !== undefined;

  return (
    <div className={styles.page} data-ready={isReady ? 'true' : undefined} aria-busy={!isReady}>
      <header className={styles.header}>
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">
            {data && data.allDeals > 0 ? t('inView', { count: data.stats.totals.deals }) : t('subtitle')}
          </p>
        </div>
        <div className={styles.actions}>
          <Button type="button" className="btn" onClick={() => setDialog('import')}>
            <Icon name="plus" size={16} />
            {t('actions.importCsv')}
          </Button>
          <ExportMenu />
          <Button type="button" className="btn" onClick={() => setDialog('restore')}>
            <Icon name="reset" size={16} />
            {t('actions.restore')}
          </Button>
        </div>
      </header>

      {data && data.sampleDeals > 0 && (
        <div className={styles.banner} role="note">
          <Icon name="info" size={16} />
          <span>{t('sample.banner', { count: data.sampleDeals })}</span>
          <Button type="button" className="btn btn-sm" onClick={() => setDialog('remove-sample')}>
            {t('actions.removeSample')}
          </Button>
        </div>
      )}

      {data && data.allDeals === 0 && (
        <EmptyState
          icon="history"
          title={t('empty.title')}
          action={
            <div className={styles.emptyActions}>
              <Button type="button" className="btn btn-primary" onClick={loadSample}>
                {t('actions.loadSample')}
              </Button>
              <Button type="button" className="btn" onClick={() => setDialog('import')}>
                {t('actions.importCsv')}
              </Button>
            </div>
          }
        >
          <p>{t('empty.body')}</p>
        </EmptyState>
      )}

      {data && data.allDeals > 0 && (
        <>
          <HistoryFilterBar
            state={filterState}
            choices={data.stats.choices}
            onChange={setFilterState}
            onClear={() => setFilterState({ ...INITIAL_FILTERS, granularity: filterState.granularity })}
          />
          {data.stats.totals.deals === 0 ? (
            <EmptyState
              icon="search"
              title={t('empty.filtered')}
              action={
                <Button
                  type="button"
                  className="btn"
                  onClick={() => setFilterState({ ...INITIAL_FILTERS, granularity: filterState.granularity })}
                >
                  {t('empty.clearFilters')}
                </Button>
              }
            >
              <p>{t('empty.filteredBody')}</p>
            </EmptyState>
          ) : (
            <>
              <SummaryStrip stats={data.stats} />
              <p className={styles.clickHint}>{t('chart.clickHint')}</p>
              <div className={styles.charts}>
                <Trend
                  view={data}
                  onSelect={onSelect}
                  onGranularity={(granularity) => setFilterState({ ...filterState, granularity })}
                />
                <div className={styles.columns}>
                  <ObjectionsByType view={data} onSelect={onSelect} />
                  <ObjectionsByNature view={data} onSelect={onSelect} />
                </div>
                <TopObjections view={data} onSelect={onSelect} />
                <div className={styles.columns}>
                  <div className={styles.column}>
                    <TechniqueEffectiveness view={data} onSelect={onSelect} />
                    <WinRateByObjectionType view={data} onSelect={onSelect} />
                    <ClosingMethods view={data} onSelect={onSelect} />
                  </div>
                  <div className={styles.column}>
                    <ClosingSignals view={data} onSelect={onSelect} />
                    <PriceRealisation view={data} onSelect={onSelect} />
                    {progress.data && <RehearsalProgressChart progress={progress.data} />}
                  </div>
                </div>
                <h2 className={styles.groupHeading}>{t('complaintsHeading')}</h2>
                <ComplaintsOverTime view={data} onSelect={onSelect} />
                <div className={styles.columns}>
                  <ComplaintsByCategory view={data} onSelect={onSelect} />
                  <ComplaintsByChannel view={data} onSelect={onSelect} />
                </div>
                <div className={styles.columns}>
                  <TimeToResolve view={data} onSelect={onSelect} />
                  <RepeatComplainers view={data} onSelect={onSelect} />
                </div>
                <WinRateAfterComplaint view={data} onSelect={onSelect} />
              </div>
            </>
          )}
        </>
      )}

      {drill && (
        <DrillDownPanel
          filters={filters}
          selection={drill.selection}
          label={drill.label}
          labels={data?.labels}
          onClose={() => setDrill(null)}
        />
      )}
      {dialog === 'import' && (
        <ImportWizard
          onClose={() => setDialog(null)}
          onImported={(message, importId) => {
            setDialog(null);
            const undo = (id: string): void =>
              void call('history:import-undo', { importId: id }).then((result) => {
                toast({ message: t('import.undone', { removed: result.removed, restored: result.restored }) });
                reload();
              });
            toast(
              importId === null
                ? { message }
                : { message, action: { label: t('import.undo'), run: () => undo(importId) } },
            );
            reload();
          }}
        />
      )}
      {dialog === 'restore' && (
        <BackupDialog
          onClose={() => setDialog(null)}
          onRestored={(message) => {
            setDialog(null);
            toast({ message });
            reload();
          }}
        />
      )}
      {dialog === 'remove-sample' && data && (
        <ConfirmDialog
          title={t('sample.confirmTitle')}
          body={t('sample.confirmBody', { count: data.sampleDeals })}
          confirmLabel={t('actions.removeSample')}
          onConfirm={removeSample}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}
