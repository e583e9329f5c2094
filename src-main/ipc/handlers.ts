// Maps every channel of the contract to the service call that answers it.
import type { Channel, ChannelInput, ChannelOutput } from '@shared/ipc/contract';
import type { Services } from '../services/create-services';

export type Handlers = { [C in Channel]: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

export function createHandlers(services: Services): Handlers {
  const { app, settings, deals } = services;
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
  };
}
