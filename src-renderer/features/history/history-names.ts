// Display names for the ids History figures hold: types and natures, techniques, cards, signals and methods.
import type { HistoryLabels } from '@shared/domain/history/records';
import type { ObjectionNature, ObjectionType } from '@shared/playbook/types';
import { useContentLanguage } from '../playbook/use-content-language';
import { historyTexts } from './history.i18n';
import { useTranslation } from 'react-i18next';

type SignalNameKey = keyof (typeof historyTexts)['en']['signalNames'];
const SIGNAL_NAME_KEYS = new Set<string>(Object.keys(historyTexts.en.signalNames));
const isSignalNameKey = (id: string): id is SignalNameKey => SIGNAL_NAME_KEYS.has(id);

export type HistoryNames = {
  type: (type: ObjectionType) => string;
  nature: (nature: ObjectionNature) => string;
  technique: (id: string) => string;
  method: (id: string) => string;
  /** A playbook signal by its short name; a custom one by what the user wrote. */
  signal: (signalId: string | null, text: string) => string;
  /** A playbook card by its line in the UI language; a typed objection as it was typed. */
  objection: (cardId: string | null, text: string) => string;
};

export function useHistoryNames(labels: HistoryLabels): HistoryNames {
  const { t } = useTranslation('history');
  const { text } = useContentLanguage();
  const named = (names: Record<string, { en: string; zh: string }>, id: string): string => {
    const name = names[id];
    return name ? text(name) : id;
  };
  return {
    type: (type) => t(`types.${type}`),
    nature: (nature) => t(`natures.${nature}`),
    technique: (id) => named(labels.techniques, id),
    method: (id) => named(labels.methods, id),
    signal: (signalId, fallback) => {
      if (signalId === null) return fallback;
      if (isSignalNameKey(signalId)) return t(`signalNames.${signalId}`);
      const name = labels.signals[signalId];
      return name ? text(name) : fallback || signalId;
    },
    objection: (cardId, fallback) => {
      const line = cardId === null ? undefined : labels.cards[cardId];
      return line ? text(line) : fallback;
    },
  };
}
