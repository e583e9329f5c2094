// The objections tab: filters, the list of cards, and the open card or the card form beside it.
import { useTranslation } from 'react-i18next';
import type { EffectiveCard, EffectiveTechnique } from '@shared/playbook/effective-playbook';
import { OBJECTION_NATURE_INFO, OBJECTION_TYPE_INFO } from '@shared/playbook/objection-types';
import type { PlaybookEntry } from '@shared/playbook/query';
import { PRICE_SITUATIONS } from '@shared/playbook/types';
import { call } from '../../ipc-client';
import { useAsync } from '../../ui/use-async';
import { CardDetail } from './CardDetail';
import { CardForm } from './CardForm';
import { EntryBadges } from './EntryBadges';
import { EntryBrowser, HiddenToggle } from './EntryBrowser';
import { ALL_CARDS_QUERY, NO_CARD_FILTERS, type CardFilters } from './playbook-queries';
import type { Editor } from './PlaybookPage';
import { useContentLanguage } from './use-content-language';
import styles from './PlaybookPage.module.css';

export function CardsView({
  search,
  filters,
  onFilters,
  includeHidden,
  onIncludeHidden,
  selectedId,
  onSelect,
  editor,
  onEditor,
  onCloseEditor,
  techniques,
  version,
  onChanged,
  onOpenTechnique,
  onClearSearch,
}: {
  search: string;
  filters: CardFilters;
  onFilters: (filters: CardFilters) => void;
  includeHidden: boolean;
  onIncludeHidden: (includeHidden: boolean) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  editor: Editor;
  onEditor: (editor: Editor) => void;
  onCloseEditor: (saved: PlaybookEntry | null) => void;
  techniques: readonly EffectiveTechnique[];
  version: number;
  onChanged: (entry: PlaybookEntry | null) => void;
  onOpenTechnique: (id: string) => void;
  onClearSearch: () => void;
}) {
  const { t } = useTranslation('playbook');
  const { text } = useContentLanguage();
  const query = { ...ALL_CARDS_QUERY, ...filters, search, includeHidden };
  const listing = useAsync(() => call('playbook:list', query), [JSON.stringify(query), version]);
  const data = listing.data?.kind === 'cards' ? listing.data : undefined;
  const cards = data?.cards ?? [];
  const selected = cards.find((card) => card.id === selectedId) ?? cards[0];
  const editing = editor?.kind === 'card' ? editor : null;
  const techniquesById = new Map(techniques.map((technique) => [technique.id, technique]));
  const isFiltered = JSON.stringify(filters) !== JSON.stringify(NO_CARD_FILTERS) || search.trim() !== '';
  const set = <K extends keyof CardFilters>(key: K, value: CardFilters[K]): void =>
    onFilters({ ...filters, [key]: value });

  const meta = (card: EffectiveCard): string => {
    const type = OBJECTION_TYPE_INFO.find((info) => info.id === card.type);
    const parts = [type ? text(type.name) : card.type];
    if (card.situation) parts.push(t(`situations.${card.situation}`));
    return parts.join(' · ');
  };

  return (
    <>
      <div className={styles.filters} role="group" aria-label={t('filters.label')}>
        <FilterSelect
          label={t('filters.type')}
          allLabel={t('filters.allTypes')}
          value={filters.type}
          options={OBJECTION_TYPE_INFO.map((info) => ({ value: info.id, label: text(info.name) }))}
          onChange={(type) => set('type', type)}
        />
        <FilterSelect
          label={t('filters.nature')}
          allLabel={t('filters.allNatures')}
          value={filters.nature}
          options={OBJECTION_NATURE_INFO.map((info) => ({ value: info.id, label: text(info.name) }))}
          onChange={(nature) => set('nature', nature)}
        />
        <FilterSelect
          label={t('filters.technique')}
          allLabel={t('filters.allTechniques')}
          value={filters.techniqueId}
          options={techniques
            .filter((technique) => includeHidden || !technique.isHidden || technique.id === filters.techniqueId)
            .map((technique) => ({ value: technique.id, label: text(technique.name) }))}
          onChange={(techniqueId) => set('techniqueId', techniqueId)}
        />
        <FilterSelect
          label={t('filters.situation')}
          allLabel={t('filters.allSituations')}
          value={filters.situation}
          options={PRICE_SITUATIONS.map((situation) => ({ value: situation, label: t(`situations.${situation}`) }))}
          onChange={(situation) => set('situation', situation)}
        />
        <HiddenToggle count={data?.hiddenCount ?? 0} checked={includeHidden} onChange={onIncludeHidden} />
      </div>

      <EntryBrowser
        kind="cards"
        totals={data}
        includeHidden={includeHidden}
        error={listing.error}
        items={cards}
        selectedId={selected?.id ?? null}
        onSelect={onSelect}
        renderItem={(card) => (
          <>
            <span className={styles.itemTitle}>{text(card.line)}</span>
            <span className={styles.itemMeta}>
              <span>{meta(card)}</span>
              <EntryBadges origin={card.origin} isHidden={card.isHidden} />
            </span>
          </>
        )}
        onClear={
          isFiltered
            ? () => {
                onFilters(NO_CARD_FILTERS);
                onClearSearch();
              }
            : undefined
        }
      >
        {editing ? (
          <CardForm
            key={editing.entry?.id ?? 'new'}
            card={editing.entry}
            techniques={techniques}
            onClose={onCloseEditor}
          />
        ) : (
          selected && (
            <CardDetail
              key={selected.id}
              card={selected}
              techniquesById={techniquesById}
              onEdit={() => onEditor({ kind: 'card', entry: selected })}
              onChanged={onChanged}
              onOpenTechnique={onOpenTechnique}
            />
          )
        )}
      </EntryBrowser>
    </>
  );
}

/** One filter of the objections list; the empty choice means "all". */
function FilterSelect<V extends string>({
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: V | null;
  options: readonly { value: V; label: string }[];
  onChange: (value: V | null) => void;
}) {
  return (
    <select
      className="select"
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange(options.find((option) => option.value === event.target.value)?.value ?? null)}
    >
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
