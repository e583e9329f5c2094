// The deal tabs owned by other features, loaded when first opened.
import type { Deal } from '@shared/domain/deal';
import type { DealTab } from '../../app/routes';
import { ComingSoonTab } from './ComingSoonTab';

export function DealTabPanel({ tab }: { tab: Exclude<DealTab, 'overview'>; deal: Deal; onChange: () => void }) {
  return <ComingSoonTab tab={tab} />;
}
