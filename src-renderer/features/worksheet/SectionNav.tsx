// The worksheet's sections as vertical tabs (arrow keys move between them), each with how complete it is.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Readiness } from '@shared/domain/worksheet';
import { Icon, type IconName } from '../../ui/Icon';
import { SECTION_OF_ITEM, SECTIONS, type SectionId } from './sections';
import styles from './WorksheetEditor.module.css';
import { Button } from '../../ui/Button';

const MARKS: Record<SectionId, { letter: string } | { icon: IconName }> = {
  interests: { letter: 'I' },
  criteria: { letter: 'C' },
  options: { letter: 'O' },
  alternatives: { letter: 'N' },
  numbers: { icon: 'target' },
  plan: { icon: 'flag' },
  offer: { icon: 'scale' },
  readiness: { icon: 'gauge' },
};

type Completion = 'met' | 'partial' | 'empty' | 'none';

const completionOf = (readiness: Readiness, section: SectionId): Completion => {
  const items = readiness.items.filter((item) => SECTION_OF_ITEM[item.id] === section);
  if (items.length === 0) return 'none';
  if (items.every((item) => item.isMet)) return 'met';
  return items.some((item) => item.earned > 0) ? 'partial' : 'empty';
};

export const tabId = (section: SectionId): string => `ws-tab-${section}`;
export const panelId = 'ws-panel';

export function SectionNav({
  active,
  readiness,
  onSelect,
}: {
  active: SectionId;
  readiness: Readiness;
  onSelect: (section: SectionId) => void;
}) {
  const { t } = useTranslation('worksheet');
  const listRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent): void => {
    const index = SECTIONS.indexOf(active);
    const next =
      event.key === 'ArrowDown'
        ? SECTIONS[(index + 1) % SECTIONS.length]
        : event.key === 'ArrowUp'
          ? SECTIONS[(index - 1 + SECTIONS.length) % SECTIONS.length]
          : event.key === 'Home'
            ? SECTIONS[0]
            : event.key === 'End'
              ? SECTIONS[SECTIONS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };

  return (
    <div
      ref={listRef}
      className={styles.nav}
      role="tablist"
      aria-orientation="vertical"
      aria-label={t('sectionsLabel')}
      onKeyDown={onKeyDown}
    >
      {SECTIONS.map((section) => {
        const mark = MARKS[section];
        const completion = completionOf(readiness, section);
        const isActive = section === active;
        return (
          <Button
            key={section}
            id={tabId(section)}
            type="button"
            role="tab"
            aria-selected={isActive}
            aria-controls={panelId}
            aria-describedby={`${tabId(section)}-caption`}
            tabIndex={isActive ? 0 : -1}
            className={`${styles.navItem} ${isActive ? styles.navActive : ''}`}
            onClick={() => onSelect(section)}
          >
            <span className={`${styles.navMark} ${'letter' in mark ? styles.navLetter : ''}`} aria-hidden="true">
              {'letter' in mark ? mark.letter : <Icon name={mark.icon} size={15} />}
            </span>
            <span className={styles.navText}>
              <span className={styles.navName} id={`${tabId(section)}-name`}>
                {t(`sections.${section}`)}
              </span>
              <span className={styles.navCaption} id={`${tabId(section)}-caption`} aria-hidden="true">
                {t(`captions.${section}`)}
              </span>
            </span>
            {completion !== 'none' && (
              <span className={`${styles.navStatus} ${styles[completion]}`} aria-hidden="true">
                {completion === 'met' && <Icon name="check" size={11} />}
              </span>
            )}
          </Button>
        );
      })}
    </div>
  );
}
