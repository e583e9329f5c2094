// The playbook forms edit one language at a time: untouched built-in text must keep both languages.
import { describe, expect, it } from 'vitest';
import { OBJECTION_CARDS, TECHNIQUES, userText, type ObjectionCard, type Technique } from '@shared/playbook';
import {
  cardDraft,
  cardForm,
  errorsFromIssues,
  newAnswerRow,
  techniqueDraft,
  techniqueForm,
} from '../../src-renderer/features/playbook/playbook-form-model';

const card = OBJECTION_CARDS[0] as ObjectionCard;
const risky = TECHNIQUES.find((technique) => technique.risk !== null) as Technique;

describe('card form', () => {
  it('gives back the built-in card unchanged when nothing was edited, in either language', () => {
    for (const language of ['en', 'zh'] as const) {
      const { id, ...content } = card;
      expect(cardDraft(cardForm(card, language), language)).toEqual({ id, ...content });
    }
  });

  it('replaces only the edited text; the rest stays bilingual', () => {
    const form = cardForm(card, 'zh');
    const draft = cardDraft(
      {
        ...form,
        trap: { ...form.trap, text: '  别急着降价。 ' },
        answers: [...form.answers, newAnswerRow(null, 'zh')],
      },
      'zh',
    );
    expect(draft.trap).toEqual(userText('别急着降价。'));
    expect(draft.line).toEqual(card.line);
    expect(draft.modelAnswers.slice(0, -1)).toEqual(card.modelAnswers);
    expect(draft.modelAnswers.at(-1)).toEqual(userText(''));
  });

  it('drops the price situation of a card that is not about price', () => {
    const form = { ...cardForm(null, 'en'), type: 'authority' as const, situation: 'too-expensive' as const };
    expect(cardDraft(form, 'en')).toMatchObject({ id: null, situation: null });
  });
});

describe('technique form', () => {
  it('keeps the risk only while the tactic is marked risky', () => {
    const form = techniqueForm(risky, 'en');
    expect(techniqueDraft(form, 'en').risk).toEqual(risky.risk);
    expect(techniqueDraft({ ...form, isRisky: false }, 'en').risk).toBeNull();
  });
});

describe('errorsFromIssues', () => {
  it('keys backend issues by form field, whichever language they name', () => {
    expect(
      errorsFromIssues([
        { path: 'card.line.en', code: 'required', message: '' },
        { path: 'card.line.zh', code: 'required', message: '' },
        { path: 'card.modelAnswers.1.zh', code: 'too-long', message: '' },
        { path: 'card.techniqueIds', code: 'too-small', message: '' },
        { path: 'technique.name.en', code: 'required', message: '' },
      ]),
    ).toEqual({ line: 'required', 'modelAnswers.1': 'too-long', techniqueIds: 'too-small', name: 'required' });
  });
});
