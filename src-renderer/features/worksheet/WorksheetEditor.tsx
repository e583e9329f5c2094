// The ICON worksheet editor: section tabs, undo/redo over every edit, and autosave into the deal file.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Deal } from '@shared/domain/deal';
import { analyseWorksheet } from '@shared/domain/worksheet';
import type { Worksheet } from '@shared/domain/worksheet-types';
import { useFormat } from '../../i18n/format';
import { call } from '../../ipc-client';
import { AlternativesSection } from './AlternativesSection';
import { CriteriaSection } from './CriteriaSection';
import { InterestsSection } from './InterestsSection';
import { NumbersSection } from './NumbersSection';
import { OfferCheckSection } from './OfferCheckSection';
import { OptionsSection } from './OptionsSection';
import { PlanSection } from './PlanSection';
import { ReadinessSection } from './ReadinessSection';
import { isSectionId, type SectionId } from './sections';
import { panelId, SectionNav, tabId } from './SectionNav';
import { useAutosave } from './use-autosave';
import { WorksheetContext, type WorksheetEditor as Editor } from './worksheet-context';
import { canRedo, canUndo, createHistory, historyReducer } from './worksheet-history';
import { WorksheetHeader } from './WorksheetHeader';
import styles from './WorksheetEditor.module.css';

const SECTION_VIEWS: Record<SectionId, () => ReactNode> = {
  interests: InterestsSection,
  criteria: CriteriaSection,
  options: OptionsSection,
  alternatives: AlternativesSection,
  numbers: NumbersSection,
  plan: PlanSection,
  offer: OfferCheckSection,
  readiness: ReadinessSection,
};

// Coming back to a deal's worksheet in the same session opens the section the user left.
const sectionKey = (dealId: string): string => `parley:worksheet-section:${dealId}`;
const storedSection = (dealId: string): SectionId => {
  const stored = sessionStorage.getItem(sectionKey(dealId));
  return isSectionId(stored) ? stored : 'interests';
};

export function WorksheetEditor({ deal, onSaved }: { deal: Deal; onSaved: () => void }) {
  const format = useFormat();
  const [history, dispatch] = useReducer(historyReducer<Worksheet>, deal.worksheet, createHistory);
  const worksheet = history.present.value;
  const analysis = useMemo(() => analyseWorksheet(worksheet, deal.side), [worksheet, deal.side]);
  const [section, setSection] = useState<SectionId>(() => storedSection(deal.id));
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const save = useCallback(
    async (value: Worksheet): Promise<void> => {
      await call('worksheet:save', { dealId: deal.id, worksheet: value });
      onSaved();
    },
    [deal.id, onSaved],
  );
  const autosave = useAutosave(worksheet, save);

  const select = useCallback(
    (next: SectionId): void => {
      setSection(next);
      sessionStorage.setItem(sectionKey(deal.id), next);
      // A new section starts at its top, under the sticky bar.
      const root = rootRef.current;
      if (root && root.getBoundingClientRect().top < 0) root.scrollIntoView({ block: 'start' });
    },
    [deal.id],
  );
  /** From a link inside the worksheet: the keyboard continues in the section it leads to. */
  const goTo = useCallback(
    (next: SectionId): void => {
      select(next);
      requestAnimationFrame(() => panelRef.current?.focus({ preventScroll: true }));
    },
    [select],
  );

  const undo = useCallback((): void => {
    if (!canUndo(history)) return;
    dispatch({ type: 'undo' });
    if (history.present.tag && isSectionId(history.present.tag)) select(history.present.tag);
  }, [history, select]);
  const redo = useCallback((): void => {
    const next = history.future[0];
    if (!next) return;
    dispatch({ type: 'redo' });
    if (next.tag && isSectionId(next.tag)) select(next.tag);
  }, [history, select]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (!isUndo && !isRedo) return;
      event.preventDefault();
      if (isUndo) undo();
      else redo();
    };
    // The Edit menu's Undo (and Cmd+Z on macOS, which the menu takes before the page sees the key)
    // reaches a focused field as a native undo. The worksheet's undo runs instead: cancelled up
    // front where the browser allows, otherwise hidden from React so the field's own change is
    // dropped and re-rendered from the worksheet.
    const onNativeHistory = (event: Event): void => {
      if (!(event instanceof InputEvent)) return;
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (event.cancelable) event.preventDefault();
      else event.stopImmediatePropagation();
      if (event.inputType === 'historyUndo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeinput', onNativeHistory, true);
    window.addEventListener('input', onNativeHistory, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeinput', onNativeHistory, true);
      window.removeEventListener('input', onNativeHistory, true);
    };
  }, [undo, redo]);

  const editor = useMemo<Editor>(
    () => ({
      dealId: deal.id,
      side: deal.side,
      currency: deal.currency,
      worksheet,
      analysis,
      edit: (recipe, group) =>
        dispatch({ type: 'edit', recipe, tag: section, group: group ?? null, at: performance.now() }),
      money: (value) => format.money(value, deal.currency),
      goTo,
    }),
    [deal.id, deal.side, deal.currency, worksheet, analysis, section, format, goTo],
  );

  const View = SECTION_VIEWS[section];
  return (
    <WorksheetContext.Provider value={editor}>
      <div className={styles.editor} ref={rootRef}>
        <WorksheetHeader
          readiness={analysis.readiness}
          saveState={autosave.state}
          canUndo={canUndo(history)}
          canRedo={canRedo(history)}
          onUndo={undo}
          onRedo={redo}
          onRetry={autosave.flush}
          onGoTo={goTo}
        />
        <SectionNav active={section} readiness={analysis.readiness} onSelect={select} />
        <div
          ref={panelRef}
          id={panelId}
          className={styles.panel}
          role="tabpanel"
          aria-labelledby={`${tabId(section)}-name`}
          tabIndex={-1}
        >
          <View />
        </div>
      </div>
    </WorksheetContext.Provider>
  );
}
