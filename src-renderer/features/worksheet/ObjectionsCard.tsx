// Expected objections: picked from the playbook or written, each with a prepared answer and techniques.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectionCard } from '@shared/playbook';
import type { ExpectedObjection } from '@shared/domain/worksheet-types';
import { Icon } from '../../ui/Icon';
import { TextCell } from './cells';
import { EditableList } from './EditableList';
import { ObjectionPicker } from './ObjectionPicker';
import { localized, usePlaybook } from './playbook-source';
import { Card } from './Section';
import { useList } from './worksheet-context';
import { newId } from './worksheet-edits';
import styles from './PlanSection.module.css';
import { Button } from '../../ui/Button';

const SUGGESTED_TECHNIQUES = 3;

export function ObjectionsCard() {
  const { t, i18n } = useTranslation('worksheet');
  const playbook = usePlaybook();
  const { items, add, update, remove, move } = useList('expectedObjections');
  const [isPicking, setIsPicking] = useState(false);
  const techniqueName = (id: string): string => {
    const technique = playbook.techniques.find((candidate) => candidate.id === id);
    return technique ? localized(technique.name, i18n.language) : id;
  };
  const addCard = (card: ObjectionCard): void => {
    const answer = card.modelAnswers[0];
    add({
      id: newId(),
      cardId: card.id,
      text: localized(card.line, i18n.language),
      answer: answer ? localized(answer, i18n.language) : '',
      techniqueIds: card.techniqueIds.slice(0, SUGGESTED_TECHNIQUES),
    });
  };

  return (
    <Card title={t('plan.objections')} hint={t('plan.objectionsHint')}>
      <EditableList<ExpectedObjection>
        items={items}
        itemLabel={(index) => t('plan.objectionItem', { index: index + 1 })}
        columns="minmax(0, 1fr)"
        onMove={(from, to) =>
          move(
            items.map((objection) => objection.id),
            from,
            to,
          )
        }
        onRemove={remove}
        onAdd={() => add({ id: newId(), cardId: null, text: '', answer: '', techniqueIds: [] })}
        addLabel={t('plan.write')}
        empty={t('plan.objectionsEmpty')}
        footer={
          <Button type="button" className="btn btn-sm" onClick={() => setIsPicking(true)}>
            <Icon name="playbook" size={14} />
            {t('plan.pick')}
          </Button>
        }
        renderFields={(objection) => (
          <div className={styles.objection}>
            <div className={styles.objectionHead}>
              <TextCell
                label={t('plan.objection')}
                placeholder={t('plan.objectionPlaceholder')}
                value={objection.text}
                onChange={(text) => update(objection.id, { text })}
              />
              {objection.cardId && <span className="badge badge-accent">{t('plan.fromPlaybook')}</span>}
            </div>
            <textarea
              className={`textarea ${styles.answer}`}
              aria-label={t('plan.answer')}
              placeholder={t('plan.answerPlaceholder')}
              maxLength={4000}
              rows={2}
              value={objection.answer}
              onChange={(event) => update(objection.id, { answer: event.target.value })}
            />
            <div className={styles.techniques}>
              <span className={styles.techniquesLabel}>{t('plan.techniques')}</span>
              {objection.techniqueIds.map((id) => (
                <span key={id} className={styles.chip}>
                  {techniqueName(id)}
                  <Button
                    type="button"
                    aria-label={t('plan.removeTechnique', { name: techniqueName(id) })}
                    onClick={() =>
                      update(objection.id, { techniqueIds: objection.techniqueIds.filter((other) => other !== id) })
                    }
                  >
                    <Icon name="close" size={11} />
                  </Button>
                </span>
              ))}
              <select
                className={`select ${styles.addTechnique}`}
                aria-label={t('plan.addTechnique')}
                value=""
                onChange={(event) =>
                  event.target.value &&
                  update(objection.id, { techniqueIds: [...objection.techniqueIds, event.target.value] })
                }
              >
                <option value="">{t('plan.addTechnique')}</option>
                {playbook.techniques
                  .filter((technique) => !objection.techniqueIds.includes(technique.id))
                  .map((technique) => (
                    <option key={technique.id} value={technique.id}>
                      {localized(technique.name, i18n.language)}
                    </option>
                  ))}
              </select>
            </div>
          </div>
        )}
      />
      {isPicking && (
        <ObjectionPicker
          addedCardIds={new Set(items.flatMap((objection) => (objection.cardId ? [objection.cardId] : [])))}
          onAdd={addCard}
          onClose={() => setIsPicking(false)}
        />
      )}
    </Card>
  );
}
