// Start-up reads only the deal index, so each channel names the deals it needs in memory before its service runs.
// A channel not listed waits for every deal: forgetting one costs time, never a wrong answer.
import type { Channel, ChannelInput } from '@shared/ipc/contract';
import type { DealStore } from '../store/deal-store';

/** Nothing; the summaries and facts (the index); the deals with these ids; or every deal. */
export type DealNeed = 'none' | 'index' | 'all' | readonly string[];

type NeedOf = { [C in Channel]?: (input: ChannelInput<C>) => DealNeed };

const none = (): DealNeed => 'none';
const index = (): DealNeed => 'index';
const dealOf = ({ dealId }: { dealId: string | null }): DealNeed => (dealId === null ? 'none' : [dealId]);

const DEAL_NEEDS: NeedOf = {
  'app:status': none,
  'app:dismiss-problems': none,
  'settings:get': none,
  'settings:update': none,
  'deals:list': index,
  'deals:get': ({ id }) => [id],
  'deals:create': none,
  'deals:update': ({ id }) => [id],
  'deals:duplicate': ({ id }) => [id],
  'deals:delete': ({ id }) => [id],
  'deals:restore': none,
  'playbook:list': none,
  'playbook:get': none,
  'playbook:save': none,
  'playbook:reset': none,
  'playbook:set-hidden': none,
  'playbook:delete': none,
  'worksheet:save': dealOf,
  'rehearsal:check-answer': dealOf,
  'rehearsal:attempts': none,
  'rehearsal:rubric': none,
  'rehearsal:update-rubric': none,
  'rehearsal:drill-start': dealOf,
  'rehearsal:drill-respond': none,
  'rehearsal:drill-stop': none,
  'export:prep-sheet-preview': dealOf,
  'export:prep-sheet': dealOf,
  'export:prep-sheet-print': dealOf,
  'history:save-meeting': dealOf,
  'history:delete-meeting': dealOf,
  'history:save-outcome': dealOf,
  'history:debrief-options': index,
  'history:stats': index,
  // Reads the few deals it lists itself.
  'history:drill-down': index,
};

export function dealNeedOf<C extends Channel>(channel: C, input: ChannelInput<C>): DealNeed {
  const needOf = DEAL_NEEDS[channel] as ((input: ChannelInput<C>) => DealNeed) | undefined;
  return needOf ? needOf(input) : 'all';
}

export async function loadDealsFor(deals: DealStore, need: DealNeed): Promise<void> {
  if (need === 'none') return;
  await deals.indexed;
  if (need === 'all') await deals.loadAll();
  else if (need !== 'index') await deals.load(need);
}
