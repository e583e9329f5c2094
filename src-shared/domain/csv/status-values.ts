// What a CRM's stage or status value means for a deal (open in a stage, or closed with an outcome), and the
// suggestions for the vocabularies of Salesforce, HubSpot, Pipedrive and Chinese CRMs.
import type { DealOutcome, DealStage } from '../deal';
import { cellText, normaliseKey, synonymTable } from './cell-values';

/** Open deals keep a stage; closed ones carry their outcome. */
export const STATUS_CHOICES = ['preparing', 'negotiating', 'won', 'lost', 'no-deal', 'walked-away'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];

/** Normalised cell value (see `statusKey`) → what it means. */
export type StatusMap = Record<string, StatusChoice>;

export const statusKey = (raw: string): string => normaliseKey(cellText(raw));

export function statusToDeal(choice: StatusChoice): { stage: DealStage; outcome: DealOutcome } {
  return choice === 'preparing' || choice === 'negotiating'
    ? { stage: choice, outcome: 'open' }
    : { stage: 'closed', outcome: choice };
}

const SUGGESTIONS = synonymTable<StatusChoice>({
  won: [
    'Won',
    'Win',
    'Closed Won',
    'Closed - Won',
    'closedwon',
    'Deal Won',
    '赢单',
    '赢',
    '成交',
    '已成交',
    '签约',
    '已签约',
    '中标',
    '已赢单',
  ],
  lost: [
    'Lost',
    'Loss',
    'Closed Lost',
    'Closed - Lost',
    'closedlost',
    'Deal Lost',
    '输单',
    '输',
    '丢单',
    '失败',
    '未中标',
    '已输单',
    '已丢单',
  ],
  'no-deal': [
    'No deal',
    'No Decision',
    'Closed No Decision',
    'Cancelled',
    'Canceled',
    'Deleted',
    '无果',
    '取消',
    '搁置',
    '无结果',
    '作废',
  ],
  'walked-away': ['Walked away', 'Walk away', 'Withdrawn', 'Closed Withdrawn', '放弃', '主动放弃', '退出'],
  preparing: [
    'Preparing',
    'Prospecting',
    'Qualification',
    'Qualify',
    'Qualified',
    'Lead',
    'New',
    'Needs Analysis',
    'Discovery',
    'Engaging',
    'appointmentscheduled',
    'qualifiedtobuy',
    'Contact Made',
    'Lead In',
    '准备',
    '准备中',
    '初步接洽',
    '需求分析',
    '需求确认',
    '线索',
    '潜在客户',
    '接洽',
    '商机',
    '初步沟通',
  ],
  negotiating: [
    'Negotiating',
    'Negotiation',
    'Negotiation/Review',
    'Negotiations Started',
    'Proposal',
    'Proposal/Price Quote',
    'Proposal Made',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Demo Scheduled',
    'presentationscheduled',
    'decisionmakerboughtin',
    'contractsent',
    'Commit',
    'Open',
    'In progress',
    'Pending',
    '谈判',
    '谈判中',
    '谈判审核',
    '商务谈判',
    '方案报价',
    '报价',
    '议价',
    '跟进中',
    '进行中',
    '未结束',
  ],
});

/** The suggested meaning of a stage or status value, or null when the vocabulary does not know it. */
export function suggestStatus(raw: string): StatusChoice | null {
  const key = statusKey(raw);
  return (STATUS_CHOICES as readonly string[]).includes(key) ? (key as StatusChoice) : (SUGGESTIONS[key] ?? null);
}

export type StatusValueCount = { value: string; key: string; count: number; suggestion: StatusChoice | null };

/** The distinct values of one column with how many rows hold each, most frequent first. */
export function countStatusValues(values: Iterable<string>): StatusValueCount[] {
  const byKey = new Map<string, StatusValueCount>();
  for (const raw of values) {
    const key = statusKey(raw);
    if (key === '') continue;
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { value: cellText(raw), key, count: 1, suggestion: suggestStatus(raw) });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
