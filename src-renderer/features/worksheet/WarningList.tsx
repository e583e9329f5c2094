// Worksheet warnings in words: codes translated, amounts in the deal's currency, most severe first.
import { useTranslation } from 'react-i18next';
import type { Severity, WorksheetWarning } from '@shared/domain/worksheet';
import { useFormat } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { useWorksheet } from './worksheet-context';
import styles from './WarningList.module.css';
import { confidential } from '../../ui/Confidential';

type PartyCode = Extract<WorksheetWarning, { params: { party: unknown } }>['code'];
type PlainCode = Exclude<WorksheetWarning['code'], PartyCode>;

const AMOUNT_PARAMS = new Set([
  'value',
  'batnaValue',
  'walkAway',
  'batna',
  'opening',
  'target',
  'low',
  'high',
  'theirLow',
  'theirHigh',
  'theirLimit',
  'price',
  'from',
  'to',
  'size',
  'previousSize',
]);

export function useWarningText(): (warning: WorksheetWarning) => string {
  const { t } = useTranslation('worksheet');
  const { money } = useWorksheet();
  const format = useFormat();
  return (warning) => {
    const params: Record<string, string | number> = {};
    for (const [key, raw] of Object.entries(warning.params)) {
      if (typeof raw === 'number' && AMOUNT_PARAMS.has(key)) params[key] = money(raw);
      else if (key === 'likelihood' && typeof raw === 'number') params[key] = format.percent(raw);
      else if (key === 'index' && typeof raw === 'number') params.step = raw + 1;
      else if (key === 'missing') params[key] = t(`theirRangeEnds.${raw as 'low' | 'high'}`);
      else params[key] = raw;
    }
    if ('party' in warning.params) {
      return t(`warnings.${warning.code as PartyCode}.${warning.params.party}`, params);
    }
    return t(`warnings.${warning.code as PlainCode}`, params);
  };
}

const ICONS = { error: 'alert', warning: 'alert', info: 'info' } as const satisfies Record<Severity, string>;

export function WarningList({ warnings, emptyText }: { warnings: readonly WorksheetWarning[]; emptyText?: string }) {
  const { t } = useTranslation('worksheet');
  const text = useWarningText();
  if (warnings.length === 0) {
    return emptyText ? (
      <p className={`${styles.item} ${styles.ok}`}>
        <Icon name="check" size={15} />
        <span>{emptyText}</span>
      </p>
    ) : null;
  }
  return (
    <ul className={styles.list} {...confidential}>
      {warnings.map((warning, index) => (
        <li key={`${warning.code}-${index}`} className={`${styles.item} ${styles[warning.severity]}`}>
          <Icon name={ICONS[warning.severity]} size={15} />
          <span>
            <span className="visually-hidden">{t(`severity.${warning.severity}`)}: </span>
            {text(warning)}
          </span>
        </li>
      ))}
    </ul>
  );
}
