// Closing signals seen in a meeting: the playbook's twelve as one-key toggles (recent first), plus the user's own.
import { useState } from 'react';
import type { DebriefOptions } from '@shared/domain/history/records';
import type { ObservedSignal } from '@shared/domain/meeting-types';
import { Icon } from '../../ui/Icon';
import { useContentLanguage } from '../playbook/use-content-language';
import { newItemId, recentFirst } from './debrief-model';
import { useHistoryNames } from './history-names';
import { useTranslation } from 'react-i18next';
import styles from './Debrief.module.css';
import { Button } from '../../ui/Button';

const NO_LABELS = { techniques: {}, cards: {}, methods: {}, signals: {} };

export function SignalPicker({
  options,
  signals,
  onChange,
}: {
  options: DebriefOptions;
  signals: ObservedSignal[];
  onChange: (signals: ObservedSignal[]) => void;
}) {
  const { t } = useTranslation('history');
  const { text: localText } = useContentLanguage();
  const names = useHistoryNames(NO_LABELS);
  const [custom, setCustom] = useState('');
  const descriptions = new Map(options.signals.map((signal) => [signal.id, localText(signal.description)]));
  const ordered = recentFirst(
    options.signals.map((signal) => signal.id),
    options.recent.signalIds,
  );
  const seen = new Set(signals.flatMap((signal) => (signal.signalId === null ? [] : [signal.signalId])));
  const own = signals.filter((signal) => signal.signalId === null);

  const toggle = (id: string): void =>
    onChange(
      seen.has(id)
        ? signals.filter((signal) => signal.signalId !== id)
        : [...signals, { id: newItemId(), signalId: id, text: '' }],
    );
  const addCustom = (): void => {
    const text = custom.trim();
    if (text === '') return;
    onChange([...signals, { id: newItemId(), signalId: null, text }]);
    setCustom('');
  };

  return (
    <section className={styles.section} aria-label={t('debrief.signals')}>
      <h4>{t('debrief.signals')}</h4>
      <div className={styles.chips}>
        {ordered.map((id) => {
          const isOn = seen.has(id);
          return (
            <Button
              key={id}
              type="button"
              className={`${styles.chip} ${isOn ? styles.chipOn : ''}`}
              aria-pressed={isOn}
              title={descriptions.get(id)}
              onClick={() => toggle(id)}
            >
              {isOn && <Icon name="check" size={12} />}
              {names.signal(id, descriptions.get(id) ?? id)}
            </Button>
          );
        })}
        {own.map((signal) => (
          <span key={signal.id} className={`${styles.chip} ${styles.chipOn}`}>
            {signal.text}
            <Button
              type="button"
              className={styles.chipRemove}
              aria-label={t('debrief.removeSignal', { text: signal.text })}
              onClick={() => onChange(signals.filter((entry) => entry.id !== signal.id))}
            >
              <Icon name="close" size={11} />
            </Button>
          </span>
        ))}
      </div>
      <label className={styles.inlineField}>
        <span className={styles.fieldLabel}>{t('debrief.customSignal')}</span>
        <input
          className="input"
          value={custom}
          maxLength={500}
          placeholder={t('debrief.customSignalPlaceholder')}
          onChange={(event) => setCustom(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              addCustom();
            }
          }}
          onBlur={addCustom}
        />
      </label>
    </section>
  );
}
