// History: debriefs and outcomes saved into deal files, every History figure from a per-deal cache, sample data.
import type { Deal } from '@shared/domain/deal';
import { drillDealOf } from '@shared/domain/history/drill-down';
import { recentChoices } from '@shared/domain/history/recent-choices';
import type {
  DebriefOptions,
  DrillDown,
  DrillDownInput,
  HistoryLabels,
  HistoryView,
  MeetingDraft,
  OutcomeInput,
  SampleDataResult,
} from '@shared/domain/history/records';
import type { Meeting } from '@shared/domain/meeting-types';
import type { RehearsalAttempt } from '@shared/domain/rehearsal/records';
import { isSampleAttempt, sampleAttempts } from '@shared/domain/rehearsal/sample-attempts';
import { generateDeals } from '@shared/domain/sample-deals';
import type { HistoryFilters } from '@shared/domain/stats/history-filters';
import { computeComplaintStats } from '@shared/domain/stats/complaint-stats';
import { computeHistoryStats, type HistoryStats } from '@shared/domain/stats/history-stats';
import { selectDealIds } from '@shared/domain/stats/select-deals';
import {
  CARDS_BY_ID,
  CLOSING_METHODS,
  CLOSING_METHODS_BY_ID,
  CLOSING_SIGNALS,
  CLOSING_SIGNALS_BY_ID,
  TECHNIQUES_BY_ID,
  type LocalizedText,
} from '@shared/playbook';
import type { ChooseSavePath } from '../export/ports';
import type { ServiceContext } from './context';
import { applyDealChanges } from './deal-batch';
import { createDealFactsCache } from './deal-facts-cache';
import type { DealsService } from './deals-service';
import { createHistoryBackup } from './history-backup';
import { createHistoryFiles } from './history-files';
import { createHistoryImport } from './history-import';
import type { PlaybookService } from './playbook-service';
import { notFound, ServiceError } from './service-error';

export type HistoryServiceOptions = {
  /** The save dialog (shared with the prep-sheet export); without it exports fail with a clear message. */
  chooseSavePath?: ChooseSavePath | undefined;
};

/** About two years of history: enough for every chart to fill, small enough to load in a moment. */
export const SAMPLE_DEAL_COUNT = 200;
const SAMPLE_SEED = 'parley-sample';
/** Deals listed when a bar is opened; the panel says how many more there are. */
const DRILL_DOWN_DEALS = 50;
/** The deal schema's limit on meetings per deal. */
const MAX_MEETINGS = 500;

const byDate = (a: Meeting, b: Meeting): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Names for the given ids: the user's playbook first, the built-in one for entries they have hidden. */
function namesOf(
  ids: Iterable<string>,
  own: ReadonlyMap<string, LocalizedText>,
  builtIn: (id: string) => LocalizedText | undefined,
): Record<string, LocalizedText> {
  const names: Record<string, LocalizedText> = {};
  for (const id of ids) {
    const name = own.get(id) ?? builtIn(id);
    if (name) names[id] = name;
  }
  return names;
}

export function createHistoryService(
  context: ServiceContext,
  deals: DealsService,
  playbook: PlaybookService,
  options: HistoryServiceOptions = {},
) {
  const { store, now, newId } = context;
  const facts = createDealFactsCache(store.deals);
  const files = createHistoryFiles(context, options.chooseSavePath);

  /** Sample rehearsal answers sit among the user's own (oldest first), told apart by their id. */
  const replaceSampleAttempts = async (samples: RehearsalAttempt[]): Promise<void> => {
    const rehearsal = store.workbench.data.rehearsal;
    const own = rehearsal.attempts.filter((attempt) => !isSampleAttempt(attempt));
    if (own.length === rehearsal.attempts.length && samples.length === 0) return;
    const attempts = [...own, ...samples].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    await store.workbench.update('rehearsal', { ...rehearsal, attempts });
  };

  const update = (deal: Deal, patch: Partial<Deal>): Promise<Deal> =>
    deals.save({ ...deal, ...patch, updatedAt: now().toISOString() });

  const labelsOf = (stats: HistoryStats): HistoryLabels => {
    const techniques = new Map(playbook.techniques().map((technique) => [technique.id, technique.name]));
    const cards = new Map(playbook.cards().map((card) => [card.id, card.line]));
    return {
      techniques: namesOf(
        stats.techniques.items.map((item) => item.techniqueId),
        techniques,
        (id) => TECHNIQUES_BY_ID.get(id)?.name,
      ),
      cards: namesOf(
        stats.topObjections.items.flatMap((item) => (item.cardId === null ? [] : [item.cardId])),
        cards,
        (id) => CARDS_BY_ID.get(id)?.line,
      ),
      methods: namesOf(
        stats.closingMethods.items.map((item) => item.methodId),
        new Map(),
        (id) => CLOSING_METHODS_BY_ID.get(id)?.name,
      ),
      signals: namesOf(
        stats.signals.items.flatMap((item) => (item.signalId === null ? [] : [item.signalId])),
        new Map(),
        (id) => CLOSING_SIGNALS_BY_ID.get(id)?.description,
      ),
    };
  };

  const sampleIds = (): string[] =>
    store.deals
      .all()
      .filter((deal) => deal.isSample)
      .map((deal) => deal.id);

  return {
    /** Adds the meeting, or replaces the one with its id (also how a deleted meeting is put back). */
    saveMeeting: async (dealId: string, draft: MeetingDraft): Promise<Deal> => {
      const deal = deals.requireDeal(dealId);
      const meeting: Meeting = { ...draft, id: draft.id ?? newId() };
      const others = deal.meetings.filter((entry) => entry.id !== meeting.id);
      if (others.length >= MAX_MEETINGS)
        throw new ServiceError('conflict', `A deal can hold at most ${MAX_MEETINGS} meetings.`);
      return update(deal, { meetings: [...others, meeting].sort(byDate) });
    },

    deleteMeeting: async (dealId: string, meetingId: string): Promise<Deal> => {
      const deal = deals.requireDeal(dealId);
      if (!deal.meetings.some((meeting) => meeting.id === meetingId)) throw notFound('meeting', meetingId);
      return update(deal, { meetings: deal.meetings.filter((meeting) => meeting.id !== meetingId) });
    },

    saveOutcome: async ({ dealId, stage, outcome, review }: OutcomeInput): Promise<Deal> =>
      update(deals.requireDeal(dealId), { stage, outcome, review }),

    debriefOptions: (): DebriefOptions => ({
      cards: playbook.cards().map(({ id, line, type, natures, techniqueIds }) => ({
        id,
        line,
        type,
        natures,
        techniqueIds,
      })),
      techniques: playbook.techniques().map(({ id, name }) => ({ id, name })),
      signals: CLOSING_SIGNALS.map(({ id, kind, description }) => ({ id, kind, description })),
      methods: CLOSING_METHODS.map(({ id, name }) => ({ id, name })),
      recent: recentChoices(facts.all()),
    }),

    stats: (filters: HistoryFilters): HistoryView => {
      const all = facts.all();
      const stats = computeHistoryStats(all, filters, now());
      let sampleDeals = 0;
      for (const deal of all) if (deal.isSample) sampleDeals += 1;
      const complaints = computeComplaintStats(all, filters, now());
      return { stats, complaints, labels: labelsOf(stats), allDeals: all.length, sampleDeals };
    },

    drillDown: async ({ filters, selection }: DrillDownInput): Promise<DrillDown> => {
      const { dealCount, dealIds } = selectDealIds(facts.all(), filters, selection, DRILL_DOWN_DEALS);
      await store.deals.load(dealIds);
      const listed = dealIds.flatMap((id) => {
        const deal = store.deals.get(id);
        const dealFacts = facts.get(id);
        return deal && dealFacts ? [drillDealOf(deal, dealFacts.date, selection, filters.granularity)] : [];
      });
      return { dealCount, deals: listed };
    },

    /** Adds the deterministic sample history (ids already present are left as they are). */
    loadSample: async (): Promise<SampleDataResult> => {
      const samples = generateDeals({
        count: SAMPLE_DEAL_COUNT,
        seed: SAMPLE_SEED,
        now: now(),
        signalIds: CLOSING_SIGNALS.map((signal) => signal.id),
        techniqueIds: playbook.techniques().map((technique) => technique.id),
        cardIds: playbook.cards().map((card) => card.id),
        cards: playbook.cards(),
        closingMethodIds: CLOSING_METHODS.map((method) => method.id),
      }).filter((deal) => !store.deals.has(deal.id));
      await applyDealChanges(store.deals, samples);
      await replaceSampleAttempts(
        sampleAttempts({
          cards: playbook.cards().filter((card) => card.type === 'price'),
          rubricIds: store.workbench.data.rehearsal.rubric.map((item) => item.id),
          now: now(),
          language: store.workbench.data.settings.language === 'zh-CN' ? 'zh' : 'en',
        }),
      );
      return { added: samples.length, removed: 0 };
    },

    /** Deletes every sample deal in one step; the user's own deals are untouched. */
    removeSample: async (): Promise<SampleDataResult> => {
      const ids = sampleIds();
      await applyDealChanges(store.deals, [], ids);
      await replaceSampleAttempts([]);
      return { added: 0, removed: ids.length };
    },

    ...createHistoryImport(context, playbook, files),
    ...createHistoryBackup(context, files),
    dispose: facts.dispose,
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
