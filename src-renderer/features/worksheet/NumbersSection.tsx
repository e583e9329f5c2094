// Numbers – opening, target, walk-away (following the real BATNA unless set), their estimated walk-away, and the ZOPA.
import { useTranslation } from 'react-i18next';
import type { WorksheetNumbers } from '@shared/domain/worksheet-types';
import { Field } from '../../ui/Field';
import { AmountInput } from '../../ui/AmountInput';
import { currencySymbol } from './money';
import { Card, Section } from './Section';
import { WarningList } from './WarningList';
import { useWorksheet } from './worksheet-context';
import { ZopaChart } from './ZopaChart';
import styles from './NumbersSection.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

export function NumbersSection() {
  const { t, i18n } = useTranslation('worksheet');
  const { worksheet, analysis, edit, money, currency, side } = useWorksheet();
  const symbol = currencySymbol(i18n.language, currency);
  const resolved = analysis.numbers;
  const suggestion = resolved.suggestion;
  const set = (patch: Partial<WorksheetNumbers>): void =>
    edit(
      (current) => ({ ...current, numbers: { ...current.numbers, ...patch } }),
      `numbers:${Object.keys(patch).join(',')}`,
    );
  const amount = (key: 'opening' | 'target' | 'theirWalkAwayLow' | 'theirWalkAwayHigh') => (
    <AmountInput prefix={symbol} value={worksheet.numbers[key]} onChange={(value) => set({ [key]: value })} />
  );
  const followsBatna = resolved.walkAwaySource === 'suggested';
  const canUseSuggestion = suggestion.value !== null && !followsBatna;

  return (
    <Section id="numbers" aside={<span className="badge badge-accent">{t(`header.side.${side}`)}</span>}>
      <div className={styles.layout}>
        <div className={styles.inputs}>
          <Card title={t('numbers.ours')}>
            <Field label={t('numbers.opening')}>{amount('opening')}</Field>
            <Field label={t('numbers.target')}>{amount('target')}</Field>
            <div className={styles.walkAway}>
              <Field label={t('numbers.walkAway')}>
                <AmountInput
                  prefix={symbol}
                  value={resolved.walkAway}
                  onChange={(value) => set({ walkAway: value, isWalkAwayManual: true })}
                />
              </Field>
              <div className={styles.suggestion}>
                {followsBatna ? (
                  <span className="badge badge-success">{t('numbers.walkAwayFollows')}</span>
                ) : suggestion.value === null ? (
                  <span className="muted">{t('numbers.noSuggestion')}</span>
                ) : (
                  <span className={styles.suggestionText} {...confidential}>
                    {t('numbers.suggestion', { value: money(suggestion.value) })}
                  </span>
                )}
                {resolved.hypotheticalBatna && (
                  <span className={styles.suggestionText} {...confidential}>
                    {t('numbers.ifReal', { value: money(resolved.hypotheticalBatna.value) })}
                  </span>
                )}
                {canUseSuggestion && (
                  <Button
                    type="button"
                    className="btn btn-sm"
                    onClick={() => set({ walkAway: suggestion.value, isWalkAwayManual: false })}
                  >
                    {t('numbers.useSuggestion')}
                  </Button>
                )}
              </div>
            </div>
          </Card>
          <Card title={t('numbers.theirs')} hint={t('numbers.theirHint')}>
            <div className={styles.pair}>
              <Field label={t('numbers.low')}>{amount('theirWalkAwayLow')}</Field>
              <Field label={t('numbers.high')}>{amount('theirWalkAwayHigh')}</Field>
            </div>
          </Card>
        </div>
        <div className={styles.results}>
          <Card title={t('numbers.zopa')}>
            <ZopaChart zopa={analysis.zopa} />
          </Card>
          <Card title={t('numbers.checks')}>
            <WarningList warnings={analysis.numberWarnings} emptyText={t('numbers.allConsistent')} />
          </Card>
        </div>
      </div>
    </Section>
  );
}
