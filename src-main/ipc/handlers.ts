// Maps every channel of the contract to the service call that answers it.
import type { Channel, ChannelInput, ChannelOutput } from '@shared/ipc/contract';
import type { Services } from '../services/create-services';
import { dealNeedOf, loadDealsFor } from './deal-loading';

export type Handlers = { [C in Channel]: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

/** Each handler runs once the deals its channel needs are in memory (see deal-loading.ts). */
export function createHandlers(services: Services): Handlers {
  const handlers = createServiceCalls(services);
  const { deals } = services.context.store;
  const loading = {} as Record<Channel, (input: never) => Promise<unknown>>;
  for (const channel of Object.keys(handlers) as Channel[]) {
    const call = handlers[channel] as (input: ChannelInput<typeof channel>) => unknown;
    loading[channel] = async (input: ChannelInput<typeof channel>) => {
      await loadDealsFor(deals, dealNeedOf(channel, input));
      return call(input);
    };
  }
  return loading as unknown as Handlers;
}

function createServiceCalls(services: Services): Handlers {
  const { app, settings, deals, playbook, worksheet, rehearsal } = services;
  const exports = services.export;
  const { history, complaints } = services;
  return {
    'app:status': () => app.status(),
    'app:dismiss-problems': () => app.dismissProblems(),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'deals:list': (query) => deals.list(query),
    'deals:get': ({ id }) => deals.get(id),
    'deals:create': (draft) => deals.create(draft),
    'deals:update': ({ id, draft }) => deals.update(id, draft),
    'deals:duplicate': ({ id, title }) => deals.duplicate(id, title),
    'deals:delete': ({ id }) => deals.remove(id),
    'deals:restore': (deal) => deals.restore(deal),
    'playbook:list': (query) => playbook.list(query),
    'playbook:get': (ref) => playbook.get(ref),
    'playbook:save': (input) => playbook.save(input),
    'playbook:reset': (ref) => playbook.reset(ref),
    'playbook:set-hidden': ({ isHidden, ...ref }) => playbook.setHidden(ref, isHidden),
    'playbook:delete': (ref) => playbook.remove(ref),
    'worksheet:save': ({ dealId, worksheet: sheet }) => worksheet.save(dealId, sheet),
    'worksheet:precedents': ({ dealId }) => worksheet.precedents(dealId),
    'rehearsal:start': (options) => rehearsal.start(options),
    'rehearsal:check-answer': (input) => rehearsal.check(input),
    'rehearsal:record-attempt': (input) => rehearsal.recordAttempt(input),
    'rehearsal:attempts': ({ cardId, limit }) => rehearsal.attempts(cardId, limit),
    'rehearsal:due-count': () => rehearsal.dueCount(),
    'rehearsal:overview': () => rehearsal.overview(),
    'rehearsal:progress': ({ weeks }) => rehearsal.progress(weeks),
    'rehearsal:rubric': () => rehearsal.rubric(),
    'rehearsal:update-rubric': ({ items }) => rehearsal.updateRubric(items),
    'rehearsal:drill-start': (input) => rehearsal.startDrill(input),
    'rehearsal:drill-respond': (move) => rehearsal.respondDrill(move),
    'rehearsal:drill-stop': ({ id }) => rehearsal.stopDrill(id),
    'export:prep-sheet-preview': (request) => exports.preview(request),
    'export:prep-sheet': (request) => exports.exportPrepSheet(request),
    'export:prep-sheet-print': (request) => exports.print(request),
    'history:save-meeting': ({ dealId, meeting }) => history.saveMeeting(dealId, meeting),
    'history:delete-meeting': ({ dealId, meetingId }) => history.deleteMeeting(dealId, meetingId),
    'history:save-outcome': (input) => history.saveOutcome(input),
    'history:debrief-options': () => history.debriefOptions(),
    'history:stats': (filters) => history.stats(filters),
    'history:drill-down': (input) => history.drillDown(input),
    'history:import-preview': (request) => history.importPreview(request),
    'history:import-commit': (request) => history.importCommit(request),
    'history:import-undo': (input) => history.importUndo(input),
    'history:import-cancel': () => history.importCancel(),
    'history:import-skipped': (request) => history.importSkipped(request),
    'history:export-csv': (input) => history.exportCsv(input),
    'history:export-backup': (input) => history.exportBackup(input),
    'history:backup-preview': (input) => history.previewBackup(input),
    'history:import-backup': (input) => history.importBackup(input),
    'history:load-sample': () => history.loadSample(),
    'history:remove-sample': () => history.removeSample(),
    'complaints:save': (input) => complaints.save(input),
    'complaints:delete': (ref) => complaints.remove(ref),
    'complaints:tick-step': (input) => complaints.tickStep(input),
    'complaints:resolve': (input) => complaints.resolve(input),
    'complaints:reopen': (ref) => complaints.reopen(ref),
    'complaints:overdue': () => complaints.overdue(),
  };
}
