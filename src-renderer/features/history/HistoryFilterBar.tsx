// The History filters: period (with custom dates), counterpart style, tag, deal-size band and currency.
import { useTranslation } from 'react-i18next';
import { COUNTERPART_STYLES, type CounterpartStyle } from '@shared/domain/deal';
import { SIZE_BANDS, type HistoryFilters, type SizeBand } from '@shared/domain/stats/history-filters';
import type { HistoryStats } from '@shared/domain/stats/history-stats';
import { isPeriodPreset, PERIOD_PRESETS, type PeriodPreset } from './history-period';
import styles from './HistoryPage.module.css';
import { Button } from '../../ui/Button';

export type FilterState = Omit<HistoryFilters, 'from' | 'to'> & {
  preset: PeriodPreset;
  custom: { from: string | null; to: string | null };
};

const orNull = <T extends string>(value: string, known: readonly T[]): T | null =>
  known.find((entry) => entry === value) ?? null;

export function HistoryFilterBar({
  state,
  choices,
  onChange,
  onClear,
}: {
  state: FilterState;
  choices: HistoryStats['choices'];
  onChange: (state: FilterState) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('history');
  const { t: tc } = useTranslation();
  const isFiltered =
    state.preset !== 'all' ||
    state.style !== null ||
    state.tag !== null ||
    state.sizeBand !== null ||
    state.currency !== null;
  const set = (patch: Partial<FilterState>): void => onChange({ ...state, ...patch });
  // A tag or currency chosen earlier stays offered even when no deal in view has it any more.
  const tags = state.tag !== null && !choices.tags.includes(state.tag) ? [state.tag, ...choices.tags] : choices.tags;
  const currencies =
    state.currency !== null && !choices.currencies.includes(state.currency)
      ? [state.currency, ...choices.currencies]
      : choices.currencies;

  return (
    <div className={styles.filters} role="group" aria-label={t('filters.label')}>
      <label className={styles.filter}>
        <span>{t('filters.period')}</span>
        <select
          className="select"
          value={state.preset}
          onChange={(event) => isPeriodPreset(event.target.value) && set({ preset: event.target.value })}
        >
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`filters.periods.${preset}`)}
            </option>
          ))}
        </select>
      </label>
      {state.preset === 'custom' && (
        <>
          <label className={styles.filter}>
            <span>{t('filters.from')}</span>
            <input
              className="input"
              type="date"
              value={state.custom.from ?? ''}
              max={state.custom.to ?? undefined}
              onChange={(event) => set({ custom: { ...state.custom, from: event.target.value || null } })}
            />
          </label>
          <label className={styles.filter}>
            <span>{t('filters.to')}</span>
            <input
              className="input"
              type="date"
              value={state.custom.to ?? ''}
              min={state.custom.from ?? undefined}
              onChange={(event) => set({ custom: { ...state.custom, to: event.target.value || null } })}
            />
          </label>
        </>
      )}
      <label className={styles.filter}>
        <span>{t('filters.style')}</span>
        <select
          className="select"
          value={state.style ?? ''}
          onChange={(event) => set({ style: orNull<CounterpartStyle>(event.target.value, COUNTERPART_STYLES) })}
        >
          <option value="">{t('filters.anyStyle')}</option>
          {COUNTERPART_STYLES.map((style) => (
            <option key={style} value={style}>
              {tc(`styles.${style}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.filter}>
        <span>{t('filters.tag')}</span>
        <select
          className="select"
          value={state.tag ?? ''}
          onChange={(event) => set({ tag: event.target.value || null })}
        >
          <option value="">{t('filters.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.filter}>
        <span>{t('filters.size')}</span>
        <select
          className="select"
          value={state.sizeBand ?? ''}
          onChange={(event) => set({ sizeBand: orNull<SizeBand>(event.target.value, SIZE_BANDS) })}
        >
          <option value="">{t('filters.anySize')}</option>
          {SIZE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t(`filters.sizes.${band}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.filter}>
        <span>{t('filters.currency')}</span>
        <select
          className="select"
          value={state.currency ?? ''}
          onChange={(event) => set({ currency: event.target.value || null })}
        >
          <option value="">{t('filters.anyCurrency')}</option>
          {currencies.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </select>
      </label>
      {isFiltered && (
        <Button type="button" className={`btn btn-ghost ${styles.clear}`} onClick={onClear}>
          {t('empty.clearFilters')}
        </Button>
      )}
    </div>
  );
}
