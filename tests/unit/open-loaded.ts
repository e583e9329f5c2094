// Start-up reads only the deal index; tests that reopen a folder and then read full deals directly (not through
// dispatch, which loads what each channel needs) read them all first, as the services' callers would.
import { createServices, type ServiceOptions } from '../../src-main/services/create-services';
import { DealStore } from '../../src-main/store/deal-store';
import { openStore } from '../../src-main/store/open-store';

export async function createLoadedServices(options: ServiceOptions): ReturnType<typeof createServices> {
  const services = await createServices(options);
  await services.context.store.deals.loadAll();
  return services;
}

export async function openLoadedStore(...args: Parameters<typeof openStore>): ReturnType<typeof openStore> {
  const store = await openStore(...args);
  await store.deals.loadAll();
  // The index a first open writes in the background is written now, before the test can remove the folder.
  await store.deals.verified;
  await store.flush();
  return store;
}

export async function openLoadedDeals(...args: Parameters<typeof DealStore.open>): ReturnType<typeof DealStore.open> {
  const opened = await DealStore.open(...args);
  await opened.store.loadAll();
  // The index a first open writes in the background is written now, before the test can remove the folder.
  await opened.store.verified;
  await opened.store.flush();
  return opened;
}
