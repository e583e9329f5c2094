// Planned concession steps from opening to walk-away: each step's size, and warnings when steps do not shrink.
import { useTranslation } from 'react-i18next';
import { suggestConcessionPrices } from '@shared/domain/worksheet';
import type { ConcessionStep } from '@shared/domain/worksheet-types';
import { useFormat } from '../../i18n/format';
import { AmountInput } from '../../ui/AmountInput';
import { TextCell } from './cells';
import { EditableList } from './EditableList';
import { currencySymbol } from './money';
import { Card } from './Section';
import { WarningList } from './WarningList';
import { useList, useWorksheet } from './worksheet-context';
import { newId } from './worksheet-edits';
import styles from './PlanSection.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

const SUGGESTED_STEPS = 3;

/** Rounds to three significant digits of the room, so suggested prices read like prices. */
const roundTo = (value: number, room: number): number => {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(room) || 1)) - 2);
  return Math.round(value / unit) * unit;
};

export function ConcessionsCard() {
  const { t, i18n } = useTranslation('worksheet');
  const format = useFormat();
  const { analysis, edit, money, currency } = useWorksheet();
  const { items, add, update, remove, move } = useList('concessionSteps');
  const plan = analysis.concessions;
  const { opening, walkAway } = analysis.numbers;
  const stepsById = new Map(plan.steps.map((step) => [step.id, step]));
  const symbol = currencySymbol(i18n.language, currency);

  const suggest = (): void => {
    if (opening === null || walkAway === null) return;
    const steps = suggestConcessionPrices(opening, walkAway, SUGGESTED_STEPS).map((price): ConcessionStep => ({
      id: newId(),
      price: roundTo(price, opening - walkAway),
      inReturn: '',
    }));
    edit((current) => ({ ...current, concessionSteps: steps }));
  };

  return (
    <Card
      title={t('plan.concessions')}
      hint={t('plan.concessionsHint')}
      actions={
        items.length === 0 && (
          <Button
            type="button"
            className="btn btn-sm"
            disabled={opening === null || walkAway === null}
            title={opening === null || walkAway === null ? t('plan.suggestHint') : undefined}
            onClick={suggest}
          >
            {t('plan.suggestSteps')}
          </Button>
        )
      }
    >
      {plan.room !== null && (
        <p className={styles.room} {...confidential}>
          <span>{t('plan.room', { room: money(plan.room) })}</span>
          {plan.totalConceded !== null && <span>{t('plan.conceded', { conceded: money(plan.totalConceded) })}</span>}
          {plan.remaining !== null && <span>{t('plan.remaining', { remaining: money(plan.remaining) })}</span>}
        </p>
      )}
      <EditableList<ConcessionStep>
        items={items}
        itemLabel={(index) => t('plan.step', { index: index + 1 })}
        columns="64px 150px minmax(0, 1fr) 130px"
        headings={['', t('plan.price'), t('plan.inReturn'), t('plan.stepSize')]}
        onMove={(from, to) =>
          move(
            items.map((step) => step.id),
            from,
            to,
          )
        }
        onRemove={remove}
        onAdd={() => add({ id: newId(), price: null, inReturn: '' })}
        addLabel={t('plan.addStep')}
        empty={t('plan.concessionsEmpty')}
        renderFields={(step, index) => {
          const analysed = stepsById.get(step.id);
          return (
            <>
              <span className={styles.stepNumber}>{t('plan.stepNumber', { index: index + 1 })}</span>
              <AmountInput
                aria-label={t('plan.price')}
                prefix={symbol}
                value={step.price}
                onChange={(price) => update(step.id, { price })}
              />
              <TextCell
                label={t('plan.inReturn')}
                placeholder={t('plan.inReturnPlaceholder')}
                value={step.inReturn}
                onChange={(inReturn) => update(step.id, { inReturn })}
              />
              <span className={styles.stepSize} {...confidential}>
                {analysed?.size != null ? money(analysed.size) : '—'}
                {analysed?.shareOfRoom != null && (
                  <span className={styles.share}>
                    <span style={{ width: `${Math.min(100, Math.max(0, analysed.shareOfRoom * 100))}%` }} />
                  </span>
                )}
                {analysed?.shareOfRoom != null && (
                  <span className="visually-hidden">{format.percent(analysed.shareOfRoom)}</span>
                )}
              </span>
            </>
          );
        }}
        renderAfter={(step) => {
          const warnings = plan.warnings.filter(
            (warning) => 'stepId' in warning.params && warning.params.stepId === step.id,
          );
          return warnings.length > 0 ? (
            <div className={styles.stepWarnings}>
              <WarningList warnings={warnings} />
            </div>
          ) : null;
        }}
      />
      <WarningList warnings={plan.warnings.filter((warning) => !('stepId' in warning.params))} />
    </Card>
  );
}
