// Add a custom handling technique, or edit one (a built-in is kept: the edit is stored beside it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveTechnique } from '@shared/playbook/effective-playbook';
import type { PlaybookEntry } from '@shared/playbook/query';
import { Field } from '../../ui/Field';
import { EntryFormFrame } from './EntryFormFrame';
import { techniqueDraft, techniqueForm, type TechniqueFormState } from './playbook-form-model';
import { useContentLanguage } from './use-content-language';
import { useEntryForm } from './use-entry-form';
import styles from './PlaybookPage.module.css';

type TextKey = 'name' | 'whenToUse' | 'whenNotToUse' | 'example' | 'risk';

export function TechniqueForm({
  technique,
  onClose,
}: {
  technique: EffectiveTechnique | null;
  onClose: (saved: PlaybookEntry | null) => void;
}) {
  const { t } = useTranslation('playbook');
  const { language } = useContentLanguage();
  const [form, setForm] = useState<TechniqueFormState>(() => techniqueForm(technique, language));
  const { submit, cancel, onKeyDown, errorText, clearError, errorCount, isSaving } = useEntryForm({
    toInput: () => ({ kind: 'technique', technique: techniqueDraft(form, language) }),
    onClose,
  });
  const setText = (key: TextKey, value: string): void => {
    setForm((current) => ({ ...current, [key]: { ...current[key], text: value } }));
    clearError(key);
  };
  const optional = (label: string): string => `${label} (${t('form.optional')})`;

  const textArea = (key: TextKey, label: string, rows: number, placeholder?: string) => (
    <Field label={label} error={errorText(key)}>
      <textarea
        className="textarea"
        rows={rows}
        value={form[key].text}
        placeholder={placeholder}
        onChange={(event) => setText(key, event.target.value)}
      />
    </Field>
  );

  return (
    <EntryFormFrame
      title={technique ? t('form.editTechnique') : t('form.newTechnique')}
      isBuiltIn={technique !== null && technique.origin !== 'custom'}
      submitLabel={technique ? t('form.save') : t('form.create')}
      errorCount={errorCount}
      isSaving={isSaving}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onCancel={cancel}
    >
      <Field label={t('form.name')} error={errorText('name')}>
        <input
          className="input"
          autoFocus
          value={form.name.text}
          placeholder={t('form.namePlaceholder')}
          onChange={(event) => setText('name', event.target.value)}
        />
      </Field>
      {textArea('whenToUse', t('form.whenToUse'), 3)}
      {textArea('whenNotToUse', optional(t('form.whenNotToUse')), 3)}
      {textArea('example', optional(t('form.example')), 3)}
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={form.isRisky}
          onChange={(event) => {
            setForm((current) => ({ ...current, isRisky: event.target.checked }));
            clearError('risk');
          }}
        />
        {t('form.isRisky')}
      </label>
      {form.isRisky && textArea('risk', t('form.risk'), 2)}
    </EntryFormFrame>
  );
}
