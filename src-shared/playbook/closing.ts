// Closing: the signals that a customer is ready, what not to do at that moment, and the ways to ask for the deal.
import type { ClosingMethod, ClosingPitfall, ClosingSignal } from './types';

export const CLOSING_SIGNALS: ClosingSignal[] = [
  {
    id: 'expression-change',
    kind: 'facial',
    description: {
      en: 'Their expression changes once you have presented: a smile turns serious, or a tense face relaxes.',
      zh: '方案讲完后，客户的表情明显变了：由笑转为严肃，或者由紧绷转为放松。',
    },
    whatToDo: {
      en: 'Either way they are now weighing it for real. Pause, then ask an easy question about the next step: “When would be a good time to start?”',
      zh: '无论哪种，都说明客户开始认真掂量了。停一停，再问一个关于下一步的轻松问题：“您看什么时候开始比较合适？”',
    },
  },
  {
    id: 'buyers-exchange-glances',
    kind: 'behavioural',
    description: {
      en: 'The people on their side exchange looks or quietly ask each other’s opinion.',
      zh: '客户方的几个人互相交换眼色，或者低声征求彼此的意见。',
    },
    whatToDo: {
      en: 'Stay quiet and let them confer. Then turn to the most senior person: “It looks as if you have a view — what would you need in order to go ahead?”',
      zh: '别插话，让他们商量。然后面向职位最高的那位：“看起来您心里已经有想法了，要往下推进还需要什么？”',
    },
  },
  {
    id: 'leans-back-relaxes',
    kind: 'behavioural',
    description: {
      en: 'They lean back, let out a breath, and their eyes settle on the proposal.',
      zh: '客户往椅背上一靠，松了口气，目光落在方案上。',
    },
    whatToDo: {
      en: 'The strain of deciding has passed. Sum up what you have agreed in one sentence and move to the paperwork.',
      zh: '做决定的紧张已经过去了。用一句话总结双方已经谈定的内容，转入签约手续。',
    },
  },
  {
    id: 'nervous-gestures',
    kind: 'behavioural',
    description: {
      en: 'Nervous gestures: touching their hair, licking their lips, flushing, fiddling with a pen.',
      zh: '出现紧张的小动作：摸头发、舔嘴唇、脸发红、手里不停摆弄笔。',
    },
    whatToDo: {
      en: 'They are torn. Name the likely concern gently and answer it: “Is it the length of the commitment that’s on your mind?”',
      zh: '客户内心在挣扎。温和地点出他可能的顾虑并回应：“您是不是在考虑合同期限的问题？”',
    },
  },
  {
    id: 'sudden-direct-gaze',
    kind: 'facial',
    description: {
      en: 'After glancing around the room, they suddenly look straight at you.',
      zh: '客户的目光四处游移了一阵，忽然直直地看着你。',
    },
    whatToDo: {
      en: 'The decision is made. Meet their eyes calmly and ask for it: “Shall we go ahead?”',
      zh: '客户已经拿定主意了。平静地迎着他的目光，提出成交：“那我们就定下来？”',
    },
  },
  {
    id: 'asks-details-calculates',
    kind: 'verbal',
    description: {
      en: 'They ask about details, leaf back through the material, or start working out the cost on paper or on their phone.',
      zh: '客户开始问细节、来回翻看资料，或者在纸上、手机上算账。',
    },
    whatToDo: {
      en: 'Help with the sums without racing ahead: confirm the figures, then ask which option they would choose.',
      zh: '帮他把账算清楚，但别抢话：核对完数字，再问他倾向选哪个方案。',
    },
  },
  {
    id: 'excited-nodding',
    kind: 'facial',
    description: {
      en: 'Open, almost childlike enthusiasm; they nod along to everything you say.',
      zh: '客户流露出孩子般的兴奋，你说一句他点一下头。',
    },
    whatToDo: {
      en: 'Stop presenting — more features now only add risk. Ask for the decision while the enthusiasm lasts.',
      zh: '停止介绍——这时候再讲功能只会节外生枝。趁热提出成交。',
    },
  },
  {
    id: 'talker-gets-specific',
    kind: 'verbal',
    description: {
      en: 'A customer who has been chatting broadly switches to specific questions and joins the discussion actively.',
      zh: '一直海阔天空聊天的客户，开始问具体问题，主动参与讨论。',
    },
    whatToDo: {
      en: 'Answer briefly and precisely, then test: “If that works for you, shall we put it in the agreement?”',
      zh: '简洁准确地回答，然后试探一下：“如果这样没问题，我们就把它写进合同？”',
    },
  },
  {
    id: 'quiet-one-asks-payment',
    kind: 'verbal',
    description: {
      en: 'A customer who has mostly listened in silence asks how payment would work.',
      zh: '一直不怎么说话的客户，突然问起怎么付款。',
    },
    whatToDo: {
      en: 'Treat it as a buying question: explain the payment options clearly and ask which suits them.',
      zh: '这是明确的成交信号：把付款方式讲清楚，问他哪种更方便。',
    },
  },
  {
    id: 'puzzled-look',
    kind: 'facial',
    description: {
      en: 'Lowered eyes or a puzzled look while they think a point through.',
      zh: '客户垂下眼睛，或者露出困惑的神情，在琢磨某个问题。',
    },
    whatToDo: {
      en: 'Something is still unclear and the deal is close. Offer more detail or a short demonstration on exactly that point.',
      zh: '还有一点没想明白，但离成交已经不远了。针对这一点补充说明，或者做个简短的演示。',
    },
  },
  {
    id: 'moves-closer',
    kind: 'behavioural',
    description: {
      en: 'They pull their chair closer, or finally drink the water or tea you offered.',
      zh: '客户把椅子往前挪，或者终于端起你倒的茶水喝了。',
    },
    whatToDo: {
      en: 'Their guard is down. Keep the tone easy and move on to agreeing a concrete next step.',
      zh: '客户放下戒备了。保持轻松的语气，推进到具体的下一步。',
    },
  },
  {
    id: 'pins-down-price-terms',
    kind: 'verbal',
    description: {
      en: 'They try to pin down price and payment terms, compare your service with others’, and talk money seriously — even while saying “it’s not possible for now”.',
      zh: '客户开始敲定价格和付款条件，拿你的服务跟别家比，认真谈钱——哪怕嘴上还说“暂时不行”。',
    },
    whatToDo: {
      en: '“Not for now” is negotiating, not refusing. Work through the terms one at a time and trade every concession.',
      zh: '“暂时不行”是在谈条件，不是拒绝。逐条谈条款，每一项让步都要换回点什么。',
    },
  },
];

export const CLOSING_PITFALLS: ClosingPitfall[] = [
  {
    id: 'visible-nerves',
    text: {
      en: 'Showing nerves — speaking faster, fumbling with the contract. The customer starts wondering what they have missed.',
      zh: '显得紧张——语速变快、手忙脚乱地翻合同。客户会怀疑自己是不是漏看了什么。',
    },
  },
  {
    id: 'talking-too-much',
    text: {
      en: 'Talking too much. Once you have asked for the decision, stop and wait; every extra sentence is a chance for a new objection.',
      zh: '话太多。提出成交后就闭嘴等待；多说一句，就多一个引出新异议的机会。',
    },
  },
  {
    id: 'showing-excitement',
    text: {
      en: 'Showing excitement or relief. The customer may feel they gave away too much.',
      zh: '流露出兴奋或者如释重负。客户会觉得自己是不是让得太多了。',
    },
  },
  {
    id: 'negative-statements',
    text: {
      en: 'Saying anything negative — about competitors, about your own company’s processes, or “I hope nothing goes wrong”.',
      zh: '说消极的话——不管是说竞争对手、抱怨自己公司的流程，还是“希望别出什么问题”。',
    },
  },
  {
    id: 'lingering-after-signing',
    text: {
      en: 'Lingering after the signature. Thank them, confirm the next step and leave; staying on invites second thoughts.',
      zh: '签完字还迟迟不走。道谢、确认下一步安排，然后告辞；待久了容易让客户反悔。',
    },
  },
];

export const CLOSING_METHODS: ClosingMethod[] = [
  {
    id: 'direct',
    name: { en: 'Direct close', zh: '直接成交法' },
    howTo: {
      en: 'When the signals are clear, ask for the decision plainly: confirm the key details, then arrange signature and payment.',
      zh: '成交信号明确时，直截了当地提出成交：确认关键细节，然后安排签约和付款。',
    },
    example: {
      en: '“So: 36 months at 5,100 a month, installation on the 15th. Shall I send the contract over for signature today?”',
      zh: '“我们确认一下：36个月，每月5100，15号安装。我今天就把合同发给您签字？”',
    },
  },
  {
    id: 'alternative-choice',
    name: { en: 'Alternative choice', zh: '选择成交法' },
    howTo: {
      en: 'Offer two or three options you are happy with and ask which they prefer; any answer is a yes.',
      zh: '给出两三个你都能接受的选项，请客户挑一个；不管选哪个，都是成交。',
    },
    example: {
      en: '“Would you rather start with head office in May, or bring all three sites live together in June?”',
      zh: '“您看是5月先上总部，还是6月三个地方一起上？”',
    },
  },
  {
    id: 'incentive',
    name: { en: 'Incentive close', zh: '优惠成交法' },
    howTo: {
      en: 'Offer a specific, genuine extra for deciding now — one you can afford, tied to the decision and not to more haggling.',
      zh: '为“现在决定”提供一项具体、真实的额外好处——你给得起，而且只跟成交挂钩，不是再砍价的起点。',
    },
    example: {
      en: '“If we sign this month, the first month’s service fee is waived and we train your two administrators on site.”',
      zh: '“这个月签的话，首月服务费免收，还派人上门培训您的两名管理员。”',
    },
  },
  {
    id: 'assumptive',
    name: { en: 'Assumptive close', zh: '假定成交法' },
    howTo: {
      en: 'When the signals are strong, talk as if the decision were made and move to practical arrangements; if they are not ready, they will correct you.',
      zh: '成交信号很强时，以已经成交的口吻直接谈落实安排；如果客户还没准备好，他自然会纠正你。',
    },
    example: {
      en: '“Who on your side should our engineer contact to schedule the site survey?”',
      zh: '“现场勘测的时候，我们的工程师跟您那边哪位对接？”',
    },
  },
];
