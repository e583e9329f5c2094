// How to recognise each kind of objection (by what is objected to, and by how real it is) before answering it.
import type { ObjectionNatureInfo, ObjectionTypeInfo } from './types';

export const OBJECTION_TYPE_INFO: ObjectionTypeInfo[] = [
  {
    id: 'need',
    name: { en: 'Need objection', zh: '需求异议' },
    howToTell: {
      en: 'The doubt is whether they need it at all, not what it costs: “we already have one”, “we manage fine as we are”. Price hardly comes up and the talk keeps drifting back to “what has this got to do with us”.',
      zh: '客户怀疑的是“要不要”，而不是“多少钱”：“我们已经有了”“现在这样也挺好”。基本不谈价格，话题总是绕回“这跟我们有什么关系”。',
    },
    diagnosticQuestion: {
      en: 'Leaving price aside, is there anything about the way you handle this today that you would like to be different?',
      zh: '先不谈价格，您现在这块业务的做法里，有没有哪一点是您希望改变的？',
    },
  },
  {
    id: 'budget',
    name: { en: 'Budget objection', zh: '财力异议' },
    howToTell: {
      en: 'They accept the value but say the money is not there: cash flow is tight, the budget year is spent, spending is frozen. The issue is ability or timing to pay, not whether the price is fair.',
      zh: '客户认可价值，但说拿不出钱：资金紧张、今年预算用完了、开支冻结了。问题在于付不付得起、什么时候付，而不是价格合不合理。',
    },
    diagnosticQuestion: {
      en: 'If the budget were available, would this be the solution you would choose?',
      zh: '如果预算到位，这是您会选择的方案吗？',
    },
  },
  {
    id: 'authority',
    name: { en: 'Authority objection', zh: '权力异议' },
    howToTell: {
      en: 'The person in front of you says someone else decides: the boss is away, it has to go to the committee, group head office, procurement or the partners. Check whether that is true or a polite way of stepping back.',
      zh: '对方说要由别人来定：老板出差了、要上会、要报集团总部、要走采购、要跟合伙人商量。要分辨这是实情，还是委婉的推脱。',
    },
    diagnosticQuestion: {
      en: 'Besides you, who else will weigh in on this, and what will matter most to each of them?',
      zh: '除了您，还有哪些人会参与这个决定？他们各自最看重什么？',
    },
  },
  {
    id: 'price',
    name: { en: 'Price objection', zh: '价格异议' },
    howToTell: {
      en: 'Need and product are accepted; the fight is over the number: too expensive, others quote less, give me a discount, I will wait for a promotion. Asking about price is also a sign of real interest.',
      zh: '需求和产品都认可了，分歧在数字上：太贵了、别家更便宜、再给点折扣、等搞活动再买。客户肯跟你谈价格，本身就说明他有兴趣。',
    },
    diagnosticQuestion: {
      en: 'Apart from the price, is there anything else in the proposal that would stop you going ahead?',
      zh: '除了价格，方案里还有没有别的地方让您下不了决心？',
    },
  },
  {
    id: 'product',
    name: { en: 'Product objection', zh: '产品异议' },
    howToTell: {
      en: 'The doubt is about the offer itself: it will not fit their process, quality is questionable, a feature is missing, they dislike the design, the switch looks risky. Objections are specific and technical.',
      zh: '顾虑针对的是产品或方案本身：跟流程对不上、质量靠不住、缺少某个功能、不喜欢外观设计、切换风险大。异议通常比较具体，带有技术性。',
    },
    diagnosticQuestion: {
      en: 'Which part of your work do you think it will not fit? Could you walk me through a typical case?',
      zh: '您觉得具体是哪个环节用不上？能不能带我走一遍一个典型的业务场景？',
    },
  },
  {
    id: 'vendor',
    name: { en: 'Vendor / salesperson objection', zh: '营销员异议' },
    howToTell: {
      en: 'The doubt is about you or your company: never heard of you, had a bad experience, prefers another rep or a bigger name, is loyal to a competitor’s rep. The offer may be fine; the trust is not there yet.',
      zh: '顾虑针对的是你本人或你的公司：没听说过、以前合作不愉快、想换个客户经理、更信大品牌、跟竞争对手的人关系好。方案也许没问题，只是信任还没建立起来。',
    },
    diagnosticQuestion: {
      en: 'What would you need to see from us to feel comfortable working together?',
      zh: '要让您放心跟我们合作，您希望先看到什么？',
    },
  },
];

export const OBJECTION_NATURE_INFO: ObjectionNatureInfo[] = [
  {
    id: 'true',
    name: { en: 'True objection', zh: '真实的异议' },
    howToTell: {
      en: 'It is specific, comes with details or numbers, stays the same when you probe, and once it is answered the customer moves to the next step. It reflects a real lack of need, a real dissatisfaction or a genuine prejudice.',
      zh: '说得具体，有细节或数字，追问下去说法也不变；一旦解决，客户就愿意往下走。它反映的是确实没有需求、确实不满意，或者确实存在的成见。',
    },
    diagnosticQuestion: {
      en: 'If we settle this point, are you ready to move to the next step?',
      zh: '如果这一点解决了，我们是不是就可以进入下一步？',
    },
  },
  {
    id: 'false',
    name: { en: 'False objection', zh: '假的异议' },
    howToTell: {
      en: 'It is vague, changes when you answer it, or is a polite excuse to end the meeting (“send me something”, “I’m busy”). Answering it in depth changes nothing, because they do not really care about it.',
      zh: '说法含糊，你一回答就换一个说法，或者只是想结束会谈的托词（“发份资料吧”“最近太忙”）。你答得再详细也没用，因为客户根本不在乎这一点。',
    },
    diagnosticQuestion: {
      en: 'Is this the main thing holding you back, or is there something else we should talk about first?',
      zh: '这是您最主要的顾虑吗？还是有别的事情我们应该先聊一聊？',
    },
  },
  {
    id: 'hidden',
    name: { en: 'Hidden objection', zh: '隐藏的异议' },
    howToTell: {
      en: 'The stated objections do not add up: small complaints about colour, design or signal pile up while the real issue — usually price, a competitor or internal politics — goes unsaid. Answering the surface points never ends the list.',
      zh: '嘴上说的理由对不上号：颜色、外观、信号之类的小毛病挑个不停，真正的问题——往往是价格、竞争对手或者内部关系——却不说出口。表面的问题解决一个又冒出一个。',
    },
    diagnosticQuestion: {
      en: 'Besides what you have mentioned, is there anything else — even something harder to raise — that would stop this going ahead?',
      zh: '除了您刚才说的，还有没有别的顾虑——哪怕不太方便开口的——会影响这件事推进？',
    },
  },
];
