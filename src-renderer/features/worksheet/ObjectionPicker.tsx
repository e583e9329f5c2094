// A searchable list of playbook objections to add to the worksheet's expected objections.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectionCard } from '@shared/playbook';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { localized, usePlaybook } from './playbook-source';
import styles from './ObjectionPicker.module.css';
import { Button } from '../../ui/Button';

export function ObjectionPicker({
  addedCardIds,
  onAdd,
  onClose,
}: {
  addedCardIds: ReadonlySet<string>;
  onAdd: (card: ObjectionCard) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('worksheet');
  const { t: tc } = useTranslation();
  const playbook = usePlaybook();
  const [query, setQuery] = useState('');
  const cards = playbook.searchCards(query);

  return (
    <Dialog
      title={t('picker.title')}
      onClose={onClose}
      footer={
        <Button type="button" className="btn btn-primary" onClick={onClose}>
          {tc('actions.close')}
        </Button>
      }
    >
      <div className={styles.search}>
        <Icon name="search" size={16} />
        <input
          className="input"
          type="search"
          aria-label={t('picker.search')}
          placeholder={t('picker.searchPlaceholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p className={styles.count} aria-live="polite">
        {t('picker.count', { count: cards.length })}
      </p>
      {cards.length === 0 ? (
        <p className={styles.none}>{t('picker.noMatch')}</p>
      ) : (
        <ul className={styles.cards}>
          {cards.map((card) => {
            const line = localized(card.line, i18n.language);
            const isAdded = addedCardIds.has(card.id);
            return (
              <li key={card.id} className={styles.card}>
                <div className={styles.cardText}>
                  <p className={styles.line}>{line}</p>
                  <p className={styles.answer}>{localized(card.modelAnswers[0] ?? card.line, i18n.language)}</p>
                </div>
                <span className="badge">{t(`picker.types.${card.type}`)}</span>
                <Button
                  type="button"
                  className="btn btn-sm"
                  disabled={isAdded}
                  aria-label={`${t('picker.add')}: ${line}`}
                  onClick={() => onAdd(card)}
                >
                  <Icon name={isAdded ? 'check' : 'plus'} size={14} />
                  {isAdded ? t('picker.added') : t('picker.add')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
