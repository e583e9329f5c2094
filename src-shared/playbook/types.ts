// Types of the built-in, bilingual playbook: objections, techniques, closing signals and styles.
import type { CounterpartStyle } from '../domain/deal';

/** Every user-facing text of the playbook exists in both languages. */
export type LocalizedText = { en: string; zh: string };

/** Text the user typed in one language, shown whichever language the UI is in. */
export const userText = (text: string): LocalizedText => ({ en: text, zh: text });

export const OBJECTION_TYPES = ['need', 'budget', 'authority', 'price', 'product', 'vendor'] as const;
export type ObjectionType = (typeof OBJECTION_TYPES)[number];

export const OBJECTION_NATURES = ['true', 'false', 'hidden'] as const;
export type ObjectionNature = (typeof OBJECTION_NATURES)[number];

export type ObjectionTypeInfo = {
  id: ObjectionType;
  name: LocalizedText;
  howToTell: LocalizedText;
  diagnosticQuestion: LocalizedText;
};

export type ObjectionNatureInfo = {
  id: ObjectionNature;
  name: LocalizedText;
  howToTell: LocalizedText;
  diagnosticQuestion: LocalizedText;
};

/** Price situations a buyer puts the seller in (domain.md §4 and the common others). */
export const PRICE_SITUATIONS = [
  'think-about-it',
  'too-expensive',
  'make-it-cheaper',
  'others-quote-less',
  'worth-it',
  'competitor-quote',
  'procurement-discount',
  'budget-frozen',
  'wait-for-promotion',
  'best-price',
  'volume-discount',
  'payment-terms',
] as const;
export type PriceSituation = (typeof PRICE_SITUATIONS)[number];

export type ObjectionCard = {
  id: string;
  line: LocalizedText; // what the counterpart says, in their words
  type: ObjectionType;
  natures: ObjectionNature[]; // likely natures, most likely first
  situation: PriceSituation | null; // price cards only
  techniqueIds: string[]; // recommended, best first
  modelAnswers: LocalizedText[]; // two or more
  trap: LocalizedText; // what not to do
};

export type Technique = {
  id: string;
  name: LocalizedText;
  whenToUse: LocalizedText;
  whenNotToUse: LocalizedText;
  example: LocalizedText;
  /** Set for manipulative or risky tactics, explaining the risk. */
  risk: LocalizedText | null;
};

export type ClosingSignal = {
  id: string;
  kind: 'verbal' | 'behavioural' | 'facial';
  description: LocalizedText;
  whatToDo: LocalizedText;
};

export type ClosingMethod = {
  id: string;
  name: LocalizedText;
  howTo: LocalizedText;
  example: LocalizedText;
};

export type ClosingPitfall = { id: string; text: LocalizedText };

export type CounterpartStyleInfo = {
  id: CounterpartStyle;
  name: LocalizedText;
  alsoKnownAs: LocalizedText;
  recognise: LocalizedText;
  hint: LocalizedText; // short, shown next to the picker
  approach: LocalizedText;
};
