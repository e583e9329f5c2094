// How the deal ended and the review every account manager writes, won or lost: the four questions and the lessons.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal, DealOutcome, DealReview, DealStage } from '@shared/domain/deal';
import { DEAL_OUTCOMES } from '@shared/domain/deal';
import { dealNumbers, isWorse } from '@shared/domain/worksheet';
import { useFormat } from '../../i18n/format';
import { call, IpcError } from '../../ipc-client';
import { useToast } from '../../ui/Toasts';
import { AmountInput } from '../../ui/AmountInput';
import { currencySymbol } from '../worksheet/money';
import { localToday } from './history-period';
import { Segmented } from './Segmented';
import styles from './Debrief.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

const QUESTIONS = ['knewTheirNeeds', 'theyKnewUs', 'competitorsLearned', 'whereItFailed'] as const;
const OPEN_STAGES = ['preparing', 'negotiating'] as const satisfies readonly DealStage[];

type OutcomeState = { stage: DealStage; outcome: DealOutcome; review: DealReview };

const stateOf = (deal: Deal): OutcomeState => ({ stage: deal.stage, outcome: deal.outcome, review: deal.review });

/** A final price on the wrong side of the resolved walk-away: below it when selling, above it when buying. */
const isBeyondWalkAway = (deal: Deal, walkAway: number | null, price: number | null): boolean =>
  price !== null && walkAway !== null && isWorse(price, walkAway, deal.side);

export function OutcomeForm({ deal, onSaved }: { deal: Deal; onSaved: (deal: Deal) => void }) {
  const { t, i18n } = useTranslation('history');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const titleId = useId();
  const closedOnError = useId();
  const [form, setForm] = useState(() => stateOf(deal));
  const [isSaving, setIsSaving] = useState(false);
  const { walkAway } = dealNumbers(deal);
  const [isChecked, setIsChecked] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const isClosed = form.outcome !== 'open';
  const isMissingDate = isClosed && form.review.closedOn === null;
  const isDirty = JSON.stringify(form) !== JSON.stringify(stateOf(deal));
  const setReview = (patch: Partial<DealReview>): void => setForm({ ...form, review: { ...form.review, ...patch } });

  const chooseOutcome = (outcome: DealOutcome): void => {
    if (outcome === 'open') {
      setForm({ ...form, outcome, stage: form.stage === 'closed' ? 'negotiating' : form.stage });
      return;
    }
    setForm({
      ...form,
      outcome,
      stage: 'closed',
      review: { ...form.review, closedOn: form.review.closedOn ?? localToday() },
    });
  };

  const save = async (): Promise<void> => {
    setIsChecked(true);
    if (isMissingDate) return;
    setIsSaving(true);
    setFailure(null);
    try {
      const saved = await call('history:save-outcome', {
        dealId: deal.id,
        ...form,
        review: { ...form.review, lostReason: form.review.lostReason.trim() },
      });
      setForm(stateOf(saved));
      setIsChecked(false);
      toast({ message: t('outcome.saved') });
      onSaved(saved);
    } catch (error) {
      setFailure(error instanceof IpcError || error instanceof Error ? error.message : String(error));
    } finally {
      setIsSaving(false);
    }
  };

  const textArea = (key: (typeof QUESTIONS)[number] | 'lessons', label: string, placeholder?: string) => (
    <label key={key} className={styles.field}>
      <span className={styles.fieldLabel}>{label}</span>
      <textarea
        className="textarea"
        rows={2}
        maxLength={20_000}
        value={form.review[key]}
        placeholder={placeholder}
        onChange={(event) => setReview({ [key]: event.target.value })}
      />
    </label>
  );

  return (
    <form
      className={`card ${styles.outcome}`}
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={titleId}>{t('outcome.title')}</h3>
      <Segmented
        label={t('outcome.outcome')}
        isLabelShown
        value={form.outcome}
        options={DEAL_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: tc(`outcomes.${outcome}`),
          ...(outcome === 'won' ? { tone: 'good' as const } : outcome === 'open' ? {} : { tone: 'bad' as const }),
        }))}
        onChange={chooseOutcome}
      />
      {isClosed ? (
        <div className={styles.basics}>
          <label className={styles.field}>
            <span className={styles.fieldLabel}>{t('outcome.finalPrice')}</span>
            <AmountInput
              value={form.review.finalPrice}
              prefix={currencySymbol(i18n.language, deal.currency)}
              onChange={(finalPrice) => setReview({ finalPrice })}
            />
          </label>
          <label className={styles.field}>
            <span className={styles.fieldLabel}>{t('outcome.closedOn')}</span>
            <input
              className="input"
              type="date"
              required
              value={form.review.closedOn ?? ''}
              aria-invalid={(isChecked && isMissingDate) || undefined}
              aria-describedby={isChecked && isMissingDate ? closedOnError : undefined}
              onChange={(event) => setReview({ closedOn: event.target.value || null })}
            />
            {isChecked && isMissingDate && (
              <span id={closedOnError} className={styles.error} role="alert">
                {t('outcome.closedOnRequired')}
              </span>
            )}
          </label>
        </div>
      ) : (
        <label className={styles.field}>
          <span className={styles.fieldLabel}>{t('outcome.stage')}</span>
          <select
            className="select"
            value={form.stage}
            onChange={(event) =>
              setForm({ ...form, stage: event.target.value === 'preparing' ? 'preparing' : 'negotiating' })
            }
          >
            {OPEN_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {tc(`stages.${stage}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {isClosed && form.outcome === 'won' && isBeyondWalkAway(deal, walkAway, form.review.finalPrice) && (
        <p className={styles.warningNote} role="note" {...confidential}>
          {t('outcome.walkAwayWarning', {
            walkAway: format.money(walkAway, deal.currency),
          })}
        </p>
      )}
      {isClosed && form.outcome !== 'won' && (
        <label className={styles.field}>
          <span className={styles.fieldLabel}>{t('outcome.lostReason')}</span>
          <input
            className="input"
            maxLength={2000}
            value={form.review.lostReason}
            placeholder={t('outcome.lostReasonPlaceholder')}
            onChange={(event) => setReview({ lostReason: event.target.value })}
          />
        </label>
      )}
      <p className="muted">{t('outcome.reviewIntro')}</p>
      {QUESTIONS.map((question) => textArea(question, t(`outcome.questions.${question}`)))}
      {textArea('lessons', t('outcome.lessons'), t('outcome.lessonsPlaceholder'))}
      {failure && (
        <p className={styles.error} role="alert">
          {t('errors.failed', { message: failure })}
        </p>
      )}
      <div className={styles.outcomeFooter}>
        {!isDirty && !isSaving && <span className="muted">{tc('status.saved')}</span>}
        <Button type="submit" className="btn btn-primary" disabled={isSaving || !isDirty}>
          {isSaving ? tc('status.saving') : t('outcome.save')}
        </Button>
      </div>
    </form>
  );
}
