// Sample complaints for the sample deals: a few per hundred deals, handled the way real cases go (some late, some open).
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_STEPS,
  type Complaint,
  type ComplaintCategory,
  type Satisfaction,
} from './complaints/complaint';
import type { Rng } from './sample-deals';

type Bilingual = readonly [en: string, zh: string];

const DAY_MS = 86_400_000;

const SUMMARIES: Record<ComplaintCategory, readonly Bilingual[]> = {
  quality: [
    ['The line dropped three times during month-end close.', '月末结账期间专线断了三次。'],
    ['The delivered units do not match the sample we approved.', '到货的产品和确认过的样品不一致。'],
  ],
  fees: [
    ['A service fee appeared that nobody mentioned when we signed.', '出现了一笔签约时没人提过的服务费。'],
    ['The renewal price went up without notice.', '续约价格没打招呼就涨了。'],
  ],
  attitude: [
    ['Your engineer was curt with our finance team.', '你们的工程师对我们财务的人很不耐烦。'],
    ['Nobody called back after two messages.', '留了两次言都没人回电话。'],
  ],
  waiting: [
    ['Installation slipped by two weeks.', '安装比约定晚了两周。'],
    ['We waited forty minutes at the counter to sign one form.', '在柜台签一张表等了四十分钟。'],
  ],
  billing: [
    ['We were charged twice for the same month.', '同一个月被扣了两次费。'],
    ['The invoice shows the wrong tax rate.', '发票上的税率开错了。'],
  ],
  other: [['The contract copy we received is missing a page.', '收到的合同副本少了一页。']],
};

const WANTS: readonly Bilingual[] = [
  ['A refund of the extra charge.', '退还多收的费用。'],
  ['A written explanation and a fix date.', '书面说明原因，并给出解决日期。'],
  ['A replacement at no cost.', '免费更换。'],
  ['A senior contact who answers within a day.', '安排一位能在一天内回复的负责人。'],
];

const OWNERS: readonly Bilingual[] = [
  ['Account manager', '客户经理'],
  ['Service desk', '客服中心'],
  ['Operations lead', '运营主管'],
];

const CATEGORY_WEIGHTS = [30, 20, 12, 18, 15, 5] as const;
const CHANNEL_WEIGHTS = [25, 35, 10, 5, 20, 5] as const;
const SATISFACTION_WEIGHTS = [6, 10, 16, 36, 32] as const;

function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let total = 0;
  for (const weight of weights) total += weight;
  let roll = rng.next() * total;
  for (let index = 0; index < items.length; index++) {
    roll -= weights[index] ?? 0;
    if (roll < 0) return items[index] as T;
  }
  return items[items.length - 1] as T;
}

const text = (lang: 'en' | 'zh', entry: Bilingual): string => (lang === 'zh' ? entry[1] : entry[0]);
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Complaints a client raised between `fromMs` and `nowMs`, usually none. Older cases are closed with
 * every step done; recent ones are part-way through, and a few have a follow-up already past due.
 */
export function sampleComplaints(rng: Rng, lang: 'en' | 'zh', fromMs: number, nowMs: number): Complaint[] {
  if (!rng.chance(0.14) || nowMs - fromMs < DAY_MS) return [];
  const count = rng.chance(0.2) ? 2 : 1;
  const complaints: Complaint[] = [];
  for (let n = 0; n < count; n++) {
    const receivedMs = fromMs + Math.floor(rng.next() * (nowMs - fromMs));
    const category = weighted(rng, COMPLAINT_CATEGORIES, CATEGORY_WEIGHTS);
    const ageDays = Math.floor((nowMs - receivedMs) / DAY_MS);
    const daysToResolve = Math.min(ageDays, Math.round(1 + rng.next() * rng.next() * 30));
    const isResolved = ageDays > 10 ? rng.chance(0.93) : rng.chance(0.4);
    const stepsDone = isResolved ? COMPLAINT_STEPS.length : rng.int(0, COMPLAINT_STEPS.length - 1);
    const spanMs = Math.max(1, daysToResolve) * DAY_MS;
    const steps = COMPLAINT_STEPS.slice(0, stepsDone).map((step, index) => ({
      step,
      doneAt: new Date(
        Math.min(nowMs, receivedMs + Math.floor((spanMs * (index + 1)) / (COMPLAINT_STEPS.length + 1))),
      ).toISOString(),
    }));
    complaints.push({
      id: `k${n + 1}`,
      receivedOn: dateOf(receivedMs),
      channel: weighted(rng, COMPLAINT_CHANNELS, CHANNEL_WEIGHTS),
      category,
      severity: rng.chance(0.2) ? 'high' : rng.chance(0.5) ? 'medium' : 'low',
      summary: text(lang, rng.pick(SUMMARIES[category])),
      wants: text(lang, rng.pick(WANTS)),
      owner: text(lang, rng.pick(OWNERS)),
      dueOn: dateOf(receivedMs + rng.int(2, 10) * DAY_MS),
      steps,
      resolvedOn: isResolved ? dateOf(receivedMs + daysToResolve * DAY_MS) : null,
      satisfaction: isResolved ? weighted<Satisfaction>(rng, [1, 2, 3, 4, 5], SATISFACTION_WEIGHTS) : null,
      notes: '',
    });
  }
  return complaints.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1));
}
