// N – no-agreement alternatives for both sides, each side's BATNA, and actions to improve ours and weaken theirs.
import { useTranslation } from 'react-i18next';
import type { Batna } from '@shared/domain/worksheet';
import type { Alternative, AlternativeAction, Party } from '@shared/domain/worksheet-types';
import { useFormat } from '../../i18n/format';
import { AmountInput } from '../../ui/AmountInput';
import { ChoiceCell, TextCell } from './cells';
import { EditableList } from './EditableList';
import { currencySymbol } from './money';
import { Card, Section } from './Section';
import { WarningList } from './WarningList';
import { useList, useWorksheet } from './worksheet-context';
import { newId } from './worksheet-edits';
import styles from './AlternativesSection.module.css';
import { confidential } from '../../ui/Confidential';

const REALITIES = ['real', 'hypothetical'] as const;

export function AlternativesSection() {
  return (
    <Section id="alternatives">
      <AlternativeList party="ours" />
      <AlternativeList party="theirs" />
      <ActionsCard />
    </Section>
  );
}

function AlternativeList({ party }: { party: Party }) {
  const { t, i18n } = useTranslation('worksheet');
  const { analysis, currency } = useWorksheet();
  const { items, add, update, remove } = useList('alternatives');
  const batna = party === 'ours' ? analysis.ourBatna : analysis.theirBatna;
  const own = items.filter((alternative) => alternative.party === party);
  const symbol = currencySymbol(i18n.language, currency);
  return (
    <Card title={t(`alternatives.${party}`)} hint={t(`alternatives.${party}Hint`)}>
      <BatnaSummary batna={batna} />
      <EditableList<Alternative>
        items={own}
        itemLabel={(index) => t(`alternatives.item.${party}`, { index: index + 1 })}
        columns="minmax(0, 1fr) 150px 150px 84px"
        headings={[
          t('alternatives.description'),
          t('alternatives.reality'),
          t('alternatives.value'),
          t('alternatives.likelihood'),
        ]}
        onRemove={remove}
        onAdd={() =>
          add({ id: newId(), party, description: '', isReal: party === 'theirs', value: null, likelihood: 0.5 })
        }
        addLabel={t('alternatives.add')}
        empty={t(party === 'ours' ? 'alternatives.emptyOurs' : 'alternatives.emptyTheirs')}
        rowClassName={(alternative) => (batna.best?.alternative.id === alternative.id ? styles.batnaRow : undefined)}
        renderFields={(alternative) => (
          <>
            <TextCell
              label={t('alternatives.description')}
              placeholder={t('alternatives.descriptionPlaceholder')}
              value={alternative.description}
              onChange={(description) => update(alternative.id, { description })}
            />
            <ChoiceCell
              label={t('alternatives.reality')}
              value={alternative.isReal ? 'real' : 'hypothetical'}
              choices={REALITIES}
              labelOf={(reality) => t(`alternatives.${reality}`)}
              onChange={(reality) => update(alternative.id, { isReal: reality === 'real' })}
            />
            <AmountInput
              aria-label={t('alternatives.value')}
              prefix={symbol}
              value={alternative.value}
              onChange={(value) => update(alternative.id, { value })}
            />
            <AmountInput
              aria-label={t('alternatives.likelihood')}
              suffix="%"
              max={100}
              value={Math.round(alternative.likelihood * 100)}
              onChange={(value) => update(alternative.id, { likelihood: (value ?? 0) / 100 })}
            />
          </>
        )}
      />
    </Card>
  );
}

function BatnaSummary({ batna }: { batna: Batna }) {
  const { t } = useTranslation('worksheet');
  const { money } = useWorksheet();
  const format = useFormat();
  const best = batna.best;
  return (
    <div className={`${styles.batna} ${best && !batna.isHypothetical ? styles.real : ''}`}>
      <div className={styles.batnaHead}>
        <span className={styles.batnaLabel}>
          {t(batna.party === 'ours' ? 'alternatives.ourBatna' : 'alternatives.theirBatna')}
        </span>
        {best ? (
          <>
            <strong className={styles.batnaName}>{best.alternative.description || '—'}</strong>
            <span className={`badge ${batna.isHypothetical ? 'badge-warning' : 'badge-success'}`}>
              {t(batna.isHypothetical ? 'alternatives.hypothetical' : 'alternatives.real')}
            </span>
          </>
        ) : (
          <span className="muted">{t('alternatives.noBatna')}</span>
        )}
      </div>
      {best && (
        <p className={styles.batnaFigures} {...confidential}>
          <span className={styles.batnaValue}>{money(best.value)}</span>
          <span>{t('alternatives.likely', { likelihood: format.percent(best.likelihood) })}</span>
          <span>{t('alternatives.expected', { value: money(best.expectedValue) })}</span>
        </p>
      )}
      <WarningList warnings={batna.warnings.filter((warning) => warning.code !== 'batna-missing')} />
    </div>
  );
}

function ActionsCard() {
  const { t } = useTranslation('worksheet');
  return (
    <Card title={t('alternatives.actions')}>
      <div className={styles.actions}>
        <ActionList goal="improve-ours" />
        <ActionList goal="weaken-theirs" />
      </div>
    </Card>
  );
}

function ActionList({ goal }: { goal: AlternativeAction['goal'] }) {
  const { t } = useTranslation('worksheet');
  const { items, add, update, remove } = useList('actions');
  const own = items.filter((action) => action.goal === goal);
  const key = goal === 'improve-ours' ? 'improve' : 'weaken';
  return (
    <div className={styles.actionColumn}>
      <h4>{t(`alternatives.${key}`)}</h4>
      <EditableList<AlternativeAction>
        items={own}
        itemLabel={(index) => `${t(`alternatives.${key}`)} – ${t('alternatives.action', { index: index + 1 })}`}
        columns="minmax(0, 1fr)"
        onRemove={remove}
        onAdd={() => add({ id: newId(), goal, text: '' })}
        addLabel={t('alternatives.addAction')}
        empty={t(`alternatives.${key}Empty`)}
        renderFields={(action) => (
          <TextCell
            label={t(`alternatives.${key}`)}
            placeholder={t(`alternatives.${key}Placeholder`)}
            value={action.text}
            onChange={(text) => update(action.id, { text })}
          />
        )}
      />
    </div>
  );
}
