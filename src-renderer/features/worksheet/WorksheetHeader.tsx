// The sticky bar over the worksheet: readiness and the next gap, the saved state, undo and redo.
import { useTranslation } from 'react-i18next';
import type { Readiness } from '@shared/domain/worksheet';
import { Icon } from '../../ui/Icon';
import type { SaveState } from './autosaver';
import { ReadinessMeter } from './ReadinessMeter';
import { SECTION_OF_ITEM, type SectionId } from './sections';
import styles from './WorksheetEditor.module.css';
import { Button } from '../../ui/Button';

const isMac = navigator.platform.toLowerCase().includes('mac');
const UNDO_SHORTCUT = isMac ? '⌘Z' : 'Ctrl+Z';
const REDO_SHORTCUT = isMac ? '⇧⌘Z' : 'Ctrl+Y';

export function WorksheetHeader({
  readiness,
  saveState,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onRetry,
  onGoTo,
}: {
  readiness: Readiness;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onRetry: () => void;
  onGoTo: (section: SectionId) => void;
}) {
  const { t } = useTranslation('worksheet');
  const next = readiness.items.find((item) => !item.isMet);
  const nextCode = next?.codes[0];
  return (
    <div className={styles.bar}>
      <div className={styles.barReadiness}>
        <span className={styles.barLabel}>{t('header.readiness')}</span>
        <ReadinessMeter score={readiness.score} label={t('header.readiness')} wide />
        {next ? (
          <Button type="button" className={styles.next} onClick={() => onGoTo(SECTION_OF_ITEM[next.id])}>
            {t('header.next', {
              item: nextCode ? t(`readiness.codes.${nextCode}`) : t(`readiness.items.${next.id}`),
            })}
            <Icon name="chevron" size={13} />
          </Button>
        ) : (
          <span className={styles.done}>
            <Icon name="check" size={14} />
            {t('header.allDone')}
          </span>
        )}
      </div>
      <div className={styles.barActions}>
        <SaveIndicator state={saveState} onRetry={onRetry} />
        <span className={styles.divider} />
        <Button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={t('header.undo')}
          title={t('header.undoHint', { shortcut: UNDO_SHORTCUT })}
          disabled={!canUndo}
          onClick={onUndo}
        >
          <Icon name="undo" size={17} />
        </Button>
        <Button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={t('header.redo')}
          title={t('header.redoHint', { shortcut: REDO_SHORTCUT })}
          disabled={!canRedo}
          onClick={onRedo}
        >
          <Icon name="redo" size={17} />
        </Button>
      </div>
    </div>
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('worksheet');
  const { t: tc } = useTranslation();
  return (
    <span className={`${styles.save} ${styles[`save-${state}`]}`} aria-live="polite">
      {state === 'failed' ? (
        <>
          <Icon name="alert" size={14} />
          <span>{t('header.notSaved')}</span>
          <Button type="button" className="btn btn-sm" onClick={onRetry}>
            {t('header.retry')}
          </Button>
        </>
      ) : state === 'saved' ? (
        <>
          <Icon name="check" size={14} />
          <span>{tc('status.saved')}</span>
        </>
      ) : (
        <>
          <span className={styles.spinner} aria-hidden="true" />
          <span>{tc('status.saving')}</span>
        </>
      )}
    </span>
  );
}
