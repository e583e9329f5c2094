// The deal tabs owned by other features, loaded when first opened.
import { lazy, Suspense } from 'react';
import type { Deal } from '@shared/domain/deal';
import type { DealTab } from '../../app/routes';

const WorksheetTab = lazy(() =>
  import('../worksheet/WorksheetTab').then((module) => ({ default: module.WorksheetTab })),
);
const PrepSheetTab = lazy(() => import('../export/PrepSheetTab').then((module) => ({ default: module.PrepSheetTab })));
const CareTab = lazy(() => import('../care/CareTab').then((module) => ({ default: module.CareTab })));
const MeetingsTab = lazy(() => import('../history/MeetingsTab').then((module) => ({ default: module.MeetingsTab })));

export function DealTabPanel({
  tab,
  deal,
  onChange,
}: {
  tab: Exclude<DealTab, 'overview'>;
  deal: Deal;
  onChange: () => void;
}) {
  switch (tab) {
    case 'worksheet':
      return (
        <Suspense fallback={null}>
          <WorksheetTab deal={deal} onChange={onChange} />
        </Suspense>
      );
    case 'export':
      return (
        <Suspense fallback={null}>
          <PrepSheetTab deal={deal} />
        </Suspense>
      );
    case 'care':
      return (
        <Suspense fallback={null}>
          <CareTab deal={deal} onChange={onChange} />
        </Suspense>
      );
    case 'meetings':
      return (
        <Suspense fallback={null}>
          <MeetingsTab deal={deal} onChange={onChange} />
        </Suspense>
      );
  }
}
