// Plan – SPIN questions, expected objections, tradeables, concession steps and the closing method.
import { useTranslation } from 'react-i18next';
import { SPIN_KINDS, type SpinKind, type SpinQuestion, type Tradeable } from '@shared/domain/worksheet-types';
import { SPIN_GUIDE } from '@shared/playbook/spin-guide';
import { useContentLanguage } from '../playbook/use-content-language';
import { TextCell } from './cells';
import { ConcessionsCard } from './ConcessionsCard';
import { EditableList } from './EditableList';
import { ObjectionsCard } from './ObjectionsCard';
import { localized, usePlaybook } from './playbook-source';
import { Card, Section } from './Section';
import { useList, useWorksheet } from './worksheet-context';
import { newId } from './worksheet-edits';
import styles from './PlanSection.module.css';

export function PlanSection() {
  const { t } = useTranslation('worksheet');
  return (
    <Section id="plan">
      <Card title={t('plan.spin')} hint={t('plan.spinHint')}>
        <div className={styles.spinGrid}>
          {SPIN_KINDS.map((kind) => (
            <SpinList key={kind} kind={kind} />
          ))}
        </div>
      </Card>
      <ObjectionsCard />
      <TradeablesCard />
      <ConcessionsCard />
      <ClosingCard />
    </Section>
  );
}

function SpinList({ kind }: { kind: SpinKind }) {
  const { t } = useTranslation('worksheet');
  const { items, add, update, remove, move } = useList('spin');
  const own = items.filter((question) => question.kind === kind);
  const kindName = t(`plan.spinKinds.${kind}`);
  return (
    <div className={styles.spinKind}>
      <h4>{kindName}</h4>
      <SpinAdvice kind={kind} />
      <EditableList<SpinQuestion>
        items={own}
        itemLabel={(index) => t('plan.question', { kind: kindName, index: index + 1 })}
        columns="minmax(0, 1fr)"
        onMove={(from, to) =>
          move(
            own.map((question) => question.id),
            from,
            to,
          )
        }
        onRemove={remove}
        onAdd={() => add({ id: newId(), kind, text: '' })}
        addLabel={t('plan.addQuestion')}
        empty={t('plan.noQuestions')}
        renderFields={(question) => (
          <TextCell
            label={kindName}
            placeholder={t(`plan.spinPlaceholders.${kind}`)}
            value={question.text}
            onChange={(text) => update(question.id, { text })}
          />
        )}
      />
    </div>
  );
}

/** What this kind of question is for, and a good and a bad example, folded away until wanted. */
function SpinAdvice({ kind }: { kind: SpinKind }) {
  const { t } = useTranslation('worksheet');
  const { text } = useContentLanguage();
  const guide = SPIN_GUIDE[kind];
  return (
    <details className={styles.spinAdvice}>
      <summary>{text(guide.purpose)}</summary>
      <p>
        <strong>{t('plan.spinGood')}</strong> {text(guide.good)}
      </p>
      <p>
        <strong>{t('plan.spinBad')}</strong> {text(guide.bad)}
      </p>
    </details>
  );
}

function TradeablesCard() {
  const { t } = useTranslation('worksheet');
  const { items, add, update, remove } = useList('tradeables');
  return (
    <Card title={t('plan.tradeables')} hint={t('plan.tradeablesHint')}>
      <EditableList<Tradeable>
        items={items}
        itemLabel={(index) => t('plan.tradeable', { index: index + 1 })}
        columns="minmax(0, 1fr) minmax(0, 1fr)"
        headings={[t('plan.give'), t('plan.get')]}
        onRemove={remove}
        onAdd={() => add({ id: newId(), give: '', get: '' })}
        addLabel={t('plan.addTradeable')}
        empty={t('plan.tradeablesEmpty')}
        renderFields={(tradeable) => (
          <>
            <TextCell
              label={t('plan.give')}
              placeholder={t('plan.givePlaceholder')}
              value={tradeable.give}
              onChange={(give) => update(tradeable.id, { give })}
            />
            <TextCell
              label={t('plan.get')}
              placeholder={t('plan.getPlaceholder')}
              value={tradeable.get}
              onChange={(get) => update(tradeable.id, { get })}
            />
          </>
        )}
      />
    </Card>
  );
}

function ClosingCard() {
  const { t, i18n } = useTranslation('worksheet');
  const { worksheet, edit } = useWorksheet();
  const { closingMethods } = usePlaybook();
  const chosen = closingMethods.find((method) => method.id === worksheet.closingMethodId);
  return (
    <Card title={t('plan.closing')}>
      <div className={styles.closing}>
        <select
          className="select"
          aria-label={t('plan.closing')}
          value={worksheet.closingMethodId ?? ''}
          onChange={(event) => {
            const closingMethodId = event.target.value || null;
            edit((current) => ({ ...current, closingMethodId }));
          }}
        >
          <option value="">{t('plan.closingNone')}</option>
          {closingMethods.map((method) => (
            <option key={method.id} value={method.id}>
              {localized(method.name, i18n.language)}
            </option>
          ))}
        </select>
        {chosen && (
          <div className={styles.closingHelp}>
            <p>{localized(chosen.howTo, i18n.language)}</p>
            <p className={styles.example}>{localized(chosen.example, i18n.language)}</p>
          </div>
        )}
      </div>
    </Card>
  );
}
