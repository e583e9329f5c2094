// The complaint-handling guide: principles, what each handling step means, what never to say, and handing over.
import type { ComplaintStep } from '../domain/complaints/complaint';
import type { LocalizedText } from './types';

export type ComplaintStepGuide = { step: ComplaintStep; name: LocalizedText; how: LocalizedText };

/** The checklist a complaint is handled by, in order; each step is ticked with its time. */
export const COMPLAINT_STEP_GUIDE: readonly ComplaintStepGuide[] = [
  {
    step: 'listen',
    name: { en: 'Listen to the end without interrupting', zh: '让客户把话说完，不打断' },
    how: {
      en: 'Let them tell the whole story before you say anything. Take notes; the first version is rarely all of it.',
      zh: '先别急着解释，让客户一口气讲完，边听边记。第一遍说的往往还不是全部。',
    },
  },
  {
    step: 'acknowledge',
    name: { en: 'Acknowledge the feeling', zh: '先接住情绪' },
    how: {
      en: 'Say back how this has affected them ("you were left without a line during month-end, that is serious").',
      zh: '把客户的感受说出来：“月底结账时断线，确实耽误大事了。”先认同感受，再谈事实。',
    },
  },
  {
    step: 'apologise',
    name: { en: 'Apologise for the trouble', zh: '为给客户添的麻烦道歉' },
    how: {
      en: 'Apologise for the inconvenience without blaming a colleague, another department or the customer.',
      zh: '为给客户带来的不便真诚道歉，不推给同事、别的部门，更不怪客户。',
    },
  },
  {
    step: 'clarify',
    name: { en: 'Clarify the facts', zh: '把事实问清楚' },
    how: {
      en: 'Ask open questions: what happened, when, who was involved, what it cost them. Confirm your summary with them.',
      zh: '用开放式问题问清：什么时候、发生了什么、涉及谁、造成了什么损失。复述一遍，请客户确认。',
    },
  },
  {
    step: 'agree-remedy',
    name: { en: 'Agree a remedy they accept', zh: '商定客户认可的解决办法' },
    how: {
      en: 'Ask what would put it right for them, offer what you can within your authority, and agree the date.',
      zh: '先问客户希望怎么解决，在自己的权限内给出方案，并约定完成时间。',
    },
  },
  {
    step: 'act',
    name: { en: 'Act on it', zh: '马上落实' },
    how: {
      en: 'Do what you promised, fast, and keep them posted if anything slips.',
      zh: '说到做到，越快越好；如有延误，主动告知进展。',
    },
  },
  {
    step: 'follow-up',
    name: { en: 'Follow up and confirm', zh: '回访确认' },
    how: {
      en: 'Call back once it is done and ask whether they are satisfied. Only then is the case closed; record what to improve.',
      zh: '处理完后回访，问客户是否满意，满意了才算结案；把教训记下来，避免再犯。',
    },
  },
];

export type ComplaintGuide = {
  principles: LocalizedText[];
  neverSay: LocalizedText[];
  handOver: LocalizedText[];
};

export const COMPLAINT_GUIDE: ComplaintGuide = {
  principles: [
    {
      en: 'A complaint is a gift: most unhappy customers never say anything and simply leave, telling others on the way.',
      zh: '客户肯投诉是给你机会：多数不满意的客户一声不吭就走了，还会告诉身边的人。',
    },
    {
      en: 'Calm the person first, then solve the problem. Nobody hears a solution while they still feel unheard.',
      zh: '先处理心情，再处理事情。客户觉得没被听见时，什么方案都听不进去。',
    },
    {
      en: 'Own it: you speak for the whole company, so never blame your colleagues or the customer.',
      zh: '你代表的是整个公司：不推诿，不埋怨同事，也不指责客户。',
    },
    {
      en: 'Be fast and keep your word. Promise only what you can deliver, and deliver it by the date you gave.',
      zh: '快速响应，言出必行：只承诺做得到的事，并按约定的时间兑现。',
    },
  ],
  neverSay: [
    { en: '"That’s not my department."', zh: '“这不归我管。”' },
    { en: '"Nobody else has ever complained about this."', zh: '“别的客户从来没提过这个问题。”' },
    { en: '"You must have used it wrongly."', zh: '“肯定是您操作不当。”' },
    { en: '"Calm down."', zh: '“您先冷静一下。”' },
    { en: '"That’s company policy, there is nothing I can do."', zh: '“公司规定就是这样，我也没办法。”' },
  ],
  handOver: [
    {
      en: 'Hand over when the remedy is beyond your authority, the customer asks for it, or the case is serious (a regulator, a large loss).',
      zh: '超出自己权限、客户明确要求，或事情严重（涉及监管、损失较大）时，请上级出面。',
    },
    {
      en: 'Brief your superior fully first, so the customer never has to tell the story twice.',
      zh: '交接前先把来龙去脉向上级讲清楚，别让客户再从头说一遍。',
    },
    {
      en: 'Introduce the superior by name and role, stay in the conversation, and say who will call them and when.',
      zh: '当面介绍上级的姓名和职务，自己留在场，并告诉客户接下来由谁、在什么时候联系他。',
    },
  ],
};
