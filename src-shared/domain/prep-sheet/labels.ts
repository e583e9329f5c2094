// The prep sheet's fixed words in both languages; the sheet's language is chosen per export, not by the UI.
import type { DecisionRole } from '../deal';
import type { CriterionKind, SpinKind } from '../worksheet-types';
import type { PrepSheetLanguage, PrepSheetSectionId } from './types';

export type PrepSheetLabels = {
  documentTitle: string;
  /** File name without extension; `{title}` is the deal's title. */
  fileName: { full: string; sharing: string };
  variant: { full: string; sharing: string };
  variantNote: { full: string; sharing: string };
  withheld: string;
  page: { prefix: string; middle: string; suffix: string };
  facts: { meeting: string; role: string; value: string; style: string; prepared: string };
  roles: { sell: string; buy: string };
  sections: Record<PrepSheetSectionId, string>;
  attendees: { name: string; title: string; decisionRole: string; style: string; approach: string };
  decisionRoles: Record<DecisionRole, string>;
  numbers: {
    opening: string;
    target: string;
    walkAway: string;
    fromBatna: string;
    batna: string;
    theirWalkAway: string;
    zopa: string;
    zopaStatus: { certain: string; possible: string; none: string };
    real: string;
    hypothetical: string;
    likely: string;
  };
  icon: {
    fab: string;
    answers: string;
    ourInterests: string;
    theirInterests: string;
    criteria: string;
    options: string;
    ourAlternatives: string;
    theirAlternatives: string;
    substantive: string;
    relational: string;
    priority: string;
    inferred: string;
    source: string;
    favoursUs: string;
    favoursThem: string;
    criterionKinds: Record<CriterionKind, string>;
    mutualGain: string;
    tradeCandidate: string;
  };
  spin: Record<SpinKind, string>;
  objections: {
    line: string;
    answer: string;
    techniques: string;
    noAnswer: string;
    fromPlaybook: string;
    risky: string;
  };
  closingMethodLine: string;
  concessions: {
    giveGet: string;
    give: string;
    get: string;
    steps: string;
    price: string;
    size: string;
    inReturn: string;
    stepsWithheld: string;
  };
  closing: { method: string; signals: string; kinds: { verbal: string; behavioural: string; facial: string } };
};

/** Replaces `{name}` placeholders. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export const PREP_SHEET_LABELS: Record<PrepSheetLanguage, PrepSheetLabels> = {
  en: {
    documentTitle: 'Negotiation prep sheet',
    fileName: { full: '{title} – prep sheet', sharing: '{title} – prep sheet (sharing copy)' },
    variant: { full: 'Full · confidential', sharing: 'Sharing copy' },
    variantNote: {
      full: 'Includes the walk-away and BATNA. For you only.',
      sharing:
        'Left out: walk-away, BATNA and alternative values, concession steps past the target, private notes, and every passage with a figure near the walk-away or BATNA.',
    },
    withheld: '[withheld]',
    page: { prefix: 'Page ', middle: ' of ', suffix: '' },
    facts: { meeting: 'Meeting', role: 'We are', value: 'Deal value', style: 'Their style', prepared: 'Prepared' },
    roles: { sell: 'Selling', buy: 'Buying' },
    sections: {
      attendees: 'At the table',
      numbers: 'The numbers',
      icon: 'ICON summary',
      agenda: 'Questions and agenda',
      objections: 'Expected objections',
      concessions: 'Concession plan',
      closing: 'Closing',
      notes: 'Notes',
    },
    attendees: {
      name: 'Name',
      title: 'Title',
      decisionRole: 'Decision role',
      style: 'Style',
      approach: 'How to approach them',
    },
    decisionRoles: {
      'decision-maker': 'Decision maker',
      influencer: 'Influencer',
      user: 'User',
      gatekeeper: 'Gatekeeper',
      champion: 'Champion',
    },
    numbers: {
      opening: 'Opening (anchor)',
      target: 'Target',
      walkAway: 'Walk-away',
      fromBatna: 'follows the BATNA',
      batna: 'BATNA',
      theirWalkAway: 'Their walk-away (est.)',
      zopa: 'Zone of agreement',
      zopaStatus: {
        certain: 'holds across their estimated range',
        possible: 'only if they sit at the generous end',
        none: 'no overlap – rethink before the meeting',
      },
      real: 'real',
      hypothetical: 'hypothetical',
      likely: '{percent} likely',
    },
    icon: {
      ourInterests: 'Our top interests',
      theirInterests: 'Their top interests',
      criteria: 'Objective criteria',
      options: 'Best options',
      fab: 'Lead with these benefits',
      answers: 'for: {interest}',
      ourAlternatives: 'Our alternatives',
      theirAlternatives: 'Their alternatives (est.)',
      substantive: 'substantive',
      relational: 'relational',
      priority: 'P{priority}',
      inferred: 'inferred',
      source: 'Source: {source}',
      favoursUs: 'favours us',
      favoursThem: 'favours them',
      criterionKinds: {
        law: 'Law',
        policy: 'Policy',
        'industry-practice': 'Industry practice',
        'market-price': 'Market price',
        precedent: 'Precedent',
        other: 'Standard',
      },
      mutualGain: 'mutual gain',
      tradeCandidate: 'cheap to give',
    },
    spin: { situation: 'Situation', problem: 'Problem', implication: 'Implication', 'need-payoff': 'Need-payoff' },
    objections: {
      line: 'They may say',
      answer: 'Our answer',
      techniques: 'Technique',
      noAnswer: 'No answer prepared yet',
      fromPlaybook: 'Playbook: {answer}',
      risky: 'risky',
    },
    closingMethodLine: '{name} – {howTo}',
    concessions: {
      giveGet: 'Give and get',
      give: 'We can give',
      get: 'We ask in return',
      steps: 'Concession steps',
      price: 'Price',
      size: 'Step',
      inReturn: 'Only in return for',
      stepsWithheld: 'Steps past the target are left out of this copy.',
    },
    closing: {
      method: 'Planned close',
      signals: 'Signals to watch',
      kinds: { verbal: 'verbal', behavioural: 'behaviour', facial: 'face' },
    },
  },
  'zh-CN': {
    documentTitle: '谈判准备单',
    fileName: { full: '{title} – 谈判准备单', sharing: '{title} – 谈判准备单（共享版）' },
    variant: { full: '完整版 · 仅限本人', sharing: '共享版' },
    variantNote: {
      full: '含底线价和最佳替代方案，请勿外传。',
      sharing:
        '已隐去：底线价、最佳替代方案及各替代方案的价值、超过目标价的让步步骤、私人备注，以及提到接近底线或 BATNA 的数字的语句。',
    },
    withheld: '[已隐去]',
    page: { prefix: '第 ', middle: ' 页 / 共 ', suffix: ' 页' },
    facts: { meeting: '会谈日期', role: '我方角色', value: '商机金额', style: '对方风格', prepared: '准备日期' },
    roles: { sell: '卖方', buy: '买方' },
    sections: {
      attendees: '与会人员',
      numbers: '关键数字',
      icon: 'ICON 要点',
      agenda: '提问与议程',
      objections: '预判异议',
      concessions: '让步计划',
      closing: '促成成交',
      notes: '备注',
    },
    attendees: { name: '姓名', title: '职务', decisionRole: '决策角色', style: '风格', approach: '沟通要点' },
    decisionRoles: {
      'decision-maker': '决策者',
      influencer: '影响者',
      user: '使用者',
      gatekeeper: '把关者',
      champion: '内部支持者',
    },
    numbers: {
      opening: '开价（锚定）',
      target: '目标价',
      walkAway: '底线价',
      fromBatna: '依据最佳替代方案',
      batna: '最佳替代方案',
      theirWalkAway: '对方底线（估计）',
      zopa: '可成交区间',
      zopaStatus: {
        certain: '在对方估计区间内都成立',
        possible: '仅当对方底线偏宽松时成立',
        none: '没有重叠——会前重新审视数字',
      },
      real: '真替代方案',
      hypothetical: '虚拟替代方案',
      likely: '可能性 {percent}',
    },
    icon: {
      ourInterests: '我方核心利益',
      theirInterests: '对方核心利益',
      criteria: '客观标准',
      options: '优选方案',
      fab: '先讲这几条利益',
      answers: '对应：{interest}',
      ourAlternatives: '我方替代方案',
      theirAlternatives: '对方替代方案（估计）',
      substantive: '实质需求',
      relational: '非实质需求',
      priority: '优先级 {priority}',
      inferred: '推测',
      source: '来源：{source}',
      favoursUs: '有利于我方',
      favoursThem: '有利于对方',
      criterionKinds: {
        law: '法律法规',
        policy: '政策规范',
        'industry-practice': '行业惯例',
        'market-price': '市场价格',
        precedent: '先例',
        other: '其他标准',
      },
      mutualGain: '双赢',
      tradeCandidate: '低成本筹码',
    },
    spin: { situation: '背景问题', problem: '难点问题', implication: '暗示问题', 'need-payoff': '需求效益问题' },
    objections: {
      line: '对方可能说',
      answer: '我方回应',
      techniques: '应对技巧',
      noAnswer: '尚未准备回应',
      fromPlaybook: '话术库参考：{answer}',
      risky: '有风险',
    },
    closingMethodLine: '{name}：{howTo}',
    concessions: {
      giveGet: '交换条件',
      give: '我方可给',
      get: '要求对方回报',
      steps: '让步步骤',
      price: '价格',
      size: '幅度',
      inReturn: '交换条件',
      stepsWithheld: '超出目标价的让步步骤未列入本版本。',
    },
    closing: {
      method: '计划采用的成交方法',
      signals: '重点留意的成交信号',
      kinds: { verbal: '言语', behavioural: '行为', facial: '表情' },
    },
  },
};
