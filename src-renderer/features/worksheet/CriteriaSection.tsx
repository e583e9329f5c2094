// C – objective criteria, and precedent suggested from the user's own closed deals.
import { useTranslation } from 'react-i18next';
import { precedentToCriterion, type PrecedentSuggestion } from '@shared/domain/worksheet';
import { CRITERION_KINDS, type Criterion } from '@shared/domain/worksheet-types';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useAsync } from '../../ui/use-async';
import { ChoiceCell, TextCell } from './cells';
import { EditableList } from './EditableList';
import { Card, Section } from './Section';
import { useList, useWorksheet } from './worksheet-context';
import { newId } from './worksheet-edits';
import styles from './CriteriaSection.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

const FAVOURS = ['us', 'them', 'neutral'] as const;

export function CriteriaSection() {
  const { t } = useTranslation('worksheet');
  const { items, add, update, remove } = useList('criteria');
  return (
    <Section id="criteria">
      <Card title={t('criteria.heading')}>
        <EditableList<Criterion>
          items={items}
          itemLabel={(index) => t('criteria.item', { index: index + 1 })}
          columns="168px minmax(0, 1fr) 150px 104px"
          headings={[t('criteria.kind'), t('criteria.standard'), t('criteria.source'), t('criteria.favours')]}
          onRemove={remove}
          onAdd={() =>
            add({
              id: newId(),
              kind: 'market-price',
              standard: '',
              source: '',
              favours: 'neutral',
              precedentDealId: null,
            })
          }
          addLabel={t('criteria.add')}
          empty={t('criteria.empty')}
          renderFields={(criterion) => (
            <>
              <ChoiceCell
                label={t('criteria.kind')}
                value={criterion.kind}
                choices={CRITERION_KINDS}
                labelOf={(kind) => t(`criteria.kinds.${kind}`)}
                onChange={(kind) => update(criterion.id, { kind })}
              />
              <TextCell
                label={t('criteria.standard')}
                placeholder={t('criteria.standardPlaceholder')}
                value={criterion.standard}
                onChange={(standard) => update(criterion.id, { standard })}
              />
              <TextCell
                label={t('criteria.source')}
                placeholder={t('criteria.sourcePlaceholder')}
                value={criterion.source}
                onChange={(source) => update(criterion.id, { source })}
              />
              <ChoiceCell
                label={t('criteria.favours')}
                value={criterion.favours}
                choices={FAVOURS}
                labelOf={(favours) => t(`criteria.favoursValues.${favours}`)}
                onChange={(favours) => update(criterion.id, { favours })}
              />
            </>
          )}
        />
      </Card>
      <PrecedentCard onAdd={(criterion) => add(criterion)} added={items} />
    </Section>
  );
}

function PrecedentCard({ onAdd, added }: { onAdd: (criterion: Criterion) => void; added: readonly Criterion[] }) {
  const { t } = useTranslation('worksheet');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const { dealId } = useWorksheet();
  const suggestions = useAsync(() => call('worksheet:precedents', { dealId }), [dealId]);
  const addedIds = new Set(added.map((criterion) => criterion.precedentDealId));

  const standardOf = (suggestion: PrecedentSuggestion): string => {
    const common = { title: suggestion.title, date: format.date(suggestion.date) };
    return suggestion.finalPrice === null
      ? t('criteria.precedentStandardNoPrice', { ...common, outcome: tc(`outcomes.${suggestion.outcome}`) })
      : t('criteria.precedentStandard', { ...common, price: format.money(suggestion.finalPrice, suggestion.currency) });
  };
  const reasonText = (reason: PrecedentSuggestion['reasons'][number]): string => {
    switch (reason.kind) {
      case 'same-counterpart':
        return t('criteria.reasons.same-counterpart');
      case 'shared-tags':
        return t('criteria.reasons.shared-tags', { tags: reason.tags.join(', ') });
      case 'similar-value':
        return t('criteria.reasons.similar-value', { difference: format.percent(reason.difference) });
    }
  };

  return (
    <Card title={t('criteria.precedentHeading')} hint={t('criteria.precedentHint')}>
      {suggestions.error ? (
        <p role="alert" className={styles.error}>
          {t('criteria.precedentFailed', { message: suggestions.error.message })}
        </p>
      ) : !suggestions.data ? (
        <p className="muted">{t('criteria.precedentLoading')}</p>
      ) : suggestions.data.length === 0 ? (
        <p className={styles.empty}>{t('criteria.precedentEmpty')}</p>
      ) : (
        <ul className={styles.precedents} aria-label={t('criteria.precedentHeading')}>
          {suggestions.data.map((suggestion) => {
            const isAdded = addedIds.has(suggestion.dealId);
            return (
              <li key={suggestion.dealId} className={styles.precedent}>
                <div className={styles.precedentMain}>
                  <p className={styles.precedentTitle}>
                    <strong>{suggestion.title}</strong>
                    <span className="muted">{suggestion.counterpartOrg}</span>
                  </p>
                  <p className={styles.precedentFacts}>
                    <span className={`badge ${suggestion.outcome === 'won' ? 'badge-success' : ''}`}>
                      {tc(`outcomes.${suggestion.outcome}`)}
                    </span>
                    <span>{format.date(suggestion.date)}</span>
                    <span className={styles.price} {...confidential}>
                      {suggestion.finalPrice === null
                        ? t('criteria.noFinalPrice')
                        : t('criteria.finalPrice', { price: format.money(suggestion.finalPrice, suggestion.currency) })}
                    </span>
                  </p>
                  <p className={styles.reasons}>
                    {suggestion.reasons.map((reason) => (
                      <span key={reason.kind} className="badge badge-accent">
                        {reasonText(reason)}
                      </span>
                    ))}
                  </p>
                </div>
                <Button
                  type="button"
                  className="btn btn-sm"
                  disabled={isAdded}
                  aria-label={t('criteria.precedentAddLabel', {
                    action: isAdded ? t('criteria.precedentAdded') : t('criteria.precedentAdd'),
                    title: suggestion.title,
                  })}
                  onClick={() => onAdd(precedentToCriterion(suggestion, newId(), standardOf(suggestion)))}
                >
                  <Icon name={isAdded ? 'check' : 'plus'} size={14} />
                  {isAdded ? t('criteria.precedentAdded') : t('criteria.precedentAdd')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
