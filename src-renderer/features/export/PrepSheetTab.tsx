// The deal's "Prep sheet" tab: choose language, version and paper, see the sheet, export or print it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '@shared/domain/deal';
import type {
  ExportFormat,
  PaperSize,
  PrepSheetLanguage,
  PrepSheetRequest,
  PrepSheetVariant,
} from '@shared/domain/prep-sheet/types';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { useAsync } from '../../ui/use-async';
import { ChoiceGroup } from './ChoiceGroup';
import { SheetPreview } from './SheetPreview';
import styles from './PrepSheetTab.module.css';
import { Button } from '../../ui/Button';

type Job = ExportFormat | 'print';

/** Letter paper where it is the norm (North America and a few others), A4 everywhere else. */
const LETTER_REGIONS = ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR'];
const defaultPaper = (): PaperSize =>
  LETTER_REGIONS.includes(navigator.language.split('-')[1]?.toUpperCase() ?? '') ? 'letter' : 'a4';

/** What the sharing copy leaves out, in the order the note lists it. */
const LEFT_OUT = ['walkAway', 'batna', 'steps', 'near', 'unchecked'] as const;

export function PrepSheetTab({ deal }: { deal: Deal }) {
  const { t, i18n } = useTranslation('export');
  const toast = useToast();
  const [language, setLanguage] = useState<PrepSheetLanguage>(i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
  const [variant, setVariant] = useState<PrepSheetVariant>('full');
  const [paper, setPaper] = useState<PaperSize>(defaultPaper);
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'info' | 'error'; message: string } | null>(null);
  const request: PrepSheetRequest = { dealId: deal.id, language, variant, paper };
  const preview = useAsync(
    () => call('export:prep-sheet-preview', request),
    [deal.id, deal.updatedAt, language, variant, paper],
  );

  const run = async (next: Job): Promise<void> => {
    setJob(next);
    setOutcome(null);
    try {
      if (next === 'print') {
        const { status } = await call('export:prep-sheet-print', request);
        setOutcome({ tone: 'info', message: t(status === 'printed' ? 'printed' : 'printCancelled') });
        return;
      }
      const result = await call('export:prep-sheet', { ...request, format: next });
      if (result.status === 'cancelled') {
        setOutcome({ tone: 'info', message: t('cancelled') });
        return;
      }
      const message = t(`saved.${result.format}`, { path: result.path });
      setOutcome({ tone: 'info', message });
      toast({ message });
    } catch (error) {
      const message = t('failed', { message: error instanceof Error ? error.message : String(error) });
      setOutcome({ tone: 'error', message });
      toast({ message, tone: 'error' });
    } finally {
      setJob(null);
    }
  };

  const withheld = variant === 'sharing' ? (preview.data?.withheldMentions ?? 0) : 0;
  return (
    <div className={styles.layout}>
      <aside className={`card ${styles.panel}`} aria-labelledby="prep-sheet-title">
        <div>
          <h2 id="prep-sheet-title">{t('title')}</h2>
          <p className={styles.intro}>{t('intro')}</p>
        </div>
        <ChoiceGroup
          legend={t('language')}
          name="sheet-language"
          value={language}
          onChange={setLanguage}
          choices={[
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
          ]}
        />
        <ChoiceGroup
          legend={t('variant')}
          name="sheet-variant"
          layout="cards"
          value={variant}
          onChange={setVariant}
          choices={[
            { value: 'full', label: t('variants.full'), hint: t('variants.fullHint') },
            { value: 'sharing', label: t('variants.sharing'), hint: t('variants.sharingHint') },
          ]}
        />
        <ChoiceGroup
          legend={t('paper')}
          name="sheet-paper"
          value={paper}
          onChange={setPaper}
          choices={[
            { value: 'a4', label: t('papers.a4') },
            { value: 'letter', label: t('papers.letter') },
          ]}
        />
        {variant === 'sharing' && (
          <div className={styles.leavesOut} role="note" aria-labelledby="sharing-leaves-out">
            <p id="sharing-leaves-out" className={styles.leavesOutTitle}>
              <Icon name="eye-off" size={16} />
              {t('leavesOut.title')}
            </p>
            <ul>
              {LEFT_OUT.map((item) => (
                <li key={item}>{t(`leavesOut.${item}`)}</li>
              ))}
            </ul>
            {withheld > 0 && <p className={styles.notice}>{t('withheld', { count: withheld })}</p>}
          </div>
        )}
        <div className={styles.actions}>
          <Button type="button" className="btn btn-primary" disabled={job !== null} onClick={() => void run('pdf')}>
            <Icon name="download" size={16} />
            {t('actions.pdf')}
          </Button>
          <div className={styles.secondary}>
            <Button type="button" className="btn" disabled={job !== null} onClick={() => void run('markdown')}>
              <Icon name="file-text" size={16} />
              {t('actions.markdown')}
            </Button>
            <Button type="button" className="btn" disabled={job !== null} onClick={() => void run('print')}>
              <Icon name="printer" size={16} />
              {t('actions.print')}
            </Button>
          </div>
        </div>
        <div className={styles.status} role="status" aria-live="polite">
          {job !== null && (
            <span className={styles.busy}>
              <span className={styles.spinner} aria-hidden="true" />
              {t(`busy.${job}`)}
            </span>
          )}
          {job === null && outcome?.tone === 'info' && <span className={styles.done}>{outcome.message}</span>}
        </div>
        {job === null && outcome?.tone === 'error' && (
          <p className={styles.error} role="alert">
            <Icon name="alert" size={16} />
            {outcome.message}
          </p>
        )}
      </aside>

      <section className={styles.preview} aria-label={t('preview.label')}>
        {preview.error ? (
          <p className={styles.error} role="alert">
            <Icon name="alert" size={16} />
            {t('preview.failed', { message: preview.error.message })}
          </p>
        ) : preview.data ? (
          <SheetPreview html={preview.data.html} paper={paper} label={t('preview.label')} />
        ) : (
          <p className={`muted ${styles.loading}`}>{t('preview.loading')}</p>
        )}
        <p className={styles.previewNote}>{t('preview.note')}</p>
      </section>
    </div>
  );
}
