// The deal form's state (what the user types) and its conversion to a draft the backend validates.
import type { Contact, Deal, DealDraft } from '@shared/domain/deal';
import { readAmountField } from '@shared/domain/amounts';
import { emptyDealDraft } from '@shared/domain/deal-factory';
import type { FieldIssue, FieldIssueCode } from '@shared/ipc/result';

export type ContactRow = Contact;

export type DealFormState = Omit<DealDraft, 'value' | 'tags' | 'meetingDate' | 'expectedCloseDate'> & {
  value: string;
  tags: string;
  meetingDate: string;
  expectedCloseDate: string;
};

/** A form error: a backend field code, or a check the form makes itself before sending. */
export type FormErrorCode = FieldIssueCode | 'invalid-number' | 'invalid-currency' | 'outcome-needs-closed';
export type FormErrors = Record<string, FormErrorCode>;

export function formFromDraft(draft: DealDraft): DealFormState {
  return {
    ...draft,
    value: draft.value === null ? '' : String(draft.value),
    tags: draft.tags.join(', '),
    meetingDate: draft.meetingDate ?? '',
    expectedCloseDate: draft.expectedCloseDate ?? '',
  };
}

export const emptyForm = (): DealFormState => formFromDraft(emptyDealDraft());

export const formFromDeal = (deal: Deal): DealFormState => formFromDraft(deal);

/** What the amount reader makes of the field ("1,200,000", "26万", "1.2m"); empty means no value. */
export function parseAmount(text: string): number | null | 'invalid' {
  const reading = readAmountField(text);
  return reading.status === 'ok' ? reading.value : reading.status === 'empty' ? null : 'invalid';
}

export const splitTags = (text: string): string[] =>
  text
    .split(/[,，;；]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

export function draftFromForm(form: DealFormState): { draft: DealDraft; errors: FormErrors } {
  const errors: FormErrors = {};
  const value = parseAmount(form.value);
  if (value === 'invalid') errors.value = 'invalid-number';
  if (!/^[A-Za-z]{3}$/.test(form.currency.trim())) errors.currency = 'invalid-currency';
  if (form.outcome !== 'open' && form.stage !== 'closed') errors.stage = 'outcome-needs-closed';
  const draft: DealDraft = {
    ...form,
    value: value === 'invalid' ? null : value,
    tags: splitTags(form.tags),
    meetingDate: form.meetingDate || null,
    expectedCloseDate: form.expectedCloseDate || null,
  };
  return { draft, errors };
}

/** Backend issues keyed by field path; the deal form edits the draft, so paths match as they are. */
export const errorsFromIssues = (issues: readonly FieldIssue[]): FormErrors =>
  Object.fromEntries(issues.map((issue) => [issue.path.replace(/^draft\./, ''), issue.code]));
