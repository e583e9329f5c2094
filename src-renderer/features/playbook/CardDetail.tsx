// One objection card in full: what the customer says, how to read it, the answers, the trap and the techniques.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveCard, EffectiveTechnique } from '@shared/playbook/effective-playbook';
import { userText } from '@shared/playbook/types';
import type { PlaybookEntry } from '@shared/playbook/query';
import { OBJECTION_NATURE_INFO, OBJECTION_TYPE_INFO } from '@shared/playbook/objection-types';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { EntryActions } from './EntryActions';
import { EntryBadges } from './EntryBadges';
import { NatureGuide } from './NatureGuide';
import { TechniqueSummary } from './TechniqueSummary';
import { useContentLanguage } from './use-content-language';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

export function CardDetail({
  card,
  techniquesById,
  onEdit,
  onChanged,
  onOpenTechnique,
}: {
  card: EffectiveCard;
  techniquesById: ReadonlyMap<string, EffectiveTechnique>;
  onEdit: () => void;
  onChanged: (entry: PlaybookEntry | null) => void;
  onOpenTechnique: (id: string) => void;
}) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  const typeInfo = OBJECTION_TYPE_INFO.find((info) => info.id === card.type);
  const techniques = card.techniqueIds.flatMap((id) => techniquesById.get(id) ?? []);

  return (
    <article className={styles.detail} aria-labelledby="playbook-card-line">
      <div className={styles.detailTop}>
        <div className={styles.chips}>
          {typeInfo && <span className={styles.chip}>{text(typeInfo.name)}</span>}
          {card.situation && <span className={styles.chip}>{t(`situations.${card.situation}`)}</span>}
          <EntryBadges origin={card.origin} isHidden={card.isHidden} />
        </div>
        <EntryActions
          entry={{ kind: 'card', id: card.id }}
          status={card}
          name={text(card.line)}
          onEdit={onEdit}
          onChanged={onChanged}
        />
      </div>

      <p className={styles.eyebrow}>{t('card.says')}</p>
      <h2 id="playbook-card-line" className={styles.line}>
        {text(card.line)}
      </h2>
      <p className={styles.natures}>
        {t('card.natures', {
          natures: card.natures
            .map((nature) => OBJECTION_NATURE_INFO.find((info) => info.id === nature))
            .flatMap((info) => (info ? [text(info.name)] : []))
            .join(' · '),
        })}
      </p>

      {card.isHidden && <p className={styles.note}>{t('card.hiddenNote')}</p>}
      {card.origin === 'edited' && <p className={styles.note}>{t('card.editedNote')}</p>}

      <section className={styles.section} aria-labelledby="playbook-answers">
        <h3 id="playbook-answers">{t('card.answers')}</h3>
        <ol className={styles.answers}>
          {card.modelAnswers.map((answer, index) => (
            <li key={index}>{text(answer)}</li>
          ))}
        </ol>
        <AddAnswer card={card} onAdded={onChanged} />
      </section>

      <section className={`${styles.section} ${styles.trap}`} aria-labelledby="playbook-trap">
        <h3 id="playbook-trap">
          <Icon name="alert" size={15} />
          {t('card.trap')}
        </h3>
        <p>{text(card.trap)}</p>
      </section>

      <section className={styles.section} aria-labelledby="playbook-techniques">
        <h3 id="playbook-techniques">{t('card.techniques')}</h3>
        {techniques.length === 0 ? (
          <p className="muted">{t('card.noTechniques')}</p>
        ) : (
          <div className={styles.techniqueList}>
            {techniques.map((technique) => (
              <TechniqueSummary key={technique.id} technique={technique} onOpen={() => onOpenTechnique(technique.id)} />
            ))}
          </div>
        )}
      </section>

      {typeInfo && (
        <section className={styles.section} aria-labelledby="playbook-diagnostic">
          <h3 id="playbook-diagnostic">{t('card.diagnostic')}</h3>
          <p className={styles.quote}>{text(typeInfo.diagnosticQuestion)}</p>
          <p className={styles.small}>{text(typeInfo.howToTell)}</p>
        </section>
      )}

      <div className={styles.section}>
        <NatureGuide likely={card.natures} />
      </div>
    </article>
  );
}

/** The user's own answer to a card, written inline; a built-in card becomes "edited", reset removes it again. */
function AddAnswer({ card, onAdded }: { card: EffectiveCard; onAdded: (entry: PlaybookEntry) => void }) {
  const { t } = useTranslation('playbook');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const [answer, setAnswer] = useState<string | null>(null);

  if (answer === null)
    return (
      <Button type="button" className="btn btn-sm btn-ghost" onClick={() => setAnswer('')}>
        <Icon name="plus" size={14} />
        {t('card.addAnswer')}
      </Button>
    );

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (answer.trim() === '') return;
    const { origin: _origin, isHidden: _isHidden, ...content } = card;
    try {
      const saved = await call('playbook:save', {
        kind: 'card',
        card: { ...content, modelAnswers: [...card.modelAnswers, userText(answer.trim())] },
      });
      setAnswer(null);
      onAdded(saved);
      toast({ message: t('toasts.answerAdded') });
    } catch (error) {
      toast({ tone: 'error', message: tc('errors.generic', { message: (error as Error).message }) });
    }
  };

  return (
    <form className={styles.addAnswer} onSubmit={(event) => void submit(event)}>
      <label className="visually-hidden" htmlFor="playbook-new-answer">
        {t('card.answerLabel')}
      </label>
      <textarea
        id="playbook-new-answer"
        className="textarea"
        rows={3}
        autoFocus
        value={answer}
        placeholder={t('card.answerPlaceholder')}
        onChange={(event) => setAnswer(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setAnswer(null);
          if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') void submit(event);
        }}
      />
      <div className={styles.formButtons}>
        <Button type="button" className="btn btn-sm" onClick={() => setAnswer(null)}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit" className="btn btn-sm btn-primary" disabled={answer.trim() === ''}>
          {t('card.saveAnswer')}
        </Button>
      </div>
    </form>
  );
}
