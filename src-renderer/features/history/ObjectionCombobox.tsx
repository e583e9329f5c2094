// Adding an objection by keyboard: type to search the playbook (recent ones first) or keep your own words; Enter adds.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { DebriefOptions } from '@shared/domain/history/records';
import { searchPlaybook } from '@shared/playbook/search';
import type { ObjectionNature, ObjectionType } from '@shared/playbook/types';
import { Icon } from '../../ui/Icon';
import { useContentLanguage } from '../playbook/use-content-language';
import { useTranslation } from 'react-i18next';
import styles from './Debrief.module.css';

export type ObjectionChoice = {
  cardId: string | null;
  text: string;
  type: ObjectionType;
  nature: ObjectionNature;
};

type Entry = {
  key: string;
  group: 'typed' | 'recent' | 'playbook';
  label: string;
  detail: string;
  choice: ObjectionChoice;
};

const MAX_RECENT = 5;
const MAX_CARDS = 8;
/** Typed objections start as price objections, the most common kind; the row lets the user change it. */
const TYPED_DEFAULT = { type: 'price', nature: 'true' } as const;

export function ObjectionCombobox({
  options,
  onAdd,
  isFocused = false,
}: {
  options: DebriefOptions;
  onAdd: (choice: ObjectionChoice) => void;
  /** Takes the focus when shown: the debrief starts with what they objected to. */
  isFocused?: boolean;
}) {
  const { t } = useTranslation('history');
  const { text: localText } = useContentLanguage();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);

  const documents = useMemo(
    () => options.cards.map((card) => ({ id: card.id, primary: [card.line.en, card.line.zh], secondary: [] })),
    [options.cards],
  );
  const cardsById = useMemo(() => new Map(options.cards.map((card) => [card.id, card])), [options.cards]);

  const trimmed = query.trim();
  const folded = trimmed.toLowerCase();
  const recent: Entry[] = options.recent.objections
    .filter((objection) => folded === '' || objection.text.toLowerCase().includes(folded))
    .slice(0, MAX_RECENT)
    .map((objection, index) => {
      const card = objection.cardId === null ? undefined : cardsById.get(objection.cardId);
      return {
        key: `recent-${index}`,
        group: 'recent',
        label: card ? localText(card.line) : objection.text,
        detail: t(`types.${objection.type}`),
        choice: { ...objection, text: card ? localText(card.line) : objection.text },
      };
    });
  const recentCards = new Set(recent.map((entry) => entry.choice.cardId));
  const cards: Entry[] = searchPlaybook(trimmed, documents)
    .flatMap(({ document }) => {
      const card = cardsById.get(document.id);
      return card && !recentCards.has(card.id) ? [card] : [];
    })
    .slice(0, MAX_CARDS)
    .map((card) => ({
      key: `card-${card.id}`,
      group: 'playbook',
      label: localText(card.line),
      detail: t(`types.${card.type}`),
      choice: { cardId: card.id, text: localText(card.line), type: card.type, nature: card.natures[0] ?? 'true' },
    }));
  const typed: Entry[] =
    trimmed === ''
      ? []
      : [
          {
            key: 'typed',
            group: 'typed',
            label: t('debrief.addTyped', { text: trimmed }),
            detail: '',
            choice: { cardId: null, text: trimmed, ...TYPED_DEFAULT },
          },
        ];
  const entries = [...typed, ...recent, ...cards];
  const activeIndex = Math.min(active, entries.length - 1);

  const pick = (entry: Entry | undefined): void => {
    if (!entry) return;
    onAdd(entry.choice);
    setQuery('');
    setActive(0);
    // Out of the way of the row just added; typing again opens the list.
    setIsOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIsOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + entries.length) % Math.max(entries.length, 1));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (isOpen || trimmed !== '') pick(entries[activeIndex]);
    } else if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      event.stopPropagation();
      setIsOpen(false);
    }
  };

  const optionId = (index: number): string => `${listId}-${index}`;
  const isShown = isOpen && entries.length > 0;
  let lastGroup: Entry['group'] | null = null;

  return (
    <div className={styles.combo}>
      <Icon name="search" size={16} />
      <input
        autoFocus={isFocused}
        className="input"
        role="combobox"
        aria-label={t('debrief.addObjection')}
        aria-expanded={isShown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isShown && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={t('debrief.objectionPlaceholder')}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setIsOpen(true);
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('debrief.addObjection')}
        className={styles.listbox}
        hidden={!isShown}
        onMouseDown={(event) => event.preventDefault()}
      >
        {entries.map((entry, index) => {
          const heading =
            entry.group !== lastGroup && entry.group !== 'typed' ? (
              <li key={`${entry.group}-heading`} role="presentation" className={styles.groupHeading}>
                {t(entry.group === 'recent' ? 'debrief.recent' : 'debrief.playbook')}
              </li>
            ) : null;
          lastGroup = entry.group;
          return [
            heading,
            <li
              key={entry.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={`${styles.option} ${index === activeIndex ? styles.optionActive : ''}`}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(entry)}
            >
              <span className={styles.optionText}>{entry.label}</span>
              {entry.detail && <span className="badge">{entry.detail}</span>}
            </li>,
          ];
        })}
      </ul>
    </div>
  );
}
