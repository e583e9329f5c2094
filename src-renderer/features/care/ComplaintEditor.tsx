// The complaint form: when and how it came in, what it is about, what the customer wants, who follows up by when.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  type ComplaintDraft,
} from '@shared/domain/complaints/complaint';
import { Field } from '../../ui/Field';
import styles from './Care.module.css';
import { Button } from '../../ui/Button';

/** A labelled select over one of the complaint's fixed lists. */
function ChoiceField<T extends string>({
  label,
  value,
  choices,
  labelOf,
  onChange,
}: {
  label: string;
  value: T;
  choices: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <Field label={label}>
      <select
        className="input"
        value={value}
        onChange={(event) => {
          const chosen = choices.find((choice) => choice === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labelOf(choice)}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ComplaintEditor({
  initial,
  isSaving,
  onSave,
  onCancel,
}: {
  initial: ComplaintDraft;
  isSaving: boolean;
  onSave: (draft: ComplaintDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('care');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const set = <K extends keyof ComplaintDraft>(key: K, value: ComplaintDraft[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }));
  const summaryError = isSubmitted && draft.summary.trim() === '' ? tc('errors.field.required') : undefined;
  const dueError =
    isSubmitted && draft.dueOn !== null && draft.dueOn < draft.receivedOn ? tc('errors.field.too-small') : undefined;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setIsSubmitted(true);
    if (draft.summary.trim() === '' || (draft.dueOn !== null && draft.dueOn < draft.receivedOn)) return;
    onSave({ ...draft, summary: draft.summary.trim(), wants: draft.wants.trim(), owner: draft.owner.trim() });
  };
  return (
    <form
      className={`card ${styles.editor}`}
      onSubmit={submit}
      aria-label={t(initial.id ? 'form.editTitle' : 'form.newTitle')}
    >
      <h3>{t(initial.id ? 'form.editTitle' : 'form.newTitle')}</h3>
      <div className={styles.row}>
        <Field label={t('form.receivedOn')}>
          <input
            type="date"
            className="input"
            required
            value={draft.receivedOn}
            onChange={(event) => event.target.value && set('receivedOn', event.target.value)}
          />
        </Field>
        <ChoiceField
          label={t('form.channel')}
          value={draft.channel}
          choices={COMPLAINT_CHANNELS}
          labelOf={(value) => t(`channels.${value}`)}
          onChange={(value) => set('channel', value)}
        />
        <ChoiceField
          label={t('form.category')}
          value={draft.category}
          choices={COMPLAINT_CATEGORIES}
          labelOf={(value) => t(`categories.${value}`)}
          onChange={(value) => set('category', value)}
        />
        <ChoiceField
          label={t('form.severity')}
          value={draft.severity}
          choices={COMPLAINT_SEVERITIES}
          labelOf={(value) => t(`severities.${value}`)}
          onChange={(value) => set('severity', value)}
        />
      </div>
      <Field label={t('form.summary')} error={summaryError}>
        <textarea
          className="input"
          rows={2}
          maxLength={2000}
          placeholder={t('form.summaryPlaceholder')}
          value={draft.summary}
          onChange={(event) => set('summary', event.target.value)}
        />
      </Field>
      <Field label={t('form.wants')}>
        <input
          className="input"
          maxLength={2000}
          value={draft.wants}
          onChange={(event) => set('wants', event.target.value)}
        />
      </Field>
      <div className={styles.row}>
        <Field label={t('form.owner')}>
          <input
            className="input"
            maxLength={120}
            value={draft.owner}
            onChange={(event) => set('owner', event.target.value)}
          />
        </Field>
        <Field label={t('form.dueOn')} error={dueError}>
          <input
            type="date"
            className="input"
            value={draft.dueOn ?? ''}
            onChange={(event) => set('dueOn', event.target.value || null)}
          />
        </Field>
      </div>
      <Field label={t('form.notes')}>
        <textarea
          className="input"
          rows={2}
          value={draft.notes}
          onChange={(event) => set('notes', event.target.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button variant="secondary" onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={isSaving}>
          {t('form.save')}
        </Button>
      </div>
    </form>
  );
}
