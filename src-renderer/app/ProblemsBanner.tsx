// Tells the user which data files could not be read at start, and where they were moved.
import { useTranslation } from 'react-i18next';
import type { StoreProblem } from '@shared/ipc/contract';
import { Icon } from '../ui/Icon';
import styles from './ProblemsBanner.module.css';
import { Button } from '../ui/Button';

export function ProblemsBanner({ problems, onDismiss }: { problems: StoreProblem[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className={styles.banner} role="alert">
      <Icon name="alert" />
      <div className={styles.text}>
        <strong>{t('problems.title', { count: problems.length })}</strong>
        <p>{t('problems.body')}</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem.file}>
              <code>{problem.movedTo ?? problem.file}</code>
              {problem.movedTo === null && ` (${t('problems.notMoved')})`} — {problem.reason}
            </li>
          ))}
        </ul>
      </div>
      <Button type="button" className="btn btn-sm" onClick={onDismiss}>
        {t('actions.dismiss')}
      </Button>
    </div>
  );
}
