// SPIN questioning: what each kind of question is for, with a good and a bad example of each.
import type { SpinKind } from '../domain/worksheet-types';
import type { LocalizedText } from './types';

/** `aim` is the few words the prep sheet's agenda prints; `purpose` says it fully in the worksheet. */
export type SpinGuide = { aim: LocalizedText; purpose: LocalizedText; good: LocalizedText; bad: LocalizedText };

export const SPIN_GUIDE: Record<SpinKind, SpinGuide> = {
  situation: {
    aim: { en: 'facts, few', zh: '摸清现状，少问' },
    purpose: {
      en: 'Facts about how they work today. Ask few: research the rest beforehand, they are the questions customers tire of fastest.',
      zh: '了解客户现在的做法和背景。少问几个，能提前查到的先查好——这类问题问多了客户最容易烦。',
    },
    good: {
      en: '“How many branches share the current line, and who looks after it?”',
      zh: '“现在这条专线有几个网点在共用？平时由谁负责维护？”',
    },
    bad: { en: '“So, tell me about your company.”', zh: '“先给我介绍一下贵公司吧。”' },
  },
  problem: {
    aim: { en: 'their difficulties', zh: '找出困难与不满' },
    purpose: {
      en: 'Bring out difficulties and dissatisfaction with what they have now — the implied needs.',
      zh: '找出客户对现状的困难和不满，也就是还没说出口的隐含需求。',
    },
    good: {
      en: '“Where does the month-end close slow down for you?”',
      zh: '“月底结账的时候，哪个环节最容易卡住？”',
    },
    bad: { en: '“You must have problems with your old supplier, right?”', zh: '“您现在的供应商问题不少吧？”' },
  },
  implication: {
    aim: { en: 'what it costs them', zh: '放大问题的代价' },
    purpose: {
      en: 'Let them see what the problem costs — time, money, risk, reputation — so a small issue becomes worth solving.',
      zh: '让客户自己看到这个问题的代价——时间、金钱、风险、口碑——小问题才会变成值得解决的大问题。',
    },
    good: {
      en: '“When the line drops during close, what does a day’s delay mean for reporting to head office?”',
      zh: '“结账时专线一断，报表晚交一天，对向总部汇报会有什么影响？”',
    },
    bad: { en: '“That sounds terrible — you need our product.”', zh: '“那太糟糕了，您正需要我们的产品。”' },
  },
  'need-payoff': {
    aim: { en: 'value in their words', zh: '让客户说出价值' },
    purpose: {
      en: 'Have them say the value of a solution in their own words; an implied need becomes an explicit one.',
      zh: '让客户用自己的话说出解决问题的价值，隐含需求就变成了明确需求。',
    },
    good: {
      en: '“If close ran without outages, what would your team do with those two days?”',
      zh: '“如果结账期间不再断线，您的团队省下的这两天会用来做什么？”',
    },
    bad: { en: '“Wouldn’t it be great to buy our premium plan?”', zh: '“买我们的高级套餐是不是很划算？”' },
  },
};
