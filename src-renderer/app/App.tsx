// The app shell: sidebar, the screen of the current route, start-up problems and toasts.
import { lazy, Suspense, useRef, useState } from 'react';
import type { AppStatus } from '@shared/ipc/contract';
import { DealsPage } from '../features/deals/DealsPage';
import { call } from '../ipc-client';
import { ToastProvider } from '../ui/Toasts';
import { ProblemsBanner } from './ProblemsBanner';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import type { Route } from './routes';
import { routeHref, sectionOf } from './routes';
import { Sidebar } from './Sidebar';
import { useAppCommands } from './use-app-commands';
import { useRoute } from './use-route';
import { useScreenFocus } from './use-screen-focus';
import styles from './App.module.css';

const DealForm = lazy(() =>
  import('../features/deals/DealFormPage').then((module) => ({ default: module.DealFormPage })),
);
const DealPage = lazy(() => import('../features/deals/DealPage').then((module) => ({ default: module.DealPage })));
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);
const RehearsePage = lazy(() =>
  import('../features/rehearsal/RehearsePage').then((module) => ({ default: module.RehearsePage })),
);
const PlaybookPage = lazy(() =>
  import('../features/playbook/PlaybookPage').then((module) => ({ default: module.PlaybookPage })),
);
const HistoryPage = lazy(() =>
  import('../features/history/HistoryPage').then((module) => ({ default: module.HistoryPage })),
);

function Screen({ route, status }: { route: Route; status: AppStatus }) {
  switch (route.name) {
    case 'deals':
      return <DealsPage />;
    case 'deal-new':
      return <DealForm key="new" dealId={null} />;
    case 'deal-edit':
      return <DealForm key={route.id} dealId={route.id} />;
    case 'deal':
      return <DealPage key={route.id} id={route.id} tab={route.tab} />;
    case 'settings':
      return <SettingsPage status={status} />;
    case 'playbook':
      return <PlaybookPage />;
    case 'rehearse':
      return <RehearsePage key={route.dealId ?? ''} dealId={route.dealId ?? null} />;
    case 'history':
      return <HistoryPage />;
  }
}

export function App({ initialStatus }: { initialStatus: AppStatus }) {
  const route = useRoute();
  const [status, setStatus] = useState(initialStatus);
  useAppCommands();
  const main = useRef<HTMLElement>(null);
  useScreenFocus(main, routeHref(route));
  const dismissProblems = (): void => {
    void call('app:dismiss-problems', null).then(() => setStatus({ ...status, problems: [] }));
  };
  return (
    <ToastProvider>
      <div className={styles.shell}>
        <Sidebar active={sectionOf(route)} />
        <main className={styles.main} ref={main}>
          <ReadOnlyBanner readOnly={status.readOnly} />
          <ProblemsBanner problems={status.problems} onDismiss={dismissProblems} />
          <Suspense fallback={<div className={styles.loading} aria-busy="true" />}>
            <Screen route={route} status={status} />
          </Suspense>
        </main>
      </div>
    </ToastProvider>
  );
}
