// Deals, logged objections, observed signals and complaints as CSV rows whose headers the importers recognise.
import type { Deal } from '../deal';
import { dealNumbers } from '../worksheet/deal-numbers';
import { OBJECTION_IMPORT_FIELDS, SIGNAL_IMPORT_FIELDS } from './activity-import';
import type { ImportFieldSpec } from './column-mapping';
import { COMPLAINT_IMPORT_FIELDS, stepField } from './complaint-import';
import { COMPLAINT_STEPS } from '../complaints/complaint';
import { DEAL_IMPORT_FIELDS } from './deal-import';
import type { CsvColumn, CsvRecord } from './to-csv';

export type CsvLanguage = 'en' | 'zh';

const LIST_SEPARATOR = '; ';

function columnsOf(fields: readonly ImportFieldSpec<string>[], language: CsvLanguage): CsvColumn[] {
  return fields.map((spec) => ({ key: spec.field, header: spec.label[language] }));
}

/** Every importable deal field plus the deal's ID (which an import ignores: imported deals get new ids). */
export function dealCsvColumns(language: CsvLanguage = 'en'): CsvColumn[] {
  return [{ key: 'id', header: 'ID' }, ...columnsOf(DEAL_IMPORT_FIELDS, language)];
}

export function objectionCsvColumns(language: CsvLanguage = 'en'): CsvColumn[] {
  return columnsOf(OBJECTION_IMPORT_FIELDS, language);
}

export function signalCsvColumns(language: CsvLanguage = 'en'): CsvColumn[] {
  return columnsOf(SIGNAL_IMPORT_FIELDS, language);
}

export function complaintCsvColumns(language: CsvLanguage = 'en'): CsvColumn[] {
  return columnsOf(COMPLAINT_IMPORT_FIELDS, language);
}

export function dealsToCsvRows(deals: readonly Deal[]): CsvRecord[] {
  return deals.map((deal) => ({
    ...resolvedFigures(deal),
    id: deal.id,
    title: deal.title,
    counterpartOrg: deal.counterpartOrg,
    value: deal.value,
    currency: deal.currency,
    stage: deal.stage,
    outcome: deal.outcome,
    closedOn: deal.review.closedOn,
    expectedCloseDate: deal.expectedCloseDate,
    meetingDate: deal.meetingDate,
    finalPrice: deal.review.finalPrice,
    tags: deal.tags.join(LIST_SEPARATOR),
    counterpartStyle: deal.counterpartStyle,
    side: deal.side,
    lostReason: deal.review.lostReason,
    openedOn: deal.openedOn,
    sourceId: deal.sourceId,
    notes: deal.notes,
  }));
}

/** Target and walk-away as the worksheet resolves them, never a stale stored figure. */
const resolvedFigures = (deal: Deal): { target: number | null; walkAway: number | null } => {
  const { target, walkAway } = dealNumbers(deal);
  return { target, walkAway };
};

/** One row per logged objection, oldest meeting first within each deal. */
export function objectionsToCsvRows(deals: readonly Deal[]): CsvRecord[] {
  const rows: CsvRecord[] = [];
  for (const deal of deals) {
    for (const meeting of deal.meetings) {
      for (const objection of meeting.objections) {
        rows.push({
          dealId: deal.id,
          dealTitle: deal.title,
          meetingDate: meeting.date,
          text: objection.text,
          cardId: objection.cardId,
          type: objection.type,
          nature: objection.nature,
          techniques: objection.techniqueIds.join(LIST_SEPARATOR),
          result: objection.result,
        });
      }
    }
  }
  return rows;
}

/** One row per observed closing signal. */
export function signalsToCsvRows(deals: readonly Deal[]): CsvRecord[] {
  const rows: CsvRecord[] = [];
  for (const deal of deals) {
    for (const meeting of deal.meetings) {
      for (const signal of meeting.signals) {
        rows.push({
          dealId: deal.id,
          dealTitle: deal.title,
          meetingDate: meeting.date,
          signalId: signal.signalId,
          text: signal.text,
        });
      }
    }
  }
  return rows;
}

/** One row per complaint, with each handling step's time in its own column. */
export function complaintsToCsvRows(deals: readonly Deal[]): CsvRecord[] {
  return deals.flatMap((deal) =>
    deal.complaints.map((complaint) => ({
      dealId: deal.id,
      sourceId: deal.sourceId,
      dealTitle: deal.title,
      complaintId: complaint.id,
      receivedOn: complaint.receivedOn,
      channel: complaint.channel,
      category: complaint.category,
      severity: complaint.severity,
      summary: complaint.summary,
      wants: complaint.wants,
      owner: complaint.owner,
      dueOn: complaint.dueOn,
      resolvedOn: complaint.resolvedOn,
      satisfaction: complaint.satisfaction,
      notes: complaint.notes,
      ...Object.fromEntries(
        COMPLAINT_STEPS.map((step) => [
          stepField(step),
          complaint.steps.find((done) => done.step === step)?.doneAt ?? null,
        ]),
      ),
    })),
  );
}
