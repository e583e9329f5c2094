// Readiness – the score and every item, with each gap linking to the section where it is filled in.
import { useTranslation } from 'react-i18next';
import type { Readiness, ReadinessItem } from '@shared/domain/worksheet';
import { Icon } from '../../ui/Icon';
import { readinessLevel, readinessTone } from './readiness-level';
import { Card, Section } from './Section';
import { SECTION_OF_ITEM, SECTIONS, type SectionId } from './sections';
import { useWorksheet } from './worksheet-context';
import styles from './ReadinessSection.module.css';
import { Button } from '../../ui/Button';

const RING_RADIUS = 42;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

export function ReadinessSection() {
  const { t } = useTranslation('worksheet');
  const { analysis } = useWorksheet();
  const readiness = analysis.readiness;
  const groups = SECTIONS.flatMap((section) => {
    const items = readiness.items.filter((item) => SECTION_OF_ITEM[item.id] === section);
    return items.length === 0 ? [] : [{ section, items }];
  });
  return (
    <Section id="readiness">
      <div className={styles.layout}>
        <ScoreCard readiness={readiness} />
        <div className={styles.groups}>
          {groups.map(({ section, items }) => (
            <Card key={section} title={t(`sections.${section}`)}>
              <ul className={styles.items}>
                {items.map((item) => (
                  <ItemRow key={item.id} item={item} section={section} />
                ))}
              </ul>
            </Card>
          ))}
        </div>
      </div>
    </Section>
  );
}

function ScoreCard({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation('worksheet');
  const { goTo } = useWorksheet();
  const gaps = readiness.items.filter((item) => !item.isMet);
  return (
    <div className={`card ${styles.scoreCard} ${styles[readinessTone(readiness.score)]}`}>
      <svg
        className={styles.ring}
        viewBox="0 0 100 100"
        role="img"
        aria-label={`${t('readiness.scoreLabel')}: ${t('readiness.score', { score: readiness.score })}`}
      >
        <circle className={styles.ringTrack} cx="50" cy="50" r={RING_RADIUS} />
        <circle
          className={styles.ringFill}
          cx="50"
          cy="50"
          r={RING_RADIUS}
          strokeDasharray={`${(readiness.score / 100) * RING_LENGTH} ${RING_LENGTH}`}
          transform="rotate(-90 50 50)"
        />
        <text x="50" y="57" textAnchor="middle" className={styles.ringText}>
          {t('readiness.score', { score: readiness.score })}
        </text>
      </svg>
      <p className={styles.level}>{t(`readiness.levels.${readinessLevel(readiness.score)}`)}</p>
      {gaps.length > 0 && (
        <>
          <p className="muted">{t('readiness.missingCount', { count: gaps.length })}</p>
          <ul className={styles.todo}>
            {gaps.flatMap((item) =>
              item.codes.map((code) => (
                <li key={`${item.id}-${code}`}>
                  <Button type="button" className={styles.gap} onClick={() => goTo(SECTION_OF_ITEM[item.id])}>
                    {t(`readiness.codes.${code}`)}
                    <Icon name="chevron" size={13} />
                  </Button>
                </li>
              )),
            )}
          </ul>
        </>
      )}
    </div>
  );
}

function ItemRow({ item, section }: { item: ReadinessItem; section: SectionId }) {
  const { t } = useTranslation('worksheet');
  const { goTo } = useWorksheet();
  const state = item.isMet ? 'met' : item.earned > 0 ? 'partial' : 'missing';
  return (
    <li className={`${styles.item} ${styles[state]}`}>
      <span className={styles.mark} aria-hidden="true">
        {state === 'met' ? <Icon name="check" size={14} /> : state === 'partial' ? '◐' : ''}
      </span>
      <div className={styles.itemText}>
        <span className={styles.itemName}>{t(`readiness.items.${item.id}`)}</span>
        {item.codes.map((code) => (
          <Button
            key={code}
            type="button"
            className={styles.gap}
            title={t('readiness.fix', { section: t(`sections.${section}`) })}
            onClick={() => goTo(section)}
          >
            {t(`readiness.codes.${code}`)}
            <Icon name="chevron" size={13} />
          </Button>
        ))}
      </div>
      <span className={styles.points}>
        {t('readiness.points', { earned: Math.round(item.earned * 10) / 10, weight: item.weight })}
      </span>
    </li>
  );
}
