// I – both sides' interests with kind, priority and whether they said it or we inferred it.
import { useTranslation } from 'react-i18next';
import type { Interest, Party } from '@shared/domain/worksheet-types';
import { ChoiceCell, TextCell } from './cells';
import { EditableList } from './EditableList';
import { Card, Section } from './Section';
import { useList } from './worksheet-context';
import { newId } from './worksheet-edits';

const PRIORITIES = [5, 4, 3, 2, 1] as const;
const KINDS = ['substantive', 'relational'] as const;
const SOURCES = ['stated', 'inferred'] as const;

export function InterestsSection() {
  return (
    <Section id="interests">
      <InterestList party="ours" />
      <InterestList party="theirs" />
    </Section>
  );
}

function InterestList({ party }: { party: Party }) {
  const { t } = useTranslation('worksheet');
  const { items, add, update, remove, move } = useList('interests');
  const own = items.filter((interest) => interest.party === party);
  const ids = own.map((interest) => interest.id);
  return (
    <Card title={t(`interests.${party}`)} hint={t(`interests.${party}Hint`)}>
      <EditableList<Interest>
        items={own}
        itemLabel={(index) => t(`interests.item.${party}`, { index: index + 1 })}
        columns="minmax(0, 1fr) 136px 72px 120px"
        headings={[t('interests.text'), t('interests.kind'), t('interests.priority'), t('interests.source')]}
        onMove={(from, to) => move(ids, from, to)}
        onRemove={remove}
        onAdd={() =>
          add({ id: newId(), party, text: '', kind: 'substantive', priority: 3, isStated: party === 'ours' })
        }
        addLabel={t('interests.add')}
        empty={t(party === 'ours' ? 'interests.emptyOurs' : 'interests.emptyTheirs')}
        renderFields={(interest) => (
          <>
            <TextCell
              label={t('interests.text')}
              placeholder={t('interests.textPlaceholder')}
              value={interest.text}
              onChange={(text) => update(interest.id, { text })}
            />
            <ChoiceCell
              label={t('interests.kind')}
              value={interest.kind}
              choices={KINDS}
              labelOf={(kind) => t(`interests.kinds.${kind}`)}
              onChange={(kind) => update(interest.id, { kind })}
            />
            <ChoiceCell
              label={t('interests.priority')}
              title={t('interests.priorityHint')}
              value={interest.priority}
              choices={PRIORITIES}
              labelOf={String}
              onChange={(priority) => update(interest.id, { priority })}
            />
            <ChoiceCell
              label={t('interests.source')}
              value={interest.isStated ? 'stated' : 'inferred'}
              choices={SOURCES}
              labelOf={(source) => t(`interests.sources.${source}`)}
              onChange={(source) => update(interest.id, { isStated: source === 'stated' })}
            />
          </>
        )}
      />
    </Card>
  );
}
