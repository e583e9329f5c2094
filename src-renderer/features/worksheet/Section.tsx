// The frame of a worksheet section (title and why it matters) and of the cards inside it.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from './sections';
import styles from './Section.module.css';

export function Section({ id, children, aside }: { id: SectionId; children: ReactNode; aside?: ReactNode }) {
  const { t } = useTranslation('worksheet');
  return (
    <section className={styles.section} aria-labelledby={`ws-${id}-title`}>
      <header className={styles.header}>
        <div>
          <h2 id={`ws-${id}-title`}>{t(`sections.${id}`)}</h2>
          <p className={styles.intro}>{t(`intros.${id}`)}</p>
        </div>
        {aside}
      </header>
      {children}
    </section>
  );
}

export function Card({
  title,
  hint,
  actions,
  children,
  className,
}: {
  title: string;
  hint?: string | undefined;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const titleId = useId();
  return (
    <section className={`card ${styles.card} ${className ?? ''}`} aria-labelledby={titleId}>
      <div className={styles.cardHeader}>
        <div>
          <h3 id={titleId}>{title}</h3>
          {hint && <p className={styles.hint}>{hint}</p>}
        </div>
        {actions && <div className={styles.cardActions}>{actions}</div>}
      </div>
      {children}
    </section>
  );
}
