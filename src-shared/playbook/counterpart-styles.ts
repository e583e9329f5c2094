// The four counterpart styles, so a plan and its answers can be tuned to the person across the table.
import type { CounterpartStyleInfo } from './types';

export const COUNTERPART_STYLE_INFO: CounterpartStyleInfo[] = [
  {
    id: 'analytical',
    name: { en: 'Analytical', zh: '分析型' },
    alsoKnownAs: { en: 'Rational, thinker, perfectionist', zh: '理智型、思考者、完美型' },
    recognise: {
      en: 'Asks for data and documents, compares several vendors, takes notes, decides slowly and methodically.',
      zh: '要数据、要文件，同时比较好几家，边听边记，决策慢而有条理。',
    },
    hint: {
      en: 'Bring data and written detail, give them time, never fudge a number.',
      zh: '多带数据和书面材料，给足思考时间，数字绝不能含糊。',
    },
    approach: {
      en: 'Send the agenda and material ahead. Support the proposal with evidence, references and total cost; answer precisely and admit what you do not know. Let them set the pace, but agree a date for each step.',
      zh: '提前发议程和资料。方案用证据、案例和总成本来支撑；回答要精确，不知道的就说不知道。节奏由对方定，但每一步都要约好时间。',
    },
  },
  {
    id: 'driver',
    name: { en: 'Driver', zh: '控制型' },
    alsoKnownAs: { en: 'Controlling, authoritarian, powerful', zh: '自主型、威权者、力量型' },
    recognise: {
      en: 'Firm views, impatient with small talk, interrupts, wants the bottom line and to stay in control.',
      zh: '主见很强，不耐烦寒暄，爱打断别人，只要结论，喜欢掌控局面。',
    },
    hint: {
      en: 'Get to the point: result, benefit, price. Offer options; let them decide.',
      zh: '开门见山：讲结果、讲收益、讲价格；给出选项，让他拍板。',
    },
    approach: {
      en: 'Open with the outcome and the number, and keep to time. Put two or three options on the table rather than one. Do not argue for the sake of it, but hold firm on facts; confirm decisions on the spot.',
      zh: '开场先讲结果和数字，严格守时。拿出两三个方案，而不是只有一个。不要为争而争，但在事实上要立场坚定；决定当场确认。',
    },
  },
  {
    id: 'expressive',
    name: { en: 'Expressive', zh: '表现型' },
    alsoKnownAs: { en: 'Impulsive, extrovert, lively', zh: '冲动型、外向者、活泼型' },
    recognise: {
      en: 'Talkative and enthusiastic, likes novelty and status, decides fast — and can cool off just as fast.',
      zh: '健谈、热情，喜欢新鲜事物、看重面子和身份，决定快——冷下来也快。',
    },
    hint: {
      en: 'Match their energy; show what is new and who else uses it; close promptly.',
      zh: '跟上他的热情，讲新意、讲标杆客户；趁热成交。',
    },
    approach: {
      en: 'Let them talk and show real interest. Use stories and well-known references, and credit their ideas in front of others. Once they say yes, get the details in writing quickly, because the mood can change.',
      zh: '让他多说，真诚地表示兴趣。多讲故事、多举知名客户的例子，当着别人的面肯定他的想法。他一点头，就尽快把细节落到纸面上，因为情绪说变就变。',
    },
  },
  {
    id: 'amiable',
    name: { en: 'Amiable', zh: '亲善型' },
    alsoKnownAs: { en: 'Hesitant, cooperator, peaceful', zh: '犹豫型、合作者、和平型' },
    recognise: {
      en: 'Warm and friendly, avoids conflict, asks what others think, finds it hard to decide or to say no.',
      zh: '待人和气，回避冲突，常问别人的意见，很难下决定，也很难拒绝别人。',
    },
    hint: {
      en: 'Build trust first; be patient; advise rather than push; make the choice feel safe.',
      zh: '先建立信任，耐心一点；当顾问，别硬推；让他觉得选择是安全的。',
    },
    approach: {
      en: 'Invest in the relationship and act as their adviser: recommend one option and say why. Offer guarantees, a pilot and references that lower the risk, help them bring colleagues along, and agree small steps with dates so the decision does not drift.',
      zh: '在关系上多花时间，当好他的顾问：推荐一个方案并讲清理由。提供保障、试点和参考客户来降低风险，帮他说服同事，约定带日期的小步骤，免得决定一拖再拖。',
    },
  },
];
