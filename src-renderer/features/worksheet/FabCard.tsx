// The FAB builder in Options: feature → advantage → benefit, each benefit tied to one of their interests.
import { useTranslation } from 'react-i18next';
import type { FabLine } from '@shared/domain/worksheet-types';
import { ChoiceCell, TextCell } from './cells';
import { EditableList } from './EditableList';
import { Card } from './Section';
import { useList, useWorksheet } from './worksheet-context';
import { newId } from './worksheet-edits';

/** The select's value for "not linked yet" (a select cannot hold null). */
const UNLINKED = '';

export function FabCard() {
  const { t } = useTranslation('worksheet');
  const { worksheet } = useWorksheet();
  const { items, add, update, remove } = useList('fab');
  const theirs = worksheet.interests.filter((interest) => interest.party === 'theirs');
  const interestIds = [UNLINKED, ...theirs.map((interest) => interest.id)];
  const interestText = (id: string): string =>
    id === UNLINKED ? t('fab.unlinked') : theirs.find((interest) => interest.id === id)?.text || '—';
  return (
    <Card title={t('fab.heading')} hint={t('fab.hint')}>
      <EditableList<FabLine>
        items={items}
        itemLabel={(index) => t('fab.item', { index: index + 1 })}
        columns="minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr) minmax(140px, 0.8fr)"
        headings={[t('fab.feature'), t('fab.advantage'), t('fab.benefit'), t('fab.interest')]}
        onRemove={remove}
        onAdd={() => add({ id: newId(), feature: '', advantage: '', benefit: '', interestId: null })}
        addLabel={t('fab.add')}
        empty={t('fab.empty')}
        renderFields={(line) => (
          <>
            <TextCell
              label={t('fab.feature')}
              placeholder={t('fab.featurePlaceholder')}
              value={line.feature}
              onChange={(feature) => update(line.id, { feature })}
            />
            <TextCell
              label={t('fab.advantage')}
              placeholder={t('fab.advantagePlaceholder')}
              value={line.advantage}
              onChange={(advantage) => update(line.id, { advantage })}
            />
            <TextCell
              label={t('fab.benefit')}
              placeholder={t('fab.benefitPlaceholder')}
              value={line.benefit}
              onChange={(benefit) => update(line.id, { benefit })}
            />
            <ChoiceCell<string>
              label={t('fab.interestFor', { index: items.indexOf(line) + 1 })}
              value={line.interestId !== null && interestIds.includes(line.interestId) ? line.interestId : UNLINKED}
              choices={interestIds}
              labelOf={interestText}
              onChange={(id) => update(line.id, { interestId: id === UNLINKED ? null : id })}
            />
          </>
        )}
      />
    </Card>
  );
}
