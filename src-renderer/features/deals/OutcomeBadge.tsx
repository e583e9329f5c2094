// A deal's stage, or its outcome once closed, as a coloured badge.
import { useTranslation } from 'react-i18next';
import type { DealOutcome, DealStage } from '@shared/domain/deal';

const OUTCOME_TONE: Record<DealOutcome, string> = {
  open: '',
  won: 'badge-success',
  lost: 'badge-danger',
  'no-deal': '',
  'walked-away': 'badge-warning',
};

export function OutcomeBadge({ stage, outcome }: { stage: DealStage; outcome: DealOutcome }) {
  const { t } = useTranslation();
  if (outcome !== 'open') return <span className={`badge ${OUTCOME_TONE[outcome]}`}>{t(`outcomes.${outcome}`)}</span>;
  return <span className={`badge ${stage === 'negotiating' ? 'badge-accent' : ''}`}>{t(`stages.${stage}`)}</span>;
}
