// The techniques tab: the list of handling techniques and the open technique or the technique form beside it.
import { useTranslation } from 'react-i18next';
import { defaultPlaybookQuery, type PlaybookEntry } from '@shared/playbook/query';
import { call } from '../../ipc-client';
import { useAsync } from '../../ui/use-async';
import { EntryBadges } from './EntryBadges';
import { EntryBrowser, HiddenToggle } from './EntryBrowser';
import type { Editor } from './PlaybookPage';
import { TechniqueDetail } from './TechniqueDetail';
import { TechniqueForm } from './TechniqueForm';
import { useContentLanguage } from './use-content-language';
import styles from './PlaybookPage.module.css';

export function TechniquesView({
  search,
  includeHidden,
  onIncludeHidden,
  selectedId,
  onSelect,
  editor,
  onEditor,
  onCloseEditor,
  version,
  onChanged,
  onShowCards,
  onClearSearch,
}: {
  search: string;
  includeHidden: boolean;
  onIncludeHidden: (includeHidden: boolean) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  editor: Editor;
  onEditor: (editor: Editor) => void;
  onCloseEditor: (saved: PlaybookEntry | null) => void;
  version: number;
  onChanged: (entry: PlaybookEntry | null) => void;
  onShowCards: (techniqueId: string) => void;
  onClearSearch: () => void;
}) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  const query = { ...defaultPlaybookQuery('techniques'), search, includeHidden };
  const listing = useAsync(() => call('playbook:list', query), [JSON.stringify(query), version]);
  const data = listing.data?.kind === 'techniques' ? listing.data : undefined;
  const techniques = data?.techniques ?? [];
  const selected = techniques.find((technique) => technique.id === selectedId) ?? techniques[0];
  const editing = editor?.kind === 'technique' ? editor : null;

  return (
    <>
      <div className={styles.filters}>
        <HiddenToggle count={data?.hiddenCount ?? 0} checked={includeHidden} onChange={onIncludeHidden} />
      </div>
      <EntryBrowser
        kind="techniques"
        totals={data}
        includeHidden={includeHidden}
        error={listing.error}
        items={techniques}
        selectedId={selected?.id ?? null}
        onSelect={onSelect}
        renderItem={(technique) => (
          <>
            <span className={styles.itemName}>
              {text(technique.name)}
              {technique.risk && <span className="badge badge-danger">{t('badges.risky')}</span>}
              <EntryBadges origin={technique.origin} isHidden={technique.isHidden} />
            </span>
            <span className={styles.itemSummary}>{text(technique.whenToUse)}</span>
          </>
        )}
        onClear={search.trim() ? onClearSearch : undefined}
      >
        {editing ? (
          <TechniqueForm key={editing.entry?.id ?? 'new'} technique={editing.entry} onClose={onCloseEditor} />
        ) : (
          selected && (
            <TechniqueDetail
              key={selected.id}
              technique={selected}
              version={version}
              onEdit={() => onEditor({ kind: 'technique', entry: selected })}
              onChanged={onChanged}
              onShowCards={() => onShowCards(selected.id)}
            />
          )
        )}
      </EntryBrowser>
    </>
  );
}
