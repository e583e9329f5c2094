// O – options scored against every interest of both sides, with mutual gains and trade candidates marked.
import { useTranslation } from 'react-i18next';
import type { OptionAssessment } from '@shared/domain/worksheet';
import type { Interest, OptionScore, ValueOption } from '@shared/domain/worksheet-types';
import { Icon } from '../../ui/Icon';
import { ChoiceCell, TextCell } from './cells';
import { EditableList } from './EditableList';
import { FabCard } from './FabCard';
import { Card, Section } from './Section';
import { useList, useWorksheet } from './worksheet-context';
import { newId } from './worksheet-edits';
import styles from './OptionsSection.module.css';
import { Button } from '../../ui/Button';

const SCORES = [2, 1, 0, -1, -2] as const satisfies readonly OptionScore[];
const scoreText = (score: number): string => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0');
const QUADRANT_BADGE = {
  'mutual-gain': 'badge-success',
  'helps-them': 'badge-accent',
  'helps-us': 'badge-warning',
  'no-gain': '',
} as const satisfies Record<OptionAssessment['quadrant'], string>;

export function OptionsSection() {
  const { t } = useTranslation('worksheet');
  const { worksheet, analysis, goTo } = useWorksheet();
  const { items, add, update, remove } = useList('options');
  const interests = [
    ...worksheet.interests.filter((interest) => interest.party === 'ours'),
    ...worksheet.interests.filter((interest) => interest.party === 'theirs'),
  ];
  const assessments = new Map(analysis.options.options.map((assessment) => [assessment.optionId, assessment]));
  const hasInterests = interests.length > 0;

  const heading = (interest: Interest) => (
    <span className={`${styles.interestHeading} ${styles[interest.party]}`} title={interest.text}>
      <span className={styles.interestText}>{interest.text || '—'}</span>
    </span>
  );

  return (
    <Section id="options">
      <Card title={t('options.heading')} hint={hasInterests ? t('options.legend') : undefined}>
        {!hasInterests && (
          <p className={styles.notice}>
            {t('options.noInterests')}
            <Button type="button" className="btn btn-sm" onClick={() => goTo('interests')}>
              {t('options.goToInterests')}
            </Button>
          </p>
        )}
        {hasInterests && (
          <div className={styles.partyRow} aria-hidden="true">
            <span className={`${styles.partyKey} ${styles.ours}`}>{t('options.ours')}</span>
            <span className={`${styles.partyKey} ${styles.theirs}`}>{t('options.theirs')}</span>
            <span className={styles.scale}>{t('options.scoreHint')}</span>
          </div>
        )}
        <div className={styles.scroller}>
          <EditableList<ValueOption>
            items={items}
            itemLabel={(index) => t('options.item', { index: index + 1 })}
            columns={hasInterests ? `minmax(180px, 1fr) repeat(${interests.length}, 54px) 132px` : 'minmax(180px, 1fr)'}
            headings={
              hasInterests
                ? [t('options.text'), ...interests.map(heading), t('options.assessment')]
                : [t('options.text')]
            }
            onRemove={remove}
            onAdd={() => add({ id: newId(), text: '', scores: {} })}
            addLabel={t('options.add')}
            empty={t('options.empty')}
            rowClassName={(option) => (assessments.get(option.id)?.isTradeCandidate ? styles.tradeRow : undefined)}
            renderFields={(option) => {
              const assessment = assessments.get(option.id);
              return (
                <>
                  <TextCell
                    label={t('options.text')}
                    placeholder={t('options.textPlaceholder')}
                    value={option.text}
                    onChange={(text) => update(option.id, { text })}
                  />
                  {interests.map((interest) => {
                    const score = option.scores[interest.id] ?? 0;
                    return (
                      <ChoiceCell<OptionScore>
                        key={interest.id}
                        className={`${styles.score} ${styles[`score${score}`]}`}
                        label={t('options.score', {
                          option: option.text || t('options.untitled'),
                          interest: interest.text || '—',
                        })}
                        value={score}
                        choices={SCORES}
                        labelOf={scoreText}
                        onChange={(value) => update(option.id, { scores: { ...option.scores, [interest.id]: value } })}
                      />
                    );
                  })}
                  {hasInterests && assessment && <AssessmentCell assessment={assessment} />}
                </>
              );
            }}
          />
        </div>
      </Card>
      <FabCard />
    </Section>
  );
}

function AssessmentCell({ assessment }: { assessment: OptionAssessment }) {
  const { t } = useTranslation('worksheet');
  return (
    <span className={styles.assessment}>
      <span className={`badge ${QUADRANT_BADGE[assessment.quadrant]}`}>
        {t(`options.quadrants.${assessment.quadrant}`)}
      </span>
      {assessment.isTradeCandidate && (
        <span className={styles.trade} title={t('options.tradeHint')}>
          <Icon name="star" size={13} />
          {t('options.trade')}
        </span>
      )}
    </span>
  );
}
