// Add a custom objection card, or edit one (a built-in is kept: the edit is stored beside it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveCard, EffectiveTechnique } from '@shared/playbook/effective-playbook';
import type { PlaybookEntry } from '@shared/playbook/query';
import { OBJECTION_NATURE_INFO, OBJECTION_TYPE_INFO } from '@shared/playbook/objection-types';
import { PRICE_SITUATIONS, type ObjectionType, type PriceSituation } from '@shared/playbook/types';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { EntryFormFrame } from './EntryFormFrame';
import { cardDraft, cardForm, newAnswerRow, type CardFormState } from './playbook-form-model';
import { useContentLanguage } from './use-content-language';
import { useEntryForm } from './use-entry-form';
import styles from './PlaybookPage.module.css';
import { Button } from '../../ui/Button';

export function CardForm({
  card,
  techniques,
  onClose,
}: {
  card: EffectiveCard | null;
  techniques: readonly EffectiveTechnique[];
  onClose: (saved: PlaybookEntry | null) => void;
}) {
  const { t } = useTranslation('playbook');
  const { language, text } = useContentLanguage();
  const [form, setForm] = useState<CardFormState>(() => cardForm(card, language));
  const { submit, cancel, onKeyDown, errorText, clearError, errorCount, isSaving } = useEntryForm({
    toInput: () => ({ kind: 'card', card: cardDraft(form, language) }),
    onClose,
  });

  const set = <K extends keyof CardFormState>(key: K, value: CardFormState[K]): void => {
    setForm((current) => ({ ...current, [key]: value }));
    clearError(key);
  };
  const setText = (key: 'line' | 'trap', value: string): void => set(key, { ...form[key], text: value });
  const setAnswer = (index: number, value: string): void => {
    set(
      'answers',
      form.answers.map((answer, at) => (at === index ? { ...answer, text: value } : answer)),
    );
    clearError(`modelAnswers.${index}`);
  };
  const techniqueName = (id: string): string => {
    const technique = techniques.find((candidate) => candidate.id === id);
    return technique ? text(technique.name) : id;
  };
  const moveUp = (index: number): void => {
    const ids = [...form.techniqueIds];
    [ids[index - 1], ids[index]] = [ids[index] as string, ids[index - 1] as string];
    set('techniqueIds', ids);
  };
  const available = techniques.filter((technique) => !technique.isHidden && !form.techniqueIds.includes(technique.id));

  return (
    <EntryFormFrame
      title={card ? t('form.editCard') : t('form.newCard')}
      isBuiltIn={card !== null && card.origin !== 'custom'}
      submitLabel={card ? t('form.save') : t('form.create')}
      errorCount={errorCount}
      isSaving={isSaving}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onCancel={cancel}
    >
      <Field label={t('form.line')} error={errorText('line')}>
        <textarea
          className="textarea"
          rows={2}
          autoFocus
          value={form.line.text}
          placeholder={t('form.linePlaceholder')}
          onChange={(event) => setText('line', event.target.value)}
        />
      </Field>

      <div className={styles.formRow}>
        <Field label={t('form.type')} error={errorText('type')}>
          <select
            className="select"
            value={form.type}
            onChange={(event) => set('type', event.target.value as ObjectionType)}
          >
            {OBJECTION_TYPE_INFO.map((info) => (
              <option key={info.id} value={info.id}>
                {text(info.name)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('form.situation')}
          error={errorText('situation')}
          hint={form.type === 'price' ? undefined : t('form.situationHint')}
        >
          <select
            className="select"
            value={form.type === 'price' ? (form.situation ?? '') : ''}
            disabled={form.type !== 'price'}
            onChange={(event) => set('situation', (event.target.value || null) as PriceSituation | null)}
          >
            <option value="">{t('form.noSituation')}</option>
            {PRICE_SITUATIONS.map((situation) => (
              <option key={situation} value={situation}>
                {t(`situations.${situation}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <fieldset className={styles.fieldset} aria-invalid={errorText('natures') ? true : undefined}>
        <legend>{t('form.natures')}</legend>
        <div className={styles.checks}>
          {OBJECTION_NATURE_INFO.map((info) => (
            <label key={info.id} className={styles.check}>
              <input
                type="checkbox"
                checked={form.natures.includes(info.id)}
                onChange={(event) =>
                  set(
                    'natures',
                    event.target.checked
                      ? [...form.natures, info.id]
                      : form.natures.filter((nature) => nature !== info.id),
                  )
                }
              />
              {text(info.name)}
            </label>
          ))}
        </div>
        {errorText('natures') && (
          <span className={styles.fieldError} role="alert">
            {errorText('natures')}
          </span>
        )}
      </fieldset>

      <fieldset className={styles.fieldset} aria-invalid={errorText('techniqueIds') ? true : undefined}>
        <legend>{t('form.techniques')}</legend>
        {form.techniqueIds.length > 0 && (
          <ol className={styles.picked}>
            {form.techniqueIds.map((id, index) => (
              <li key={id}>
                <span className={styles.pickedRank}>{index + 1}</span>
                <span className={styles.pickedName}>{techniqueName(id)}</span>
                {index > 0 && (
                  <Button
                    type="button"
                    className="btn btn-ghost btn-icon btn-sm"
                    aria-label={t('form.moveUp', { name: techniqueName(id) })}
                    title={t('form.moveUp', { name: techniqueName(id) })}
                    onClick={() => moveUp(index)}
                  >
                    <Icon name="arrow-up" size={14} />
                  </Button>
                )}
                <Button
                  type="button"
                  className="btn btn-ghost btn-icon btn-sm"
                  aria-label={t('form.removeTechnique', { name: techniqueName(id) })}
                  title={t('form.removeTechnique', { name: techniqueName(id) })}
                  onClick={() =>
                    set(
                      'techniqueIds',
                      form.techniqueIds.filter((picked) => picked !== id),
                    )
                  }
                >
                  <Icon name="close" size={14} />
                </Button>
              </li>
            ))}
          </ol>
        )}
        <select
          className="select"
          aria-label={t('form.addTechnique')}
          value=""
          onChange={(event) => event.target.value && set('techniqueIds', [...form.techniqueIds, event.target.value])}
        >
          <option value="">{t('form.addTechnique')}</option>
          {available.map((technique) => (
            <option key={technique.id} value={technique.id}>
              {text(technique.name)}
            </option>
          ))}
        </select>
        {errorText('techniqueIds') ? (
          <span className={styles.fieldError} role="alert">
            {errorText('techniqueIds')}
          </span>
        ) : (
          <span className={styles.fieldHint}>{t('form.techniquesHint')}</span>
        )}
      </fieldset>

      <fieldset className={styles.fieldset} aria-invalid={errorText('modelAnswers') ? true : undefined}>
        <legend>{t('form.answers')}</legend>
        {form.answers.map((answer, index) => (
          <div key={answer.key} className={styles.answerRow}>
            <Field label={t('form.answer', { number: index + 1 })} error={errorText(`modelAnswers.${index}`)}>
              <textarea
                className="textarea"
                rows={3}
                value={answer.text}
                onChange={(event) => setAnswer(index, event.target.value)}
              />
            </Field>
            {form.answers.length > 1 && (
              <Button
                type="button"
                className="btn btn-ghost btn-icon btn-sm"
                aria-label={t('form.removeAnswer', { number: index + 1 })}
                title={t('form.removeAnswer', { number: index + 1 })}
                onClick={() =>
                  set(
                    'answers',
                    form.answers.filter((_answer, at) => at !== index),
                  )
                }
              >
                <Icon name="trash" size={14} />
              </Button>
            )}
          </div>
        ))}
        {errorText('modelAnswers') && (
          <span className={styles.fieldError} role="alert">
            {errorText('modelAnswers')}
          </span>
        )}
        <Button
          type="button"
          className="btn btn-sm btn-ghost"
          onClick={() => set('answers', [...form.answers, newAnswerRow(null, language)])}
        >
          <Icon name="plus" size={14} />
          {t('form.addAnswerRow')}
        </Button>
      </fieldset>

      <Field label={t('form.trap')} error={errorText('trap')}>
        <textarea
          className="textarea"
          rows={2}
          value={form.trap.text}
          placeholder={t('form.trapPlaceholder')}
          onChange={(event) => setText('trap', event.target.value)}
        />
      </Field>
    </EntryFormFrame>
  );
}
