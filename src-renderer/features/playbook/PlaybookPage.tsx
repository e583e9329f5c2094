// The Playbook screen: browse and search objections, techniques, closing and counterpart styles; add your own.
import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveCard, EffectiveTechnique } from '@shared/playbook/effective-playbook';
import { PLAYBOOK_KINDS, type ClosingSignalKind, type PlaybookEntry, type PlaybookKind } from '@shared/playbook/query';
import { call } from '../../ipc-client';
import { Icon } from '../../ui/Icon';
import { useAsync } from '../../ui/use-async';
import { CardsView } from './CardsView';
import { ClosingView } from './ClosingView';
import { ALL_TECHNIQUES_QUERY, NO_CARD_FILTERS, type CardFilters } from './playbook-queries';
import { StylesView } from './StylesView';
import { TechniquesView } from './TechniquesView';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

/** The form open beside the list: a new entry (null) or the one being edited. */
export type Editor =
  { kind: 'card'; entry: EffectiveCard | null } | { kind: 'technique'; entry: EffectiveTechnique | null } | null;

const isMac = navigator.platform.toLowerCase().includes('mac');
const SEARCH_SHORTCUT = isMac ? '⌘F' : 'Ctrl+F';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function PlaybookPage() {
  const { t } = useTranslation('playbook');
  const [tab, setTab] = useState<PlaybookKind>('cards');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [filters, setFilters] = useState<CardFilters>(NO_CARD_FILTERS);
  const [includeHidden, setIncludeHidden] = useState(false);
  const [signalKind, setSignalKind] = useState<ClosingSignalKind | null>(null);
  const [selectedCard, setSelectedCard] = useState<string | null>(null);
  const [selectedTechnique, setSelectedTechnique] = useState<string | null>(null);
  const [editor, setEditor] = useState<Editor>(null);
  const [version, setVersion] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const techniques = useAsync(() => call('playbook:list', ALL_TECHNIQUES_QUERY), [version]);
  const allTechniques = techniques.data?.kind === 'techniques' ? techniques.data.techniques : [];

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      const isFind = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!isFind && !isSlash) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const showTab = (next: PlaybookKind): void => {
    setTab(next);
    setEditor(null);
  };

  /** After a save, hide, reset or delete: reload, and keep the changed entry in view. */
  const onChanged = (entry: PlaybookEntry | null): void => {
    setVersion((value) => value + 1);
    if (!entry) return;
    if (entry.kind === 'card') {
      setSelectedCard(entry.card.id);
      if (entry.card.origin === 'custom' && editor?.kind === 'card' && editor.entry === null) {
        setFilters(NO_CARD_FILTERS);
        setSearch('');
      }
    } else {
      setSelectedTechnique(entry.technique.id);
      if (editor?.kind === 'technique' && editor.entry === null) setSearch('');
    }
  };

  const closeEditor = (saved: PlaybookEntry | null): void => {
    setEditor(null);
    if (saved) onChanged(saved);
  };

  const onTabKey = (event: KeyboardEvent): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const index = (PLAYBOOK_KINDS.indexOf(tab) + step + PLAYBOOK_KINDS.length) % PLAYBOOK_KINDS.length;
    const next = PLAYBOOK_KINDS[index] ?? 'cards';
    showTab(next);
    document.getElementById(`playbook-tab-${next}`)?.focus();
  };

  const onSearchKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && search !== '') {
      event.preventDefault();
      setSearch('');
    } else if (event.key === 'ArrowDown') {
      const list = document.querySelector<HTMLElement>('[data-entry-list]');
      if (list) {
        event.preventDefault();
        list.focus();
      }
    }
  };

  const clearSearch = (): void => setSearch('');
  const newButton =
    tab === 'techniques' ? (
      <Button type="button" className="btn btn-primary" onClick={() => setEditor({ kind: 'technique', entry: null })}>
        <Icon name="plus" size={16} />
        {t('actions.newTechnique')}
      </Button>
    ) : (
      <Button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          showTab('cards');
          setEditor({ kind: 'card', entry: null });
        }}
      >
        <Icon name="plus" size={16} />
        {t('actions.newCard')}
      </Button>
    );

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
        </div>
        {newButton}
      </header>

      <div className={styles.bar}>
        <div className={styles.tabs} role="tablist" aria-label={t('tabs.label')} onKeyDown={onTabKey}>
          {PLAYBOOK_KINDS.map((kind) => (
            <Button
              key={kind}
              id={`playbook-tab-${kind}`}
              type="button"
              role="tab"
              aria-selected={tab === kind}
              aria-controls="playbook-panel"
              tabIndex={tab === kind ? 0 : -1}
              className={styles.tab}
              onClick={() => showTab(kind)}
            >
              {t(`tabs.${kind}`)}
            </Button>
          ))}
        </div>
        <div className={styles.search} role="search">
          <Icon name="search" size={16} />
          <input
            ref={searchRef}
            className="input"
            type="search"
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            title={t('search.hint', { shortcut: SEARCH_SHORTCUT })}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={onSearchKey}
          />
          {search === '' && (
            <kbd className={styles.shortcut} aria-hidden="true">
              /
            </kbd>
          )}
        </div>
      </div>

      <div id="playbook-panel" className={styles.panel} role="tabpanel" aria-labelledby={`playbook-tab-${tab}`}>
        {tab === 'cards' && (
          <CardsView
            search={deferredSearch}
            filters={filters}
            onFilters={setFilters}
            includeHidden={includeHidden}
            onIncludeHidden={setIncludeHidden}
            selectedId={selectedCard}
            onSelect={setSelectedCard}
            editor={editor}
            onEditor={setEditor}
            onCloseEditor={closeEditor}
            techniques={allTechniques}
            version={version}
            onChanged={onChanged}
            onOpenTechnique={(id) => {
              setSelectedTechnique(id);
              setSearch('');
              if (allTechniques.find((technique) => technique.id === id)?.isHidden) setIncludeHidden(true);
              showTab('techniques');
            }}
            onClearSearch={clearSearch}
          />
        )}
        {tab === 'techniques' && (
          <TechniquesView
            search={deferredSearch}
            includeHidden={includeHidden}
            onIncludeHidden={setIncludeHidden}
            selectedId={selectedTechnique}
            onSelect={setSelectedTechnique}
            editor={editor}
            onEditor={setEditor}
            onCloseEditor={closeEditor}
            version={version}
            onChanged={onChanged}
            onShowCards={(techniqueId) => {
              setFilters({ ...NO_CARD_FILTERS, techniqueId });
              setSearch('');
              showTab('cards');
            }}
            onClearSearch={clearSearch}
          />
        )}
        {tab === 'closing' && (
          <ClosingView
            search={deferredSearch}
            signalKind={signalKind}
            onSignalKind={setSignalKind}
            onClearSearch={clearSearch}
          />
        )}
        {tab === 'styles' && <StylesView search={deferredSearch} onClearSearch={clearSearch} />}
      </div>
    </div>
  );
}
