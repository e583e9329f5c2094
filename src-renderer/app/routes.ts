// Screens are addressed by the URL hash, so reloads and the Back key land on the same screen.

export const DEAL_TABS = ['overview', 'worksheet', 'meetings', 'care', 'export'] as const;
export type DealTab = (typeof DEAL_TABS)[number];

export type Route =
  | { name: 'deals' }
  | { name: 'deal-new' }
  | { name: 'deal'; id: string; tab: DealTab }
  | { name: 'deal-edit'; id: string }
  /** `dealId` opens rehearsal set up for that deal. */
  | { name: 'rehearse'; dealId?: string }
  | { name: 'history' }
  | { name: 'playbook' }
  | { name: 'settings' };

export type Section = 'deals' | 'rehearse' | 'history' | 'playbook' | 'settings';

const isDealTab = (value: string | undefined): value is DealTab =>
  (DEAL_TABS as readonly (string | undefined)[]).includes(value);

// A hand-typed or truncated hash may hold a broken %-escape: keep that part as typed instead of failing.
const decodePart = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePart);
  const [first, second, third] = parts;
  switch (first) {
    case 'rehearse':
      return second === 'deal' && third ? { name: 'rehearse', dealId: third } : { name: 'rehearse' };
    case 'history':
    case 'playbook':
    case 'settings':
      return { name: first };
    case 'deals':
      if (second === 'new') return { name: 'deal-new' };
      if (second && third === 'edit') return { name: 'deal-edit', id: second };
      if (second) return { name: 'deal', id: second, tab: isDealTab(third) ? third : 'overview' };
      return { name: 'deals' };
    default:
      return { name: 'deals' };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'deal-new':
      return '#/deals/new';
    case 'deal':
      return route.tab === 'overview'
        ? `#/deals/${encodeURIComponent(route.id)}`
        : `#/deals/${encodeURIComponent(route.id)}/${route.tab}`;
    case 'deal-edit':
      return `#/deals/${encodeURIComponent(route.id)}/edit`;
    case 'rehearse':
      return route.dealId ? `#/rehearse/deal/${encodeURIComponent(route.dealId)}` : '#/rehearse';
    default:
      return `#/${route.name}`;
  }
}

export const sectionOf = (route: Route): Section =>
  route.name === 'deal' || route.name === 'deal-new' || route.name === 'deal-edit' || route.name === 'deals'
    ? 'deals'
    : route.name;
