// Creating, editing and copying deal records from what the deal form edits.
import type { Deal, DealDraft, DealReview } from './deal';
import { emptyWorksheet } from './worksheet-types';

export const emptyReview = (): DealReview => ({
  finalPrice: null,
  closedOn: null,
  lostReason: '',
  knewTheirNeeds: '',
  theyKnewUs: '',
  competitorsLearned: '',
  whereItFailed: '',
  lessons: '',
});

export const emptyDealDraft = (): DealDraft => ({
  title: '',
  counterpartOrg: '',
  contacts: [],
  counterpartStyle: null,
  side: 'sell',
  currency: 'CNY',
  value: null,
  stage: 'preparing',
  outcome: 'open',
  meetingDate: null,
  expectedCloseDate: null,
  tags: [],
  notes: '',
});

/** Trims text and drops duplicate or empty tags so stored deals stay tidy. */
export function normaliseDraft(draft: DealDraft): DealDraft {
  return {
    ...draft,
    title: draft.title.trim(),
    counterpartOrg: draft.counterpartOrg.trim(),
    contacts: draft.contacts.map((contact) => ({ ...contact, name: contact.name.trim(), role: contact.role.trim() })),
    currency: draft.currency.trim().toUpperCase(),
    tags: [...new Set(draft.tags.map((tag) => tag.trim()).filter(Boolean))],
  };
}

export function createDeal(draft: DealDraft, id: string, now: Date): Deal {
  const stamp = now.toISOString();
  const tidy = normaliseDraft(draft);
  // Every field listed rather than spread: spreading the draft and adding a dozen fields makes objects V8 is
  // slow to build, which an import of 50,000 rows feels.
  return {
    id,
    title: tidy.title,
    counterpartOrg: tidy.counterpartOrg,
    contacts: tidy.contacts,
    counterpartStyle: tidy.counterpartStyle,
    side: tidy.side,
    currency: tidy.currency,
    value: tidy.value,
    stage: tidy.stage,
    outcome: tidy.outcome,
    meetingDate: tidy.meetingDate,
    expectedCloseDate: tidy.expectedCloseDate,
    tags: tidy.tags,
    notes: tidy.notes,
    isSample: false,
    openedOn: null,
    sourceId: null,
    worksheet: emptyWorksheet(),
    meetings: [],
    review: emptyReview(),
    complaints: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function applyDraft(deal: Deal, draft: DealDraft, now: Date): Deal {
  return { ...deal, ...normaliseDraft(draft), updatedAt: now.toISOString() };
}

export function duplicateDeal(deal: Deal, id: string, copyTitle: string, now: Date): Deal {
  const stamp = now.toISOString();
  return {
    ...(JSON.parse(JSON.stringify(deal)) as Deal),
    id,
    title: copyTitle,
    stage: 'preparing',
    outcome: 'open',
    isSample: false,
    meetings: [],
    review: emptyReview(),
    complaints: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}
