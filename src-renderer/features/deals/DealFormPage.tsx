// Create or edit a deal; errors are shown next to the field they concern.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COUNTERPART_STYLES,
  DEAL_OUTCOMES,
  DEAL_STAGES,
  NEGOTIATION_SIDES,
  type DealOutcome,
} from '@shared/domain/deal';
import { routeHref } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { call, IpcError } from '../../ipc-client';
import { AmountInput } from '../../ui/AmountInput';
import { Field, focusFirstInvalid } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { ContactsEditor } from './ContactsEditor';
import {
  draftFromForm,
  emptyForm,
  errorsFromIssues,
  formFromDeal,
  parseAmount,
  type DealFormState,
  type FormErrors,
} from './deal-form-model';
import styles from './DealFormPage.module.css';
import { formKeyHandler } from '../../ui/form-keys';
import { Button } from '../../ui/Button';
import { confidential } from '../../ui/Confidential';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY', 'SGD'];
const newContactId = (): string => `c-${crypto.randomUUID()}`;

export function DealFormPage({ dealId }: { dealId: string | null }) {
  const { t } = useTranslation('deals');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const [form, setForm] = useState<DealFormState | null>(dealId ? null : emptyForm());
  const [errors, setErrors] = useState<FormErrors>({});
  const [failedSaves, setFailedSaves] = useState(0);
  const [isSaving, setIsSaving] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!dealId) return;
    call('deals:get', { id: dealId }).then(
      (deal) => setForm(formFromDeal(deal)),
      (error: Error) => setLoadError(error.message),
    );
  }, [dealId]);

  const isLoaded = form !== null;
  useEffect(() => {
    if (isLoaded) formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [isLoaded]);

  useEffect(() => {
    if (failedSaves > 0) focusFirstInvalid(formRef.current);
  }, [failedSaves]);

  const cancel = (): void => navigate(dealId ? { name: 'deal', id: dealId, tab: 'overview' } : { name: 'deals' });

  if (loadError)
    return (
      <p className={styles.loadError} role="alert">
        {tc('errors.loadFailed', { message: loadError })}
      </p>
    );
  if (!form) return null;

  const formValue = parseAmount(form.value);
  const set = <K extends keyof DealFormState>(key: K, value: DealFormState[K]): void => {
    setForm({ ...form, [key]: value });
    if (errors[key]) setErrors(({ [key]: _removed, ...rest }) => rest);
  };

  const errorText = (path: string): string | undefined => {
    const code = errors[path];
    if (!code) return undefined;
    if (code === 'invalid-number') return t('form.invalidNumber');
    if (code === 'invalid-currency') return t('form.invalidCurrency');
    if (code === 'outcome-needs-closed') return t('form.outcomeNeedsClosed');
    return tc(`errors.field.${code}`);
  };

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    const { draft, errors: localErrors } = draftFromForm(form);
    if (Object.keys(localErrors).length > 0) {
      setErrors(localErrors);
      setFailedSaves((count) => count + 1);
      return;
    }
    setIsSaving(true);
    try {
      const deal = dealId ? await call('deals:update', { id: dealId, draft }) : await call('deals:create', draft);
      navigate({ name: 'deal', id: deal.id, tab: 'overview' }, { replace: dealId === null });
    } catch (error) {
      if (error instanceof IpcError && error.code === 'invalid-input') {
        setErrors(errorsFromIssues(error.issues));
        setFailedSaves((count) => count + 1);
      } else toast({ tone: 'error', message: tc('errors.generic', { message: (error as Error).message }) });
    } finally {
      setIsSaving(false);
    }
  };

  const onKeyDown = formKeyHandler(() => void submit(), cancel);

  const errorCount = Object.keys(errors).length;
  const setOutcome = (outcome: DealOutcome): void =>
    setForm({
      ...form,
      outcome,
      stage: outcome === 'open' ? (form.stage === 'closed' ? 'negotiating' : form.stage) : 'closed',
    });

  return (
    <form
      ref={formRef}
      className={styles.page}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <header className={styles.header}>
        <a
          className="btn btn-ghost btn-icon"
          href={dealId ? routeHref({ name: 'deal', id: dealId, tab: 'overview' }) : routeHref({ name: 'deals' })}
          aria-label={tc('actions.back')}
        >
          <Icon name="back" />
        </a>
        <h1>{dealId ? t('form.editTitle') : t('form.newTitle')}</h1>
        <div className={styles.headerActions}>
          <Button type="button" className="btn" onClick={cancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" className="btn btn-primary" disabled={isSaving}>
            {dealId ? t('form.saveChanges') : t('form.create')}
          </Button>
        </div>
      </header>

      {errorCount > 0 && (
        <p className={styles.summary} role="alert">
          {t('form.fixErrors', { count: errorCount })}
        </p>
      )}

      <section className={`card ${styles.section}`}>
        <h2>{t('form.sections.basics')}</h2>
        <div className={styles.grid}>
          <Field className={styles.wide} label={t('form.title')} error={errorText('title')} isRequired>
            <input
              className="input"
              value={form.title}
              placeholder={t('form.titlePlaceholder')}
              onChange={(event) => set('title', event.target.value)}
            />
          </Field>
          <Field label={t('form.side')}>
            <select
              className="select"
              value={form.side}
              onChange={(event) => set('side', event.target.value as DealFormState['side'])}
            >
              {NEGOTIATION_SIDES.map((side) => (
                <option key={side} value={side}>
                  {tc(`sides.${side}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('form.value')} error={errorText('value')}>
            <AmountInput
              value={formValue === 'invalid' ? null : formValue}
              placeholder={t('form.valuePlaceholder')}
              onChange={(value) => set('value', value === null ? '' : String(value))}
            />
          </Field>
          <Field label={t('form.currency')} error={errorText('currency')}>
            <input
              className="input"
              list="currencies"
              value={form.currency}
              maxLength={3}
              onChange={(event) => set('currency', event.target.value.toUpperCase())}
            />
          </Field>
          <datalist id="currencies">
            {CURRENCIES.map((currency) => (
              <option key={currency} value={currency} />
            ))}
          </datalist>
          <Field label={t('form.stage')} error={errorText('stage')}>
            <select
              className="select"
              value={form.stage}
              onChange={(event) => set('stage', event.target.value as DealFormState['stage'])}
            >
              {DEAL_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {tc(`stages.${stage}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('form.outcome')} error={errorText('outcome')}>
            <select
              className="select"
              value={form.outcome}
              onChange={(event) => setOutcome(event.target.value as DealOutcome)}
            >
              {DEAL_OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {tc(`outcomes.${outcome}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </section>

      <section className={`card ${styles.section}`}>
        <h2>{t('form.sections.counterpart')}</h2>
        <div className={styles.grid}>
          <Field
            className={styles.wide}
            label={t('form.counterpartOrg')}
            error={errorText('counterpartOrg')}
            isRequired
          >
            <input
              className="input"
              value={form.counterpartOrg}
              placeholder={t('form.counterpartOrgPlaceholder')}
              onChange={(event) => set('counterpartOrg', event.target.value)}
            />
          </Field>
          <Field
            className={styles.wide}
            label={t('form.counterpartStyle')}
            hint={form.counterpartStyle ? tc(`styleHints.${form.counterpartStyle}`) : undefined}
          >
            <select
              className="select"
              value={form.counterpartStyle ?? ''}
              onChange={(event) =>
                set('counterpartStyle', (event.target.value || null) as DealFormState['counterpartStyle'])
              }
            >
              <option value="">{tc('styles.none')}</option>
              {COUNTERPART_STYLES.map((style) => (
                <option key={style} value={style}>
                  {tc(`styles.${style}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <h3 className={styles.subheading}>{t('form.sections.contacts')}</h3>
        <ContactsEditor
          contacts={form.contacts}
          errors={errors}
          errorText={errorText}
          onChange={(contacts) => set('contacts', contacts)}
          newId={newContactId}
        />
      </section>

      <section className={`card ${styles.section}`}>
        <h2>{t('form.sections.details')}</h2>
        <div className={styles.grid}>
          <Field label={t('form.meetingDate')} error={errorText('meetingDate')}>
            <input
              className="input"
              type="date"
              value={form.meetingDate}
              onChange={(event) => set('meetingDate', event.target.value)}
            />
          </Field>
          <Field label={t('form.expectedCloseDate')} error={errorText('expectedCloseDate')}>
            <input
              className="input"
              type="date"
              value={form.expectedCloseDate}
              onChange={(event) => set('expectedCloseDate', event.target.value)}
            />
          </Field>
          <Field className={styles.wide} label={t('form.tags')} error={errorText('tags')}>
            <input
              className="input"
              value={form.tags}
              placeholder={t('form.tagsPlaceholder')}
              onChange={(event) => set('tags', event.target.value)}
            />
          </Field>
          <Field className={styles.full} label={t('form.notes')} error={errorText('notes')}>
            <textarea
              className="textarea"
              {...confidential}
              rows={4}
              value={form.notes}
              placeholder={t('form.notesPlaceholder')}
              onChange={(event) => set('notes', event.target.value)}
            />
          </Field>
        </div>
      </section>
    </form>
  );
}
