// Progress of a long import step (reading, then checking the rows) with its pace and a way to cancel it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '@shared/ipc/contract';
import { useFormat } from '../../i18n/format';
import { call, onEvent } from '../../ipc-client';
import styles from './ImportWizard.module.css';
import { Button } from '../../ui/Button';

export function ImportProgressBar() {
  const { t } = useTranslation('history');
  const format = useFormat();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => onEvent('import:progress', setProgress), []);
  if (progress === null) return null;
  const label =
    progress.phase === 'reading'
      ? t('import.progress.reading', { percent: format.percent(progress.done / Math.max(1, progress.total)) })
      : t('import.progress.checking', {
          done: format.number(progress.done),
          total: format.number(progress.total),
          perSecond: format.number(progress.perSecond),
        });
  return (
    <div className={styles.progress}>
      <progress value={progress.done} max={Math.max(1, progress.total)} aria-label={label} />
      <span className="muted">{label}</span>
      <Button variant="secondary" size="sm" onClick={() => void call('history:import-cancel', null)}>
        {t('import.progress.cancel')}
      </Button>
    </div>
  );
}
