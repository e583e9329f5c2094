// The two-minute debrief of one meeting: objections and how they went, closing signals, closing attempts, concessions.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebriefOptions, MeetingDraft } from '@shared/domain/history/records';
import type { ClosingAttemptResult, LoggedObjection, ObjectionResult } from '@shared/domain/meeting-types';
import { OBJECTION_NATURES, OBJECTION_TYPES } from '@shared/playbook/types';
import { Icon } from '../../ui/Icon';
import { AmountInput } from '../../ui/AmountInput';
import { currencySymbol } from '../worksheet/money';
import { useContentLanguage } from '../playbook/use-content-language';
import { checkMeeting, hasErrors, newItemId, recentFirst, toDraft, type MeetingForm } from './debrief-model';
import { ObjectionCombobox, type ObjectionChoice } from './ObjectionCombobox';
import { Segmented, type SegmentedOption } from './Segmented';
import { SignalPicker } from './SignalPicker';
import styles from './Debrief.module.css';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

/** Technique chips shown before "Other technique…": the card's own, then recent ones. */
const TECHNIQUE_CHIPS = 6;
const DEFAULT_METHOD = 'direct';

export function MeetingEditor({
  initial,
  options,
  currency,
  isSaving,
  onSave,
  onCancel,
}: {
  initial: MeetingForm;
  options: DebriefOptions;
  currency: string;
  isSaving: boolean;
  onSave: (meeting: MeetingDraft) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('history');
  const { t: tc } = useTranslation();
  const { text: localText } = useContentLanguage();
  const titleId = useId();
  const [form, setForm] = useState(initial);
  const [isChecked, setIsChecked] = useState(false);
  const errors = checkMeeting(form);
  const isDirty = JSON.stringify(form) !== JSON.stringify(initial);
  const set = (patch: Partial<MeetingForm>): void => setForm((current) => ({ ...current, ...patch }));

  const save = (): void => {
    setIsChecked(true);
    const draft = toDraft(form);
    if (draft) onSave(draft);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape' && !isDirty) {
      event.preventDefault();
      onCancel();
    }
  };

  const techniqueName = new Map(options.techniques.map((technique) => [technique.id, localText(technique.name)]));
  const cardTechniques = new Map(options.cards.map((card) => [card.id, card.techniqueIds]));
  const methodName = new Map(options.methods.map((method) => [method.id, localText(method.name)]));

  const results: SegmentedOption<ObjectionResult>[] = [
    { value: 'resolved', label: t('results.resolved'), tone: 'good' },
    { value: 'partly', label: t('results.partly'), tone: 'mid' },
    { value: 'unresolved', label: t('results.unresolved'), tone: 'bad' },
  ];
  const attemptResults: SegmentedOption<ClosingAttemptResult>[] = [
    { value: 'accepted', label: t('attemptResults.accepted'), tone: 'good' },
    { value: 'deferred', label: t('attemptResults.deferred'), tone: 'mid' },
    { value: 'declined', label: t('attemptResults.declined'), tone: 'bad' },
  ];

  const updateObjection = (id: string, patch: Partial<LoggedObjection>): void =>
    set({
      objections: form.objections.map((objection) => (objection.id === id ? { ...objection, ...patch } : objection)),
    });
  const addObjection = (choice: ObjectionChoice): void =>
    set({ objections: [...form.objections, { id: newItemId(), ...choice, techniqueIds: [], result: 'resolved' }] });

  return (
    <form
      className={`card ${styles.editor}`}
      aria-labelledby={titleId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <header className={styles.editorHeader}>
        <h3 id={titleId}>
          {form.id === null ? t('debrief.newTitle') : t('debrief.editTitle', { date: initial.date })}
        </h3>
        <span className="muted">{t('debrief.saveHint')}</span>
      </header>

      <div className={styles.basics}>
        <label className={styles.field}>
          <span className={styles.fieldLabel}>{t('debrief.date')}</span>
          <input
            className="input"
            type="date"
            required
            value={form.date}
            aria-invalid={(isChecked && errors.date) || undefined}
            onChange={(event) => set({ date: event.target.value })}
          />
          {isChecked && errors.date && (
            <span className={styles.error} role="alert">
              {t('debrief.errors.date')}
            </span>
          )}
        </label>
        <label className={`${styles.field} ${styles.grow}`}>
          <span className={styles.fieldLabel}>{t('debrief.attendees')}</span>
          <input
            className="input"
            value={form.attendees}
            maxLength={1000}
            placeholder={t('debrief.attendeesPlaceholder')}
            onChange={(event) => set({ attendees: event.target.value })}
          />
        </label>
      </div>

      <section className={styles.section} aria-label={t('debrief.objections')}>
        <h4>{t('debrief.objections')}</h4>
        <ObjectionCombobox options={options} onAdd={addObjection} isFocused />
        {form.objections.map((objection, index) => {
          const label = t('debrief.objectionLabel', { index: index + 1 });
          const suggested = recentFirst(
            options.techniques.map((technique) => technique.id),
            [...(objection.cardId ? (cardTechniques.get(objection.cardId) ?? []) : []), ...options.recent.techniqueIds],
          );
          const chips = [...new Set([...objection.techniqueIds, ...suggested.slice(0, TECHNIQUE_CHIPS)])];
          const others = suggested.filter((id) => !chips.includes(id));
          const isMissingText = isChecked && errors.objections.includes(objection.id);
          return (
            <div key={objection.id} role="group" aria-label={label} className={styles.item}>
              <div className={styles.itemRow}>
                <label className={`${styles.field} ${styles.grow}`}>
                  <span className={styles.fieldLabel}>{t('debrief.objectionText')}</span>
                  <input
                    className="input"
                    value={objection.text}
                    maxLength={1000}
                    aria-invalid={isMissingText || undefined}
                    onChange={(event) => updateObjection(objection.id, { text: event.target.value })}
                  />
                  {isMissingText && (
                    <span className={styles.error} role="alert">
                      {t('debrief.errors.objectionText')}
                    </span>
                  )}
                </label>
                <label className={styles.field}>
                  <span className={styles.fieldLabel}>{t('debrief.type')}</span>
                  <select
                    className="select"
                    value={objection.type}
                    onChange={(event) => {
                      const type = OBJECTION_TYPES.find((entry) => entry === event.target.value);
                      if (type) updateObjection(objection.id, { type });
                    }}
                  >
                    {OBJECTION_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(`types.${type}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <RemoveButton
                  label={t('debrief.removeObjection', { index: index + 1 })}
                  onClick={() => set({ objections: form.objections.filter((entry) => entry.id !== objection.id) })}
                />
              </div>
              <div className={styles.itemRow}>
                <Segmented
                  label={t('debrief.nature')}
                  isLabelShown
                  value={objection.nature}
                  options={OBJECTION_NATURES.map((nature) => ({ value: nature, label: t(`natures.${nature}`) }))}
                  onChange={(nature) => updateObjection(objection.id, { nature })}
                />
                <Segmented
                  label={t('debrief.result')}
                  isLabelShown
                  value={objection.result}
                  options={results}
                  onChange={(result) => updateObjection(objection.id, { result })}
                />
              </div>
              <fieldset className={styles.chipsField}>
                <legend className={styles.fieldLabel}>{t('debrief.techniques')}</legend>
                <div className={styles.chips}>
                  {chips.map((id) => {
                    const isOn = objection.techniqueIds.includes(id);
                    return (
                      <Button
                        key={id}
                        type="button"
                        className={`${styles.chip} ${isOn ? styles.chipOn : ''}`}
                        aria-pressed={isOn}
                        onClick={() =>
                          updateObjection(objection.id, {
                            techniqueIds: isOn
                              ? objection.techniqueIds.filter((entry) => entry !== id)
                              : [...objection.techniqueIds, id],
                          })
                        }
                      >
                        {isOn && <Icon name="check" size={12} />}
                        {techniqueName.get(id) ?? id}
                      </Button>
                    );
                  })}
                  {others.length > 0 && (
                    <select
                      className={`select ${styles.chipSelect}`}
                      aria-label={`${label}: ${t('debrief.moreTechniques')}`}
                      value=""
                      onChange={(event) =>
                        event.target.value &&
                        updateObjection(objection.id, {
                          techniqueIds: [...objection.techniqueIds, event.target.value],
                        })
                      }
                    >
                      <option value="">{t('debrief.moreTechniques')}</option>
                      {others.map((id) => (
                        <option key={id} value={id}>
                          {techniqueName.get(id) ?? id}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
              </fieldset>
            </div>
          );
        })}
      </section>

      <SignalPicker options={options} signals={form.signals} onChange={(signals) => set({ signals })} />

      <section className={styles.section} aria-label={t('debrief.attempts')}>
        <h4>{t('debrief.attempts')}</h4>
        {form.closingAttempts.map((attempt, index) => {
          const label = t('debrief.attemptLabel', { index: index + 1 });
          return (
            <ItemGroup
              key={attempt.id}
              label={label}
              removeLabel={t('debrief.removeAttempt', { index: index + 1 })}
              onRemove={() => set({ closingAttempts: form.closingAttempts.filter((entry) => entry.id !== attempt.id) })}
            >
              <label className={styles.field}>
                <span className={styles.fieldLabel}>{t('debrief.method')}</span>
                <select
                  className="select"
                  value={attempt.methodId}
                  onChange={(event) =>
                    set({
                      closingAttempts: form.closingAttempts.map((entry) =>
                        entry.id === attempt.id ? { ...entry, methodId: event.target.value } : entry,
                      ),
                    })
                  }
                >
                  {recentFirst(
                    options.methods.map((method) => method.id),
                    options.recent.methodIds,
                  ).map((id) => (
                    <option key={id} value={id}>
                      {methodName.get(id) ?? id}
                    </option>
                  ))}
                </select>
              </label>
              <Segmented
                label={t('debrief.result')}
                isLabelShown
                value={attempt.result}
                options={attemptResults}
                onChange={(result) =>
                  set({
                    closingAttempts: form.closingAttempts.map((entry) =>
                      entry.id === attempt.id ? { ...entry, result } : entry,
                    ),
                  })
                }
              />
            </ItemGroup>
          );
        })}
        <AddButton
          label={t('debrief.addAttempt')}
          onClick={() =>
            set({
              closingAttempts: [
                ...form.closingAttempts,
                { id: newItemId(), methodId: options.recent.methodIds[0] ?? DEFAULT_METHOD, result: 'accepted' },
              ],
            })
          }
        />
      </section>

      <section className={styles.section} aria-label={t('debrief.concessions')}>
        <h4>{t('debrief.concessions')}</h4>
        {form.concessions.map((concession, index) => {
          const label = t('debrief.concessionLabel', { index: index + 1 });
          const isMissingAmount = isChecked && errors.concessions.includes(concession.id);
          const update = (patch: Partial<typeof concession>): void =>
            set({
              concessions: form.concessions.map((entry) =>
                entry.id === concession.id ? { ...entry, ...patch } : entry,
              ),
            });
          return (
            <ItemGroup
              key={concession.id}
              label={label}
              removeLabel={t('debrief.removeConcession', { index: index + 1 })}
              onRemove={() => set({ concessions: form.concessions.filter((entry) => entry.id !== concession.id) })}
            >
              <label className={styles.field}>
                <span className={styles.fieldLabel}>{t('debrief.amount')}</span>
                <AmountInput
                  value={concession.amount}
                  prefix={currencySymbol(i18n.language, currency)}
                  aria-invalid={isMissingAmount || undefined}
                  onChange={(amount) => update({ amount })}
                />
                {isMissingAmount && (
                  <span className={styles.error} role="alert">
                    {t('debrief.errors.amount')}
                  </span>
                )}
              </label>
              <label className={`${styles.field} ${styles.grow}`}>
                <span className={styles.fieldLabel}>{t('debrief.received')}</span>
                <input
                  className="input"
                  value={concession.received}
                  maxLength={1000}
                  placeholder={t('debrief.receivedPlaceholder')}
                  onChange={(event) => update({ received: event.target.value })}
                />
              </label>
            </ItemGroup>
          );
        })}
        <AddButton
          label={t('debrief.addConcession')}
          onClick={() => set({ concessions: [...form.concessions, { id: newItemId(), amount: null, received: '' }] })}
        />
      </section>

      <label className={styles.field}>
        <span className={styles.fieldLabel}>{t('debrief.notes')}</span>
        <textarea
          className="textarea"
          {...confidential}
          rows={3}
          value={form.notes}
          maxLength={20_000}
          placeholder={t('debrief.notesPlaceholder')}
          onChange={(event) => set({ notes: event.target.value })}
        />
      </label>

      <footer className={styles.editorFooter}>
        <Button type="button" className="btn" onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit" className="btn btn-primary" disabled={isSaving || (isChecked && hasErrors(errors))}>
          {isSaving ? tc('status.saving') : t('debrief.save')}
        </Button>
      </footer>
    </form>
  );
}

/** One logged item (a closing attempt, a concession) with its fields and a remove button. */
function ItemGroup({
  label,
  removeLabel,
  onRemove,
  children,
}: {
  label: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <div role="group" aria-label={label} className={`${styles.item} ${styles.itemRow}`}>
      {children}
      <RemoveButton label={removeLabel} onClick={onRemove} />
    </div>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="button" className={`btn btn-ghost btn-icon ${styles.remove}`} aria-label={label} onClick={onClick}>
      <Icon name="trash" size={15} />
    </Button>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="button" className="btn btn-sm" onClick={onClick}>
      <Icon name="plus" size={14} />
      {label}
    </Button>
  );
}
