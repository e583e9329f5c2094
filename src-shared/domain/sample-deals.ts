// Deterministic, realistic sample deals for "Load sample data", tests and the benchmark.
import type { Contact, CounterpartStyle, Deal, DealOutcome, DecisionRole, NegotiationSide } from './deal';
import type {
  ClosingAttempt,
  ClosingAttemptResult,
  LoggedConcession,
  LoggedObjection,
  Meeting,
  ObjectionResult,
  ObservedSignal,
} from './meeting-types';
import type { ObjectionNature, ObjectionType } from '../playbook/types';
import type { CriterionKind, SpinKind, Worksheet } from './worksheet-types';
import { sampleComplaints } from './sample-complaints';

export type SampleDealOptions = {
  count: number;
  seed: number | string;
  now: Date;
  /** Closing signal ids of the playbook; observed signals are drawn from these. */
  signalIds: readonly string[];
  /** Technique ids of the playbook; logged objections are handled with these. */
  techniqueIds: readonly string[];
  /** Objection card ids of the playbook; when given, some objections point at a card. */
  cardIds?: readonly string[];
  /**
   * The playbook's cards with their type and techniques; when given, an objection of a type that has cards
   * is logged against one of them and handled with that card's own techniques (a price line with price answers).
   */
  cards?: readonly { id: string; type: ObjectionType; techniqueIds: readonly string[] }[];
  /** Closing method ids; defaults to the four built-in methods. */
  closingMethodIds?: readonly string[];
};

export const SAMPLE_CLOSING_METHOD_IDS = ['direct', 'alternative-choice', 'incentive', 'assumptive'] as const;

const DAY_MS = 86_400_000;
const ORG_POOL_SIZE = 400;

// ---------------------------------------------------------------- seeded randomness

/** A small fast PRNG (mulberry32); `seed` strings are hashed with FNV-1a. */
export type Rng = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Restarts the stream from another seed (cheaper than a new generator per deal). */
  reseed: (seed: number | string) => void;
};

export function hashSeed(seed: number | string): number {
  const text = typeof seed === 'number' ? `n${seed}` : `s${seed}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRng(seed: number | string): Rng {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const reseed = (nextSeed: number | string): void => {
    state = hashSeed(nextSeed);
  };
  return { next, int, chance: (p) => next() < p, pick, reseed };
}

/** Index drawn in proportion to `weights`. */
function pickIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const weight of weights) total += weight;
  let roll = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

const weightTables = new WeakMap<object, { keys: string[]; weights: number[] }>();

function pickWeighted<T extends string>(rng: Rng, weights: Readonly<Record<T, number>>): T {
  let table = weightTables.get(weights);
  if (!table) {
    const keys = Object.keys(weights) as T[];
    table = { keys, weights: keys.map((k) => weights[k]) };
    weightTables.set(weights, table);
  }
  const key = table.keys[pickIndex(rng, table.weights)] as T | undefined;
  if (key === undefined) throw new Error('pick from empty weights');
  return key;
}

// ---------------------------------------------------------------- vocabulary

type Lang = 'en' | 'zh';
type Industry = 'bank' | 'telecom' | 'manufacturing' | 'retail' | 'logistics' | 'healthcare' | 'home';
type Bilingual = readonly [en: string, zh: string];

const CITIES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '南京',
  '苏州',
  '成都',
  '武汉',
  '西安',
  '天津',
  '重庆',
  '青岛',
  '厦门',
  '长沙',
  '宁波',
];
const ZH_BRANDS = [
  '恒信',
  '瑞丰',
  '华晟',
  '远航',
  '金桥',
  '博远',
  '嘉禾',
  '东润',
  '新科',
  '鼎盛',
  '和泰',
  '正达',
  '海川',
  '明德',
  '启元',
  '安顺',
];
const EN_BRANDS = [
  'Northbridge',
  'Meridian',
  'Harborview',
  'Crestline',
  'Bluewater',
  'Summit',
  'Ironwood',
  'Silverleaf',
  'Eastgate',
  'Pinecrest',
  'Redstone',
  'Lakeshore',
  'Granite',
  'Brightpath',
];

const ZH_ORG_PATTERNS: Record<Industry, readonly ((city: string, brand: string) => string)[]> = {
  bank: [(c, b) => `${b}银行${c}分行`, (c, b) => `${c}${b}农商银行`],
  telecom: [(c, b) => `${b}通信${c}分公司`, (c, b) => `${c}${b}网络科技有限公司`],
  manufacturing: [
    (c, b) => `${c}${b}精密制造有限公司`,
    (c, b) => `${b}机电股份有限公司`,
    (c, b) => `${c}${b}汽车零部件有限公司`,
  ],
  retail: [(c, b) => `${b}百货${c}公司`, (c, b) => `${c}${b}超市连锁`],
  logistics: [(c, b) => `${c}${b}物流有限公司`],
  healthcare: [(c, b) => `${c}${b}医疗器械有限公司`],
  home: [(c, b) => `${c}${b}家居装饰有限公司`],
};
const EN_ORG_SUFFIXES: Record<Industry, readonly string[]> = {
  bank: ['Bank', 'Savings Bank', 'Capital Bank'],
  telecom: ['Telecom', 'Networks'],
  manufacturing: ['Manufacturing Co.', 'Precision Industries', 'Components Ltd'],
  retail: ['Retail Group', 'Stores'],
  logistics: ['Logistics'],
  healthcare: ['Health Partners', 'Medical Supply'],
  home: ['Home Interiors'],
};
const INDUSTRY_WEIGHTS: Record<Industry, number> = {
  bank: 24,
  telecom: 18,
  manufacturing: 22,
  retail: 14,
  logistics: 8,
  healthcare: 7,
  home: 7,
};
const PRODUCTS: Record<Industry, readonly Bilingual[]> = {
  bank: [
    ['Cash management platform', '现金管理平台'],
    ['Payroll services', '代发工资业务'],
    ['Trade finance line', '贸易融资授信'],
    ['Corporate card programme', '公司卡项目'],
    ['FX hedging services', '外汇避险方案'],
  ],
  telecom: [
    ['SD-WAN rollout', 'SD-WAN组网'],
    ['Private 5G network', '5G专网'],
    ['Cloud contact centre', '云呼叫中心'],
    ['Leased line renewal', '专线续约'],
  ],
  manufacturing: [
    ['MES upgrade', 'MES系统升级'],
    ['Spare parts framework', '备件框架协议'],
    ['Equipment leasing', '设备融资租赁'],
  ],
  retail: [
    ['Card acquiring', '收单业务'],
    ['Store network refit', '门店网络改造'],
    ['Loyalty programme', '会员系统'],
  ],
  logistics: [
    ['Fleet telematics', '车队管理系统'],
    ['Warehouse automation', '仓储自动化'],
  ],
  healthcare: [
    ['Supply chain finance', '供应链金融'],
    ['Imaging equipment service', '影像设备维保'],
  ],
  home: [
    ['Showroom fit-out', '展厅装修'],
    ['Custom cabinetry order', '全屋定制订单'],
  ],
};

const ZH_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
];
const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '晓东',
];
const EN_FIRST = [
  'Anna',
  'James',
  'Maria',
  'David',
  'Laura',
  'Peter',
  'Sarah',
  'Tom',
  'Emily',
  'Mark',
  'Julia',
  'Chris',
];
const EN_LAST = ['Miller', 'Schmidt', 'Brown', 'Novak', 'Rossi', 'Walsh', 'Meyer', 'Clarke', 'Fischer', 'Lee', 'Evans'];
const ROLES: readonly Bilingual[] = [
  ['CFO', '财务总监'],
  ['Procurement Manager', '采购经理'],
  ['IT Director', 'IT总监'],
  ['General Manager', '总经理'],
  ['Operations Manager', '运营经理'],
  ['Treasurer', '资金主管'],
];
const DECISION_ROLE_WEIGHTS: Record<DecisionRole, number> = {
  'decision-maker': 30,
  influencer: 25,
  user: 15,
  gatekeeper: 15,
  champion: 15,
};
const STYLE_WEIGHTS: Record<CounterpartStyle, number> = { analytical: 32, driver: 24, expressive: 18, amiable: 26 };

const TAGS: readonly string[] = [
  'renewal',
  'new-logo',
  'cross-sell',
  'strategic',
  'tender',
  'key-account',
  'q4-push',
  '重点客户',
];

const OUR_INTERESTS: readonly Bilingual[] = [
  ['Full-year volume', '全年业务量'],
  ['Keep the margin', '保住利润率'],
  ['Reference customer', '树立标杆客户'],
];
const THEIR_INTERESTS: readonly (readonly [en: string, zh: string, kind: 'substantive' | 'relational'])[] = [
  ['Lower total cost', '降低总成本', 'substantive'],
  ['Fast rollout', '尽快上线', 'substantive'],
  ['Low risk for the sponsor', '对牵头人风险小', 'relational'],
  ['Recognition from HQ', '获得总部认可', 'relational'],
];
const CRITERIA: readonly (readonly [CriterionKind, string, string])[] = [
  ['market-price', 'Market rate', '同业报价'],
  ['precedent', 'Last year\u2019s contract', '去年合同价'],
  ['policy', 'Pricing policy', '定价政策'],
  ['industry-practice', 'Industry practice', '行业惯例'],
];
const OPTIONS: readonly Bilingual[] = [
  ['3-year term, lower rate', '三年期换低费率'],
  ['Phased rollout', '分期实施'],
  ['Bundle with support', '捆绑维保服务'],
];
const ALTERNATIVES: readonly Bilingual[] = [
  ['Sell capacity to another client', '把额度给其他客户'],
  ['Keep the current contract', '维持现有合同'],
  ['Second-tier offer', '降级方案'],
];
const SPIN: readonly (readonly [SpinKind, string, string])[] = [
  ['situation', 'How do you handle it today?', '目前是怎么做的？'],
  ['problem', 'Where does it cost you time?', '哪里最耗时间？'],
  ['implication', 'What does a delay cost?', '延误会带来什么损失？'],
  ['need-payoff', 'What would faster settlement be worth?', '结算更快对您价值多大？'],
];
const OBJECTION_TEXTS: Record<ObjectionType, readonly Bilingual[]> = {
  price: [
    ['Too expensive.', '太贵了。'],
    ['Others quote less.', '别家报价更低。'],
    ['Can you do better on price?', '价格还能再低点吗？'],
  ],
  budget: [
    ['No budget this year.', '今年没有预算。'],
    ['Cash is tight right now.', '现在资金紧张。'],
  ],
  need: [
    ['We already have a provider.', '我们已经有供应商了。'],
    ['We don\u2019t need it now.', '目前不需要。'],
  ],
  authority: [
    ['Not my decision.', '这事我定不了。'],
    ['The boss is away.', '老板出差了。'],
  ],
  product: [
    ['Does it fit our process?', '跟我们流程不匹配。'],
    ['Worried about quality.', '担心质量。'],
  ],
  vendor: [
    ['Never heard of you.', '没听说过你们公司。'],
    ['We prefer our old rep.', '我们习惯原来的客户经理。'],
  ],
};
const CONCESSION_GETS: readonly Bilingual[] = [
  ['3-year term', '三年合约'],
  ['Faster payment', '缩短账期'],
  ['Referral', '转介绍'],
  ['Bigger volume', '增加用量'],
];
const TRADEABLES: readonly (readonly [string, string, string, string])[] = [
  ['Free training', 'Longer term', '免费培训', '延长合约'],
  ['Payment terms', 'Volume', '付款账期', '业务量'],
];
const LOST_REASONS: readonly Bilingual[] = [
  ['Competitor price', '竞争对手价格更低'],
  ['No budget', '预算取消'],
  ['Decision maker changed', '决策人变动'],
  ['Did not reach the boss', '没接触到决策人'],
];
const LESSONS: readonly Bilingual[] = [
  ['Meet the decision maker earlier.', '尽早接触决策人。'],
  ['Prepare the BATNA before pricing.', '报价前先准备替代方案。'],
  ['Trade, never give.', '让步必须换回条件。'],
];

/** How often a technique resolves an objection in the generated history (so charts differ). */
const TECHNIQUE_EFFECT: Record<string, number> = {
  inquiry: 0.72,
  compensation: 0.66,
  example: 0.66,
  'give-get': 0.64,
  comparison: 0.62,
  'break-down': 0.6,
  'tai-chi': 0.58,
  'trade-scope': 0.57,
  'redirect-to-material': 0.55,
  'yes-but': 0.52,
  echo: 0.5,
  'question-back': 0.44,
  defer: 0.36,
  'direct-denial': 0.3,
  ignore: 0.28,
};
const METHOD_EFFECT: Record<string, number> = {
  'alternative-choice': 0.62,
  incentive: 0.56,
  direct: 0.48,
  assumptive: 0.4,
};

// ---------------------------------------------------------------- generation

type Org = {
  name: string;
  lang: Lang;
  industry: Industry;
  contacts: Contact[];
};

function makeName(rng: Rng, lang: Lang): string {
  return lang === 'zh' ? rng.pick(ZH_SURNAMES) + rng.pick(ZH_GIVEN) : `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}`;
}

function makeOrg(rng: Rng): Org {
  const lang: Lang = rng.chance(0.72) ? 'zh' : 'en';
  const industry = pickWeighted(rng, INDUSTRY_WEIGHTS);
  const name =
    lang === 'zh'
      ? rng.pick(ZH_ORG_PATTERNS[industry])(rng.pick(CITIES), rng.pick(ZH_BRANDS))
      : `${rng.pick(EN_BRANDS)} ${rng.pick(EN_ORG_SUFFIXES[industry])}`;
  const contacts: Contact[] = [];
  const contactCount = rng.chance(0.3) ? 2 : 1;
  for (let i = 0; i < contactCount; i++) {
    const role = rng.pick(ROLES);
    contacts.push({
      id: `c${i + 1}`,
      name: makeName(rng, lang),
      role: lang === 'zh' ? role[1] : role[0],
      decisionRole: i === 0 ? 'decision-maker' : pickWeighted(rng, DECISION_ROLE_WEIGHTS),
      style: rng.chance(0.9) ? pickWeighted(rng, STYLE_WEIGHTS) : null,
    });
  }
  return { name, lang, industry, contacts };
}

const text = (lang: Lang, entry: Bilingual): string => (lang === 'zh' ? entry[1] : entry[0]);
// Formatting dates is a large part of generating 10,000 deals; there are only ~800 distinct days.
const dayCache = new Map<number, string>();
function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let text = dayCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayCache.set(day, text);
  }
  return text;
}
const pad = (value: number, width: number): string => String(value).padStart(width, '0');
/** Same output as `new Date(ms).toISOString()`. */
function isoTimestamp(ms: number): string {
  const within = ms - Math.floor(ms / DAY_MS) * DAY_MS;
  const hours = Math.floor(within / 3_600_000);
  const minutes = Math.floor((within % 3_600_000) / 60_000);
  const seconds = Math.floor((within % 60_000) / 1000);
  return `${isoDate(ms)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(within % 1000, 3)}Z`;
}
const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);

function pickCurrency(rng: Rng, lang: Lang): string {
  const roll = rng.next();
  if (lang === 'zh') return roll < 0.93 ? 'CNY' : roll < 0.98 ? 'USD' : 'EUR';
  return roll < 0.55 ? 'CNY' : roll < 0.8 ? 'USD' : 'EUR';
}

/** Between 50k and 5M, skewed on a log scale so small deals are more frequent than large ones. */
function pickValue(rng: Rng): number {
  const value = 50_000 * Math.pow(100, rng.next() * rng.next() * 0.6 + rng.next() * 0.4);
  return roundTo(Math.min(value, 5_000_000), value >= 1_000_000 ? 50_000 : 5_000);
}

function winProbability(style: CounterpartStyle | null, value: number, tags: readonly string[]): number {
  let p = 0.5;
  if (style === 'expressive') p += 0.06;
  if (style === 'driver') p += 0.03;
  if (style === 'amiable') p -= 0.06;
  if (value >= 2_000_000) p -= 0.15;
  else if (value >= 500_000) p -= 0.07;
  else if (value < 100_000) p += 0.06;
  if (tags.includes('renewal')) p += 0.15;
  if (tags.includes('tender')) p -= 0.1;
  return Math.min(0.85, Math.max(0.15, p));
}

function objectionTypeWeights(outcome: DealOutcome): Record<ObjectionType, number> {
  const weights: Record<ObjectionType, number> = {
    price: 36,
    product: 15,
    budget: 14,
    need: 12,
    authority: 12,
    vendor: 10,
  };
  if (outcome === 'won') weights.price *= 1.25;
  if (outcome === 'lost' || outcome === 'no-deal' || outcome === 'walked-away') {
    weights.need *= 2.2;
    weights.authority *= 1.8;
    weights.budget *= 1.5;
  }
  return weights;
}

const TYPE_WEIGHTS_BY_OUTCOME = {
  open: objectionTypeWeights('open'),
  won: objectionTypeWeights('won'),
  lost: objectionTypeWeights('lost'),
} as const;

/** Weights of 1, 2, 3 (and 4) meetings per deal. */
const CLOSED_MEETING_COUNTS = [45, 33, 15, 7];
/** Weights of 0, 1 and 2 objections in a deal's first meeting. */
const FIRST_MEETING_OBJECTIONS = [25, 55, 20];
const OPEN_MEETING_COUNTS = [55, 33, 12];

const LOSS_WEIGHTS = { lost: 60, 'no-deal': 25, 'walked-away': 15 } as const satisfies Partial<
  Record<DealOutcome, number>
>;

const NATURE_WEIGHTS: Record<ObjectionNature, number> = { true: 56, false: 24, hidden: 20 };

/** Signals differ in how much they predict a win: index-derived so any playbook list gets a pattern. */
function signalProfile(index: number, total: number): { whenWon: number; whenNotWon: number } {
  const strength = total <= 1 ? 0.5 : 1 - index / (total - 1); // 1 for the first signal, 0 for the last
  const base = 0.5 / Math.max(total, 1) + 0.03;
  return { whenWon: base * (1 + strength * 1.6), whenNotWon: base * (1 - strength * 0.6) };
}

function techniqueEffect(id: string): number {
  return TECHNIQUE_EFFECT[id] ?? 0.35 + (hashSeed(id) % 35) / 100;
}

export function generateDeals(options: SampleDealOptions): Deal[] {
  const { count, now, signalIds, techniqueIds } = options;
  const cardIds = options.cardIds ?? [];
  const cardsByType = new Map<ObjectionType, { id: string; techniqueIds: readonly string[] }[]>();
  for (const card of options.cards ?? []) {
    if (card.techniqueIds.length === 0) continue;
    const list = cardsByType.get(card.type) ?? [];
    list.push(card);
    cardsByType.set(card.type, list);
  }
  const methodIds = options.closingMethodIds ?? SAMPLE_CLOSING_METHOD_IDS;
  if (techniqueIds.length === 0) throw new Error('generateDeals needs at least one technique id');
  if (methodIds.length === 0) throw new Error('generateDeals needs at least one closing method id');

  const seedTag = hashSeed(options.seed).toString(36);
  const nowMs = now.getTime();
  const spanMs = 730 * DAY_MS;
  const signalProfiles = signalIds.map((_, index) => signalProfile(index, signalIds.length));
  // Winning deals lean towards the closing methods that work better, the others the other way.
  const methodWeightsWon = methodIds.map((methodId) => METHOD_EFFECT[methodId] ?? 0.5);
  const methodWeightsNotWon = methodWeightsWon.map((effect) => 1 - effect);

  // Repeat customers: a fixed pool of organisations, a fifth of which get half of the deals (80/20).
  // The pool and each deal have their own random streams, so the first n deals are the same for any count.
  const rng = createRng(`${options.seed}/orgs`);
  const orgs: Org[] = [];
  for (let i = 0; i < ORG_POOL_SIZE; i++) orgs.push(makeOrg(rng));
  const pickOrg = (rng: Rng): Org => {
    const index = rng.chance(0.5) ? rng.int(0, ORG_POOL_SIZE / 5 - 1) : rng.int(0, ORG_POOL_SIZE - 1);
    const org = orgs[index];
    if (!org) throw new Error('organisation index out of range');
    return org;
  };

  const deals: Deal[] = [];
  for (let i = 0; i < count; i++) {
    const id = `smp-${seedTag}-${i.toString(36).padStart(4, '0')}`;
    rng.reseed(`${options.seed}/${i}`);
    const org = pickOrg(rng);
    const lang = org.lang;
    const product = rng.pick(PRODUCTS[org.industry]);
    const createdMs = nowMs - spanMs + Math.floor(rng.next() * (spanMs - 5 * DAY_MS));
    const side: NegotiationSide = rng.chance(0.9) ? 'sell' : 'buy';
    const value = pickValue(rng);
    const currency = pickCurrency(rng, lang);
    const primary = org.contacts[0];
    const style = primary?.style ?? null;
    const tags: string[] = [];
    const tagCount = rng.int(0, 2);
    for (let t = 0; t < tagCount; t++) {
      const tag = rng.pick(TAGS);
      if (!tags.includes(tag)) tags.push(tag);
    }

    // Older deals are mostly closed; recent ones mostly still open.
    const ageDays = (nowMs - createdMs) / DAY_MS;
    const durationDays = rng.int(14, 120);
    const isClosed = ageDays > durationDays && rng.chance(ageDays > 120 ? 0.93 : 0.6);
    let outcome: DealOutcome = 'open';
    if (isClosed) {
      const roll = rng.next();
      if (roll < winProbability(style, value, tags)) outcome = 'won';
      else outcome = pickWeighted(rng, LOSS_WEIGHTS);
    }
    const isWon = outcome === 'won';
    const isOpen = outcome === 'open';
    const endMs = isClosed ? createdMs + durationDays * DAY_MS : nowMs;
    const closedOn = isClosed ? isoDate(endMs) : null;

    // Numbers: the target is the deal value; opening and walk-away sit on the side's own direction.
    const up = side === 'sell' ? 1 : -1;
    const target = value;
    const opening = roundTo(target * (1 + up * (0.05 + rng.next() * 0.2)), 1000);
    const walkAway = roundTo(target * (1 - up * (0.08 + rng.next() * 0.15)), 1000);
    const theirMid = target * (1 - up * (0.02 + rng.next() * 0.12));
    const theirLow = roundTo(theirMid * 0.95, 1000);
    const theirHigh = roundTo(theirMid * 1.05, 1000);
    let finalPrice: number | null = null;
    if (isWon) {
      // Mostly between walk-away and a little beyond target; now and then past the walk-away.
      const position = rng.chance(0.04) ? -0.3 * rng.next() : Math.min(1.3, rng.next() * 0.7 + rng.next() * 0.55);
      finalPrice = roundTo(walkAway + (target - walkAway) * position, 1000);
    }

    // Meetings, spaced between creation and close (or now for open deals).
    const meetingCount = 1 + pickIndex(rng, isOpen ? OPEN_MEETING_COUNTS : CLOSED_MEETING_COUNTS);
    const meetings: Meeting[] = [];
    const typeWeights = TYPE_WEIGHTS_BY_OUTCOME[isWon ? 'won' : isOpen ? 'open' : 'lost'];
    const resolveBoost = isWon ? 1.18 : isOpen ? 1 : 0.72;
    let lastMeetingMs = createdMs;
    const contactNames = org.contacts.map((contact) => contact.name).join(lang === 'zh' ? '、' : ', ');
    for (let m = 0; m < meetingCount; m++) {
      const meetingId = `m${m + 1}`;
      const subId = (kind: string, n: number): string => localId(meetingId, kind, n);
      const meetingMs =
        createdMs + Math.floor(((endMs - createdMs) * (m + 0.5 + rng.next() * 0.4)) / (meetingCount + 0.5));
      lastMeetingMs = meetingMs;
      const isLast = m === meetingCount - 1;

      const objections: LoggedObjection[] = [];
      const objectionCount = m === 0 ? pickIndex(rng, FIRST_MEETING_OBJECTIONS) : rng.chance(isWon ? 0.3 : 0.5) ? 1 : 0;
      for (let o = 0; o < objectionCount; o++) {
        const type = pickWeighted(rng, typeWeights);
        const nature = pickWeighted(rng, NATURE_WEIGHTS);
        const typeCards = cardsByType.get(type);
        const card = typeCards && rng.chance(0.7) ? rng.pick(typeCards) : null;
        const pool = card ? card.techniqueIds : techniqueIds;
        const techniques = [rng.pick(pool)];
        if (rng.chance(0.25)) {
          const second = rng.pick(pool);
          if (second !== techniques[0]) techniques.push(second);
        }
        let p = techniques.reduce((sum, t) => sum + techniqueEffect(t), 0) / techniques.length;
        p *= resolveBoost * (nature === 'hidden' ? 0.8 : 1);
        const roll = rng.next();
        const result: ObjectionResult = roll < p ? 'resolved' : roll < p + (1 - p) * 0.4 ? 'partly' : 'unresolved';
        // With the cards known, an objection is either on a card of its own type or typed in by the user.
        const cardId = card
          ? card.id
          : typeCards === undefined && cardIds.length > 0 && rng.chance(0.6)
            ? rng.pick(cardIds)
            : null;
        objections.push({
          id: subId('o', o + 1),
          cardId,
          text: text(lang, rng.pick(OBJECTION_TEXTS[type])),
          type,
          nature,
          techniqueIds: techniques,
          result,
        });
      }

      const signals: ObservedSignal[] = [];
      const laterWeight = (m + 1) / meetingCount;
      for (let s = 0; s < signalIds.length; s++) {
        const profile = signalProfiles[s];
        const signalId = signalIds[s];
        if (!profile || signalId === undefined) continue;
        const p = (isWon ? profile.whenWon : profile.whenNotWon) * laterWeight * (2 / (meetingCount + 1));
        if (rng.chance(p)) signals.push({ id: subId('s', signals.length + 1), signalId, text: '' });
      }
      if (rng.chance(0.03)) {
        signals.push({
          id: subId('s', signals.length + 1),
          signalId: null,
          text: lang === 'zh' ? '主动问起付款方式' : 'Asked about invoicing',
        });
      }

      const closingAttempts: ClosingAttempt[] = [];
      if (isLast && !isOpen) {
        const method = pickMethod(rng, methodIds, isWon ? methodWeightsWon : methodWeightsNotWon);
        const result: ClosingAttemptResult = isWon ? 'accepted' : rng.chance(0.6) ? 'declined' : 'deferred';
        if (isWon || rng.chance(0.7)) closingAttempts.push({ id: subId('a', 1), methodId: method, result });
      } else if (m > 0 && rng.chance(0.15)) {
        const method = pickMethod(rng, methodIds, methodWeightsNotWon);
        closingAttempts.push({
          id: subId('a', 1),
          methodId: method,
          result: rng.chance(0.5) ? 'deferred' : 'declined',
        });
      }

      const concessions: LoggedConcession[] = [];
      if (m > 0 && rng.chance(0.25)) {
        concessions.push({
          id: subId('c', 1),
          amount: roundTo(value * (0.01 + rng.next() * 0.04), 1000),
          received: text(lang, rng.pick(CONCESSION_GETS)),
        });
      }

      meetings.push({
        id: meetingId,
        date: isoDate(meetingMs),
        attendees: m === 0 || rng.chance(0.3) ? contactNames : '',
        notes: '',
        objections,
        signals,
        closingAttempts,
        concessions,
      });
    }

    const worksheet = makeWorksheet(
      rng,
      lang,
      side,
      { opening, target, walkAway, theirLow, theirHigh },
      cardIds,
      techniqueIds,
      methodIds,
    );
    const updatedMs = Math.max(lastMeetingMs, isClosed ? endMs : lastMeetingMs) + 3_600_000;
    const isLost = isClosed && !isWon;
    const lesson = isClosed && rng.chance(0.35) ? text(lang, rng.pick(LESSONS)) : '';
    // Drawn last, so the rest of the deal comes out as it did before sample complaints existed.
    const complaints = sampleComplaints(rng, lang, createdMs, nowMs);

    deals.push({
      id,
      title: shared(`${text(lang, product)} ${isoDate(createdMs).slice(0, 4)}`),
      counterpartOrg: org.name,
      contacts: org.contacts.map((contact) => ({ ...contact })),
      counterpartStyle: style,
      side,
      currency,
      value,
      stage: isClosed ? 'closed' : meetingCount === 1 && rng.chance(0.4) ? 'preparing' : 'negotiating',
      outcome,
      meetingDate: isOpen ? isoDate(nowMs + rng.int(1, 21) * DAY_MS) : isoDate(lastMeetingMs),
      expectedCloseDate: isOpen ? isoDate(nowMs + rng.int(14, 90) * DAY_MS) : closedOn,
      tags,
      notes: '',
      isSample: true,
      openedOn: null,
      sourceId: null,
      worksheet,
      meetings,
      review: {
        finalPrice,
        closedOn,
        lostReason: isLost ? text(lang, rng.pick(LOST_REASONS)) : '',
        knewTheirNeeds: '',
        theyKnewUs: '',
        competitorsLearned: '',
        whereItFailed: '',
        lessons: lesson,
      },
      complaints,
      createdAt: isoTimestamp(createdMs),
      updatedAt: isoTimestamp(Math.min(updatedMs, nowMs)),
    });
  }
  return deals;
}

function pickMethod(rng: Rng, methodIds: readonly string[], weights: readonly number[]): string {
  return methodIds[pickIndex(rng, weights)] ?? rng.pick(methodIds);
}

/** Ids inside a deal ("m2o1") and titles repeat across deals; sharing the strings spares memory and GC. */
const sharedStrings = new Map<string, string>();
function shared(text: string): string {
  const existing = sharedStrings.get(text);
  if (existing !== undefined) return existing;
  sharedStrings.set(text, text);
  return text;
}
const localId = (meetingId: string, kind: string, n: number): string => shared(`${meetingId}${kind}${n}`);

type SampleNumbers = { opening: number; target: number; walkAway: number; theirLow: number; theirHigh: number };

/** How much of the worksheet a user filled in: many fill only the essentials. */
type WorksheetDepth = 0 | 1 | 2;
const WORKSHEET_DEPTHS = [45, 40, 15];

function makeWorksheet(
  rng: Rng,
  lang: Lang,
  side: NegotiationSide,
  numbers: SampleNumbers,
  cardIds: readonly string[],
  techniqueIds: readonly string[],
  methodIds: readonly string[],
): Worksheet {
  const depth = pickIndex(rng, WORKSHEET_DEPTHS) as WorksheetDepth;
  const theirs = rng.pick(THEIR_INTERESTS);
  const interests: Worksheet['interests'] = [
    {
      id: 'i1',
      party: 'theirs',
      text: lang === 'zh' ? theirs[1] : theirs[0],
      kind: theirs[2],
      priority: rng.chance(0.5) ? 5 : 4,
      isStated: rng.chance(0.6),
    },
  ];
  if (depth > 0) {
    interests.push({
      id: 'i2',
      party: 'ours',
      text: text(lang, rng.pick(OUR_INTERESTS)),
      kind: 'substantive',
      priority: 4,
      isStated: true,
    });
  }
  const criteria: Worksheet['criteria'] = [];
  if (depth > 0 && rng.chance(depth === 2 ? 0.9 : 0.4)) {
    const criterion = rng.pick(CRITERIA);
    criteria.push({
      id: 'k1',
      kind: criterion[0],
      standard: lang === 'zh' ? criterion[2] : criterion[1],
      source: '',
      favours: rng.chance(0.5) ? 'us' : 'neutral',
      precedentDealId: null,
    });
  }
  const options: Worksheet['options'] =
    depth === 2
      ? [{ id: 'p1', text: text(lang, rng.pick(OPTIONS)), scores: { i1: rng.chance(0.5) ? 2 : 1, i2: 1 } }]
      : [];
  const alternatives: Worksheet['alternatives'] = [];
  if (depth > 0) {
    alternatives.push({
      id: 'a1',
      party: 'ours',
      description: text(lang, rng.pick(ALTERNATIVES)),
      isReal: rng.chance(0.6),
      value: roundTo(numbers.walkAway * (side === 'sell' ? 0.95 : 1.05), 1000),
      likelihood: Math.round((0.4 + rng.next() * 0.5) * 10) / 10,
    });
  }
  const spin: Worksheet['spin'] = [];
  for (let s = 0; s < depth; s++) {
    const question = SPIN[s * 2 + (rng.chance(0.5) ? 1 : 0)];
    if (question) spin.push({ id: `q${s + 1}`, kind: question[0], text: lang === 'zh' ? question[2] : question[1] });
  }
  const expectedObjections: Worksheet['expectedObjections'] = [];
  if (depth === 2) {
    expectedObjections.push({
      id: 'e1',
      cardId: cardIds.length > 0 ? rng.pick(cardIds) : null,
      text: text(lang, rng.pick(OBJECTION_TEXTS.price)),
      answer: '',
      techniqueIds: [rng.pick(techniqueIds)],
    });
  }
  const tradeables: Worksheet['tradeables'] = [];
  if (depth === 2) {
    const trade = rng.pick(TRADEABLES);
    tradeables.push({ id: 't1', give: lang === 'zh' ? trade[2] : trade[0], get: lang === 'zh' ? trade[3] : trade[1] });
  }
  return {
    interests,
    criteria,
    options,
    alternatives,
    actions: [],
    numbers: {
      opening: numbers.opening,
      target: numbers.target,
      walkAway: numbers.walkAway,
      isWalkAwayManual: rng.chance(0.3),
      theirWalkAwayLow: depth > 0 ? numbers.theirLow : null,
      theirWalkAwayHigh: depth > 0 ? numbers.theirHigh : null,
    },
    spin,
    expectedObjections,
    tradeables,
    concessionSteps: [],
    closingMethodId: depth > 0 && rng.chance(0.6) ? rng.pick(methodIds) : null,
    fab: [],
  };
}
