// The card and technique forms' state: one text per field in the UI's language, kept bilingual where untouched.
import { userText } from '@shared/playbook/types';
import type { CardDraft, TechniqueDraft } from '@shared/playbook/query';
import type {
  LocalizedText,
  ObjectionCard,
  ObjectionNature,
  ObjectionType,
  PriceSituation,
  Technique,
} from '@shared/playbook/types';
import type { FieldIssue, FieldIssueCode } from '@shared/ipc/result';

export type ContentLanguage = keyof LocalizedText;

/**
 * A text as the user edits it. `original` is the bilingual text it started from: left unchanged it is saved
 * as it was, in both languages; once changed, the typed text stands for both.
 */
export type TextField = { original: LocalizedText | null; text: string };

export const textField = (original: LocalizedText | null, language: ContentLanguage): TextField => ({
  original,
  text: original ? original[language] : '',
});

export function toLocalized(field: TextField, language: ContentLanguage): LocalizedText {
  if (field.original && field.text === field.original[language]) return field.original;
  return userText(field.text.trim());
}

export type AnswerRow = TextField & { key: string };

export type CardFormState = {
  id: string | null;
  line: TextField;
  type: ObjectionType;
  natures: ObjectionNature[];
  situation: PriceSituation | null;
  techniqueIds: string[];
  answers: AnswerRow[];
  trap: TextField;
};

export type TechniqueFormState = {
  id: string | null;
  name: TextField;
  whenToUse: TextField;
  whenNotToUse: TextField;
  example: TextField;
  isRisky: boolean;
  risk: TextField;
};

let rowCount = 0;
export const newAnswerRow = (original: LocalizedText | null, language: ContentLanguage): AnswerRow => ({
  ...textField(original, language),
  key: `answer-${++rowCount}`,
});

export function cardForm(card: ObjectionCard | null, language: ContentLanguage): CardFormState {
  if (!card)
    return {
      id: null,
      line: textField(null, language),
      type: 'price',
      natures: ['true'],
      situation: null,
      techniqueIds: [],
      answers: [newAnswerRow(null, language)],
      trap: textField(null, language),
    };
  return {
    id: card.id,
    line: textField(card.line, language),
    type: card.type,
    natures: [...card.natures],
    situation: card.situation,
    techniqueIds: [...card.techniqueIds],
    answers: card.modelAnswers.map((answer) => newAnswerRow(answer, language)),
    trap: textField(card.trap, language),
  };
}

export function cardDraft(form: CardFormState, language: ContentLanguage): CardDraft {
  return {
    id: form.id,
    line: toLocalized(form.line, language),
    type: form.type,
    natures: form.natures,
    situation: form.type === 'price' ? form.situation : null,
    techniqueIds: form.techniqueIds,
    modelAnswers: form.answers.map((answer) => toLocalized(answer, language)),
    trap: toLocalized(form.trap, language),
  };
}

export function techniqueForm(technique: Technique | null, language: ContentLanguage): TechniqueFormState {
  return {
    id: technique?.id ?? null,
    name: textField(technique?.name ?? null, language),
    whenToUse: textField(technique?.whenToUse ?? null, language),
    whenNotToUse: textField(technique?.whenNotToUse ?? null, language),
    example: textField(technique?.example ?? null, language),
    isRisky: Boolean(technique?.risk),
    risk: textField(technique?.risk ?? null, language),
  };
}

export const techniqueDraft = (form: TechniqueFormState, language: ContentLanguage): TechniqueDraft => ({
  id: form.id,
  name: toLocalized(form.name, language),
  whenToUse: toLocalized(form.whenToUse, language),
  whenNotToUse: toLocalized(form.whenNotToUse, language),
  example: toLocalized(form.example, language),
  risk: form.isRisky ? toLocalized(form.risk, language) : null,
});

export type PlaybookFormErrors = Record<string, FieldIssueCode>;

/**
 * Backend issues keyed by form field: `card.line.en` → `line`, `card.modelAnswers.1.zh` → `modelAnswers.1`.
 * User text fills both languages alike, so one language's issue is the field's issue.
 */
export function errorsFromIssues(issues: readonly FieldIssue[]): PlaybookFormErrors {
  const errors: PlaybookFormErrors = {};
  for (const issue of issues) {
    const path = issue.path.replace(/^(card|technique)\./, '').replace(/\.(en|zh)$/, '');
    errors[path] ??= issue.code;
  }
  return errors;
}
