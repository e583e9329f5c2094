// The objection-handling techniques and price strategies that objection cards recommend by id.
import type { Technique } from './types';

export const TECHNIQUES: Technique[] = [
  {
    id: 'ignore',
    name: { en: 'Ignore (let it pass)', zh: '一笑带过（忽视法）' },
    whenToUse: {
      en: 'A passing remark or a bit of venting that does not block the deal — a joke about bank fees, a grumble about the traffic. Acknowledge it with a smile and bring the talk back to what matters.',
      zh: '客户只是随口一说或者发发牢骚，并不影响成交，比如抱怨一句手续费、吐槽一下堵车。笑着应一声，把话题带回正事。',
    },
    whenNotToUse: {
      en: 'When the customer raises the same point a second time, or it touches money, risk or their own authority — then it is a real concern and needs an answer.',
      zh: '同一个问题客户提了第二次，或者涉及钱、风险、他本人的决策权时，那就是真正的顾虑，必须正面回应。',
    },
    example: {
      en: 'Customer: “Parking at your branch is a nightmare.” — “It really is; next time I’ll come to you. Now, about the cash pooling you mentioned…”',
      zh: '客户：“你们支行的停车场太难停了。”——“确实，下次我上门拜访您。说回您刚才提到的资金归集……”',
    },
    risk: {
      en: 'Misjudge the remark and the customer feels unheard. If in doubt, answer it in one sentence rather than skip it.',
      zh: '判断失误的话，客户会觉得你没在听。拿不准时，宁可用一句话简短回应，也不要直接略过。',
    },
  },
  {
    id: 'compensation',
    name: { en: 'Compensation', zh: '补偿法' },
    whenToUse: {
      en: 'The objection is true and you cannot remove it — a slightly higher rate, a longer lead time, a missing feature. Admit it plainly, then set against it a benefit that matters more to this customer.',
      zh: '客户说的是事实，短期内也改变不了，比如利率略高、交期偏长、少一个功能。坦率承认，再用对这位客户更重要的好处来弥补。',
    },
    whenNotToUse: {
      en: 'When the point is factually wrong (correct it instead), or when the weakness is exactly what the customer cares about most — no benefit offsets a deal-breaker.',
      zh: '客户的说法本身有误时（应该澄清）；或者这个短板恰恰是客户最看重的——致命伤是补不回来的。',
    },
    example: {
      en: '“Yes, our rate is 20 basis points above the other bank’s. What that buys you is approval in five working days, and a limit we can raise before your peak season rather than after it.”',
      zh: '“没错，我们的利率比那家银行高20个基点。但审批五个工作日就能下来，旺季之前就能把额度给您提上去，而不是旺季过了才批。”',
    },
    risk: null,
  },
  {
    id: 'tai-chi',
    name: { en: 'Tai-chi (“yes, and”)', zh: '太极法' },
    whenToUse: {
      en: 'The customer’s reason for saying no can become the reason for saying yes: “we’re too small for this”, “we’re too busy to switch”. Agree with the premise, then use its force to turn it around.',
      zh: '客户拒绝的理由，正好可以变成购买的理由，比如“我们规模太小用不上”“现在太忙没空换”。先顺着对方的话认同前提，再借力把它转过来。',
    },
    whenNotToUse: {
      en: 'When the customer is upset or the issue is serious; a clever turn then sounds glib and makes them feel handled.',
      zh: '客户正在气头上，或者问题很严肃时不要用，太巧的转折会显得油滑，让人觉得被“套路”了。',
    },
    example: {
      en: '“It’s precisely because your team is this busy that it makes sense for our engineers to do the migration in two days — your people won’t have to touch it.”',
      zh: '“正因为您的团队这么忙，才更需要我们的工程师两天内把迁移做完，您的人完全不用插手。”',
    },
    risk: null,
  },
  {
    id: 'yes-but',
    name: { en: 'Yes… but', zh: '“是的，不过……”' },
    whenToUse: {
      en: 'The customer has a point, but only part of the picture. Accept what is right in it first, then add the fact or angle they are missing.',
      zh: '客户说得有道理，但不全面。先肯定其中对的部分，再补上他没看到的事实或角度。',
    },
    whenNotToUse: {
      en: 'With sensitive customers the “but” wipes out the agreement before it; bring the new fact as an addition (“and also…”), or use tai-chi instead.',
      zh: '对方比较敏感时，一个“但是”会让前面的认同全部作废；这时把新信息当作补充（“同时……”）来讲，或者改用太极法。',
    },
    example: {
      en: '“You’re right that the licence costs more than the open-source option. But once you count the two engineers needed to maintain that option, the three-year cost comes out about the same.”',
      zh: '“您说得对，授权费确实比开源方案贵。但是把维护开源方案需要的两名工程师算进去，三年总成本其实差不多。”',
    },
    risk: null,
  },
  {
    id: 'inquiry',
    name: { en: 'Inquiry (ask why)', zh: '询问法' },
    whenToUse: {
      en: 'The objection is vague (“it’s not quite right for us”) or you suspect a hidden one. Ask why, calmly and with real curiosity, until you reach the concern that actually decides.',
      zh: '异议说得很模糊（“感觉不太适合我们”），或者怀疑背后还有隐藏的异议。心平气和、真诚地追问原因，直到找到真正起决定作用的那个顾虑。',
    },
    whenNotToUse: {
      en: 'When the answer is already clear, or after two or three rounds of questions — beyond that it starts to feel like an interrogation.',
      zh: '答案其实已经清楚了，或者已经追问了两三轮——再问下去就像在审问。',
    },
    example: {
      en: '“When you say it isn’t right for you, is it the contract length, the integration work, or something about us?”',
      zh: '“您说不太合适，主要是合同期限的问题、系统对接的工作量，还是对我们有什么顾虑？”',
    },
    risk: null,
  },
  {
    id: 'example',
    name: { en: 'Example / case', zh: '举例法' },
    whenToUse: {
      en: 'The doubt is whether it works for a company like theirs. A comparable customer — named with permission, or well described — and one number beats any argument.',
      zh: '客户怀疑“对我们这样的企业有没有用”。举一个同行业、同规模的真实案例（征得同意后可以点名），再加一个具体数字，比讲道理管用。',
    },
    whenNotToUse: {
      en: 'When the case is not comparable (different size, industry or problem) or you cannot back it up; one story that does not check out ruins your credibility.',
      zh: '案例跟客户情况不可比（规模、行业、问题都不同），或者你拿不出证据时不要用——一个经不起核实的故事会毁掉你的可信度。',
    },
    example: {
      en: '“A 300-person auto-parts supplier in Ningbo had the same worry. Since moving to our dedicated line, their order system has gone from four outages a quarter to none in the last twelve months.”',
      zh: '“宁波一家300人的汽配企业当时也有同样的担心。换成我们的专线以后，他们的订单系统从每季度断线四次，到最近一年一次都没断过。”',
    },
    risk: null,
  },
  {
    id: 'echo',
    name: { en: 'Echo', zh: '回音法' },
    whenToUse: {
      en: 'A strong or emotional statement (“this is ridiculous”). Repeat the key words back as a question; hearing themselves, customers usually restate it as something you can work with.',
      zh: '客户说了一句情绪化或者很绝对的话（“这也太离谱了”）。用疑问的语气把关键词复述一遍，客户听到自己的话，通常会换成一个更具体、更好处理的说法。',
    },
    whenNotToUse: {
      en: 'More than once in a conversation, or in a mocking tone — then it sounds like parroting.',
      zh: '一次谈话里不要反复用，也不要带调侃的语气，否则就成了鹦鹉学舌。',
    },
    example: {
      en: 'Customer: “This is ridiculous.” — “Ridiculous?” — “Well… it’s more than we planned for this quarter.” Now it is a question of budget timing, not of value.',
      zh: '客户：“这也太离谱了。”——“太离谱了？”——“嗯……就是比我们这个季度计划的多。”问题就从价值变成了预算时间。',
    },
    risk: null,
  },
  {
    id: 'redirect-to-material',
    name: { en: 'Redirect to material', zh: '拿资料说话' },
    whenToUse: {
      en: 'The doubt is factual — uptime, quality, licences, references. Put a document, test report, sample or live dashboard in front of them and let it do the talking.',
      zh: '顾虑在事实层面——稳定性、质量、资质、客户口碑。把文件、检测报告、样品或者实时数据看板摆到客户面前，让资料说话。',
    },
    whenNotToUse: {
      en: 'When the objection is emotional or about trust in you personally; a pile of brochures then reads as dodging.',
      zh: '异议是情绪上的，或者是对你本人不信任时，递上一堆宣传册会显得在回避问题。',
    },
    example: {
      en: '“Rather than take my word for it, here is last year’s SLA report for the Suzhou industrial park: 99.97% availability, with every incident and its fix listed.”',
      zh: '“您不用光听我说，这是我们苏州工业园区去年的SLA报告：可用率99.97%，每一次故障和处理经过都列在上面。”',
    },
    risk: null,
  },
  {
    id: 'direct-denial',
    name: { en: 'Direct denial', zh: '否定法' },
    whenToUse: {
      en: 'The customer states something factually wrong that would kill the deal — a rumour about your bank, a misremembered fee. Correct it clearly, with evidence and without triumph.',
      zh: '客户说的明显是错误信息，而且会直接影响成交，比如关于我行的传言、记错的收费。明确、有依据地纠正，但不要得理不饶人。',
    },
    whenNotToUse: {
      en: 'For opinions and matters of taste, and never to correct a senior person in front of their team — being proved wrong in public costs face.',
      zh: '对方表达的是观点或个人喜好时不要用；更不要当着下属的面纠正领导——当众被证明说错了，面子上挂不住。',
    },
    example: {
      en: '“I can see why that would worry you, but it isn’t the case: the fee you saw was for the old package. Here is the current schedule — there is no annual fee on this account.”',
      zh: '“理解您的担心，不过情况不是这样的：您看到的是旧套餐的收费。这是现行的收费标准，这个账户没有年费。”',
    },
    risk: {
      en: 'Use sparingly and only on facts. Even when you are right, a flat contradiction can push the customer to defend their position instead of rethinking it.',
      zh: '慎用，而且只用于事实问题。就算你是对的，生硬的反驳也可能让客户为了面子坚持原来的说法。',
    },
  },
  {
    id: 'question-back',
    name: { en: 'Question back', zh: '以问代答' },
    whenToUse: {
      en: 'A question that would force a premature commitment (“can you do 15% off?”) or a concession before you know what you get for it. Reply with a related question that brings out what they want, and come back to the commitment later.',
      zh: '客户的问题会逼你过早表态（“能不能打八五折？”），或者让你在不知道能换来什么之前就让步。用一个相关的问题回应，先弄清客户要什么，承诺的事放到后面再谈。',
    },
    whenNotToUse: {
      en: 'When a straight answer is simply owed — delivery dates, contract terms, fees. Dodging factual questions erodes trust.',
      zh: '对方问的是交期、合同条款、收费这类理应直接回答的事实问题时，绕着走只会损害信任。',
    },
    example: {
      en: '“Before we talk percentages: if the price worked for you, would you go for the two-year or the three-year term?”',
      zh: '“先不说折扣——如果价格合适，您倾向签两年还是三年？”',
    },
    risk: null,
  },
  {
    id: 'defer',
    name: { en: 'Defer to next time', zh: '下次再议' },
    whenToUse: {
      en: 'The question is beyond your authority, needs data you do not have, or the customer is tired. Agree when and how you will come back, and ask plainly what still fails to satisfy them.',
      zh: '问题超出你的权限、需要你手头没有的数据，或者客户已经疲了。约好什么时候、以什么方式答复，同时坦率地问清楚还有哪一点没让他满意。',
    },
    whenNotToUse: {
      en: 'When the objection blocks the next step and you can answer it now; putting it off then looks like you have no answer.',
      zh: '这个异议正卡着下一步，而你当场就能回答时，不要往后拖——否则看起来像是答不上来。',
    },
    example: {
      en: '“Pricing for cross-border settlement needs head-office sign-off; you’ll have a written answer from me on Thursday. Apart from that, is anything still unclear?”',
      zh: '“跨境结算的价格需要总行审批，我周四给您书面答复。除此之外，还有哪一点您觉得没说清楚的？”',
    },
    risk: null,
  },
  {
    id: 'trade-scope',
    name: { en: 'Trade scope, not price', zh: '调方案，不降价' },
    whenToUse: {
      en: 'The customer wants the result but the total exceeds the budget. Keep your unit price and change what is in the offer: fewer modules, a phased roll-out, standard instead of premium support.',
      zh: '客户想要效果，但总价超出预算。单价不动，调整方案内容：少几个模块、分期上线、把高级支持换成标准支持。',
    },
    whenNotToUse: {
      en: 'When cutting scope would make the project fail; a cheaper version that does not work hurts you both.',
      zh: '砍掉的部分会让项目失败时不要用；便宜却用不起来的方案，对双方都没有好处。',
    },
    example: {
      en: '“If rolling out 500 seats at once is over budget, let’s start with the 120 sales seats at the same per-seat price and add the service team in the next budget year.”',
      zh: '“500个账号一次上线超预算的话，我们先上销售部门的120个账号，单价不变，客服团队放到下个预算年度再加。”',
    },
    risk: null,
  },
  {
    id: 'give-get',
    name: { en: 'Give and get (no free concessions)', zh: '让一步，换一步' },
    whenToUse: {
      en: 'Every time you consider a concession. Tie it to something of value in return: a longer term, more volume, faster payment, a reference, a signing date.',
      zh: '每次考虑让步时都要用。让步一定要换回有价值的东西：更长的合同期、更大的量、更快的回款、同意做案例、明确的签约日期。',
    },
    whenNotToUse: {
      en: 'There is no case for skipping it; just do not ask for trifles that make you look petty — ask for something that matters to your side.',
      zh: '没有不该用的时候；只是不要索要无关紧要的小东西，显得小气——要换就换对你方真正有价值的。',
    },
    example: {
      en: '“I can waive the set-up fee if we sign for three years and you pay annually in advance.”',
      zh: '“如果签三年、按年预付，初装费我可以帮您免掉。”',
    },
    risk: null,
  },
  {
    id: 'comparison',
    name: { en: 'Comparison', zh: '比较法' },
    whenToUse: {
      en: '“Too expensive” with no reference point. Compare with a similar product of the same class, or with what the same money buys elsewhere, so the price has a frame.',
      zh: '客户说“太贵”，但心里没有参照。拿同档次的同类产品比，或者看同样的钱在别处能买到什么，给价格找一个参照系。',
    },
    whenNotToUse: {
      en: 'When the product you compare with is clearly better at something the customer values — they will notice and the comparison backfires.',
      zh: '拿来比较的产品在客户看重的方面明显更好时不要用——客户一眼就能看出来，反而适得其反。',
    },
    example: {
      en: '“Of the three enterprise firewalls on your shortlist, ours sits in the middle on price and is the only one with on-site replacement within four hours.”',
      zh: '“您候选名单上的三款企业级防火墙里，我们价格居中，却是唯一承诺四小时上门更换的。”',
    },
    risk: null,
  },
  {
    id: 'break-down',
    name: { en: 'Break it down', zh: '拆分法（化整为零）' },
    whenToUse: {
      en: 'A large total frightens the buyer. Divide it per month, per user, per transaction or per unit produced, and set that beside what it saves or earns.',
      zh: '总价一大，客户就被吓住了。把它拆成每月、每人、每笔交易或每件产品的成本，再和它能省下或带来的钱放在一起看。',
    },
    whenNotToUse: {
      en: 'When the blocker is the absolute amount in a budget line — a small monthly figure does not help a buyer who must get the full contract value approved.',
      zh: '客户卡在预算总额上时，拆成每月多少没有用——他要报批的是合同总额。',
    },
    example: {
      en: '“360,000 over three years for 80 users is 10,000 a month — under 6 yuan per person per working day.”',
      zh: '“三年36万，80个人用，每月一万，折下来每人每个工作日不到6块钱。”',
    },
    risk: null,
  },
  {
    id: 'appeal-to-standards',
    name: { en: 'Appeal to standards', zh: '用客观标准说话' },
    whenToUse: {
      en: 'Price is being fought as will against will. Bring in a standard neither side controls — market rates, published tariffs, industry practice, earlier agreed terms — or the buying criteria the customer stated, so agreeing does not feel like losing.',
      zh: '双方在价格上各执一词、比拼意志时，引入一个双方都左右不了的标准——市场价格、公开资费、行业惯例、以往谈成的条件——或者客户自己说过的选择标准，让对方接受时不觉得自己输了。',
    },
    whenNotToUse: {
      en: 'When the standard favours the other side and you are hoping they will not check — they will.',
      zh: '这个标准其实对对方更有利、你只是指望他不去核实时，别用——他一定会去核实。',
    },
    example: {
      en: '“Our offer is LPR plus 35 basis points — the range comparable manufacturers with your credit rating are paying in this province, and the same spread we agreed on your last facility.”',
      zh: '“我们给的是LPR加35个基点——省内信用评级相当的制造企业基本在这个区间，也和您上一笔授信谈定的加点一致。”',
    },
    risk: null,
  },
  {
    id: 'gain-and-loss',
    name: { en: 'Gain and loss', zh: '得失法' },
    whenToUse: {
      en: '“Can you make it cheaper?” Show what a lower price would cost them later — lighter service, a shorter warranty, a cheaper component — so they weigh the saving against the loss.',
      zh: '客户问“能不能再便宜点”时，讲清楚价格低了以后要付出什么——服务缩水、保修变短、用料降级，让客户自己掂量省下的和失去的。',
    },
    whenNotToUse: {
      en: 'When it comes across as a threat (“cut the price and you’ll get worse service”); frame it as a choice between two honest versions.',
      zh: '听起来像威胁时（“降价就降服务”）不要这么说；要把它讲成两个实在方案之间的选择。',
    },
    example: {
      en: '“I can come down 8%, but support then moves from four-hour response to next business day. Your tills run on this line — is that a trade you’d make?”',
      zh: '“价格可以再降8%，但支持就从4小时响应变成次日响应。您门店的收银系统就跑在这条线上，这个交换您愿意吗？”',
    },
    risk: null,
  },
  {
    id: 'bottom-line',
    name: { en: 'Bottom line', zh: '底线法' },
    whenToUse: {
      en: 'You really have reached your floor and further haggling wastes both sides’ time. Say so once, calmly, give the reason, and move the talk to terms other than price.',
      zh: '确实已经到了底价，再磨下去浪费双方时间。平静地说一次，讲明原因，然后把话题转到价格以外的条件上。',
    },
    whenNotToUse: {
      en: 'When it is not true — that is a bluff (see “False floor price”). And not at the start: a floor announced at the first meeting is not believed.',
      zh: '不是真底价就不要说——那是虚张声势（见“虚报底价”）。也不要一开始就亮底线，第一次见面就说到底了，对方不会信。',
    },
    example: {
      en: '“This is as low as I can go: at this rate the loan only just covers our funding cost and capital charge. Where I do still have room is the repayment schedule.”',
      zh: '“这已经是我能给的最低价了，这个利率刚好覆盖我们的资金成本和资本占用。还有空间的是还款安排，这块我们可以再商量。”',
    },
    risk: null,
  },
  {
    id: 'honesty',
    name: { en: 'Honesty', zh: '坦诚法' },
    whenToUse: {
      en: 'The customer wants top quality and the lowest price at once. Say frankly that no serious vendor offers both, and ask which matters more to them.',
      zh: '客户既要最好的质量，又要最低的价格。坦率地讲，正规厂商没有谁能同时做到，再请客户说说哪一个对他更重要。',
    },
    whenNotToUse: {
      en: 'When it turns into a lecture; keep it warm and short, and follow it with a question.',
      zh: '说成说教就不好了；语气要诚恳、话要简短，说完接一个问题。',
    },
    example: {
      en: '“To be straight with you: nobody can give you a carrier-grade network at the lowest price on the market. If cost comes first, I’ll show you our standard tier; if uptime does, this is the one.”',
      zh: '“跟您说句实在话：运营商级的网络质量，不可能是市场最低价。如果您更看重成本，我给您介绍标准版；如果更看重稳定性，就是现在这个方案。”',
    },
    risk: null,
  },
  {
    id: 'side-by-side-analysis',
    name: { en: 'Side-by-side analysis', zh: '对比分析法' },
    whenToUse: {
      en: '“Others quote less.” Put both offers in one table — quality, delivery, after-sales, contract terms, total price — so the customer compares like with like.',
      zh: '客户说“别家报价更低”。把两家的报价放进同一张表——质量、交付、售后、合同条款、总价——让客户按同一口径比较。',
    },
    whenNotToUse: {
      en: 'When you do not know the competing offer well enough; guesses in a table look like distortion. Ask to see the quote first.',
      zh: '你对竞争对手的报价了解不够时不要用；表格里填的是猜测，看起来就像在歪曲事实。先请客户让你看看报价。',
    },
    example: {
      en: '“Let’s put the two quotes side by side: theirs excludes installation, has a one-year warranty and a 60-day lead time; ours includes installation, three years’ warranty, 21 days.”',
      zh: '“我们把两份报价并排看一下：他们不含安装、保修一年、交期60天；我们含安装、保修三年、交期21天。”',
    },
    risk: null,
  },
  {
    id: 'hidden-cost-contrast',
    name: { en: 'Contrast the real cost', zh: '算清隐性成本' },
    whenToUse: {
      en: 'The cheaper offer hides costs that arrive later — integration, training, downtime, consumables, exit fees. Spell them out with numbers.',
      zh: '便宜的报价里藏着后面才冒出来的成本——系统对接、培训、停机、耗材、提前解约费。把这些一项项算出来。',
    },
    whenNotToUse: {
      en: 'When you would have to guess at costs you cannot show, or run the competitor down; stick to items the customer can verify.',
      zh: '需要靠猜测、拿不出依据，或者变成贬低对手时不要用；只讲客户能核实的项目。',
    },
    example: {
      en: '“Their printer is 15,000 cheaper, but at your volume their toner costs 0.12 yuan a page against our 0.05. At 40,000 pages a month, the gap eats the saving in under six months.”',
      zh: '“他们的打印机便宜一万五，但按您的用量，他们每页耗材0.12元，我们是0.05元。每月四万页，不到六个月差价就被耗材吃掉了。”',
    },
    risk: null,
  },
  {
    id: 'risk-reminder',
    name: { en: 'Risk reminder', zh: '风险提醒法' },
    whenToUse: {
      en: 'The customer leans towards the cheapest offer for something business-critical. Remind them, factually, what a failure would cost and who would have to answer for it.',
      zh: '在关键业务上，客户倾向于选最便宜的。实事求是地提醒：万一出问题，损失有多大，由谁来担责。',
    },
    whenNotToUse: {
      en: 'To frighten them with exaggerated risks; scare tactics backfire the moment the customer checks.',
      zh: '不要夸大风险来吓唬客户；客户一核实，恐吓就会适得其反。',
    },
    example: {
      en: '“If the payroll system goes down on the 10th, who answers to 2,000 employees? Our contract puts a penalty on us for that; theirs caps liability at one month’s fee.”',
      zh: '“如果10号发工资时系统宕机，2000名员工那边谁来交代？我们的合同对此有违约赔偿，他们的合同赔偿上限只有一个月的服务费。”',
    },
    risk: null,
  },
  {
    id: 'investment-view',
    name: { en: 'Investment view', zh: '算投资回报' },
    whenToUse: {
      en: '“Is it really worth that much?” Present the price as an investment whose return builds up over the years of use — payback period, savings per year.',
      zh: '客户问“真值这个价吗”时，把价格当成一笔投资来讲，价值在使用过程中逐步体现——多久回本、每年省多少。',
    },
    whenNotToUse: {
      en: 'When you cannot give a credible payback figure; a vague “it pays for itself” is worse than saying nothing.',
      zh: '拿不出可信的回本数据时不要用；空泛地说“很快就能回本”，还不如不说。',
    },
    example: {
      en: '“The energy-management system costs 280,000 and cuts your power bill by about 12,000 a month: it pays back in under two years and runs for ten.”',
      zh: '“能源管理系统投入28万，每月能省一万二左右的电费，不到两年回本，能用十年。”',
    },
    risk: null,
  },
  {
    id: 'affirm-judgement',
    name: { en: 'Affirm their judgement', zh: '肯定客户的判断' },
    whenToUse: {
      en: 'The customer doubts their own choice. Confirm that the criteria they used are sound, and that this choice follows from them.',
      zh: '客户对自己的选择心里没底。肯定他用来判断的标准是对的，而这个选择正是从这些标准得出来的。',
    },
    whenNotToUse: {
      en: 'As empty flattery; the praise has to point to something specific the customer said or did.',
      zh: '不要变成空洞的恭维；肯定的必须是客户具体说过或做过的事。',
    },
    example: {
      en: '“You opened by asking about disaster recovery, not price — that is how companies that never lose data buy. This plan is the one that passes that test.”',
      zh: '“您一开始问的是容灾，而不是价格——从不丢数据的企业都是这么选的。这个方案正好经得起这个检验。”',
    },
    risk: null,
  },
  {
    id: 'assumptive',
    name: { en: 'Assumptive (gain now, lose by waiting)', zh: '假设法' },
    whenToUse: {
      en: '“I need to think about it” when the need is clear. Talk as if the decision is made, and show what they gain by deciding now and lose by waiting.',
      zh: '需求已经明确，客户却说“我再考虑考虑”。以已经决定的口吻来谈，讲清楚现在决定能得到什么，拖下去会失去什么。',
    },
    whenNotToUse: {
      en: 'When a real objection is still open — pressing on then feels pushy and drives the objection underground.',
      zh: '还有真实的异议没解决时不要用——硬往前推会显得强势，异议也会被压到台面下。',
    },
    example: {
      en: '“If we book installation for the 15th, your new branch opens with the line live. Waiting until next month means a week on 4G dongles.”',
      zh: '“如果把安装排在15号，您新网点开业当天专线就能用；等到下个月的话，就得先靠4G上网卡撑一周。”',
    },
    risk: null,
  },
  {
    id: 'direct-question',
    name: { en: 'Direct question', zh: '直接提问法' },
    whenToUse: {
      en: 'You suspect one concrete blocker, often money. Ask about it directly and politely: “Is it the budget?”',
      zh: '你怀疑背后卡着某个具体问题，常常是钱。直接而礼貌地问出来：“是不是预算方面有困难？”',
    },
    whenNotToUse: {
      en: 'With people for whom such directness costs face, or in front of their colleagues; ask one to one.',
      zh: '对方是很要面子的人，或者当着他同事的面时不要这么问；找机会单独问。',
    },
    example: {
      en: '“May I ask directly — is it the amount itself, or the timing of the payment, that is difficult this quarter?”',
      zh: '“我冒昧直接问一句——是金额本身有困难，还是这个季度付款时间不合适？”',
    },
    risk: null,
  },
  {
    id: 'package-options',
    name: { en: 'Offer options', zh: '多给几个方案' },
    whenToUse: {
      en: 'A single price invites a yes-or-no and haggling. Put two or three packages at different prices and scopes on the table, so the customer chooses between your options instead of attacking one number.',
      zh: '只报一个价，客户只会在“要不要”和“砍多少”之间打转。拿出两三个价格和内容不同的方案，让客户在你的方案里挑，而不是盯着一个数字砍。',
    },
    whenNotToUse: {
      en: 'With more than three options (the decision stalls), or with an option you would not be happy to deliver.',
      zh: '方案超过三个（客户反而定不下来），或者其中有你自己都不愿意做的方案时，不要用。',
    },
    example: {
      en: '“Three ways to do it: 100M at 3,800 a month, 200M with a backup line at 5,600, or managed SD-WAN at 9,200. Most branches your size take the middle one.”',
      zh: '“有三种做法：100M每月3800；200M带备份线路每月5600；托管SD-WAN每月9200。跟您规模差不多的网点大多选中间这个。”',
    },
    risk: null,
  },
  {
    id: 'praise-standards',
    name: { en: 'Praise their standards', zh: '赞美客户的眼光' },
    whenToUse: {
      en: '“Too expensive” from a customer who cares about quality. Say sincerely that their high standards are exactly why this offer fits them, and that a cheaper one would fall below the bar they set themselves.',
      zh: '看重品质的客户嫌贵时，真诚地肯定他要求高、有眼光，而这个方案正是为这样的标准准备的；便宜的反而达不到他给自己定的要求。',
    },
    whenNotToUse: {
      en: 'When you have seen nothing specific to praise, or with analytical buyers who read any compliment as a sales trick.',
      zh: '你说不出具体值得称赞的地方时，或者面对把一切恭维都当成推销套路的分析型客户时，不要用。',
    },
    example: {
      en: '“You asked for 99.99% uptime in writing — most clients never think to. That bar is why this plan costs what it does; the cheaper ones don’t put it in the contract.”',
      zh: '“您要求把99.99%的可用率写进合同，很多客户根本想不到这一点。正因为标准这么高，这个方案才是这个价；便宜的那些不敢写进合同。”',
    },
    risk: {
      en: 'Praise that is not specific and true reads as flattery and costs trust. Never praise to cover a weak offer.',
      zh: '称赞不具体、不真实，就成了奉承，反而丢信任。不要拿赞美来掩盖方案的不足。',
    },
  },
  {
    id: 'steer-to-shortfall',
    name: { en: 'Steer to where the cheaper offer falls short', zh: '引向对手的短板' },
    whenToUse: {
      en: '“Others quote less.” Without running the competitor down, move the comparison to the points that matter to this customer and where the cheaper offer is weaker: service hours, response time, guarantees, total cost.',
      zh: '客户说“别家报价更低”时，不去贬低对手，而是把比较引到对这位客户最要紧、恰好是低价方案薄弱的地方：服务时段、响应时间、保障条款、总成本。',
    },
    whenNotToUse: {
      en: 'When you cannot back the shortfall with facts the customer can check, or when the competitor is actually stronger on what matters to them.',
      zh: '你拿不出客户能核实的事实，或者对手在客户看重的地方其实更强时，不要用。',
    },
    example: {
      en: '“Their quote is lower — worth asking them what response time they guarantee at night. Ours is four hours, in the contract, because your plant runs three shifts.”',
      zh: '“他们的报价确实低一些，您不妨问问他们夜间承诺多长时间响应。我们是四小时，写在合同里——因为您的工厂是三班倒。”',
    },
    risk: {
      en: 'Criticising a competitor directly makes you look petty and can invite a complaint; an unproven claim that the customer checks and finds false ends the deal.',
      zh: '直接攻击对手显得小气，还可能招来投诉；说了对手的短处却被客户一查不属实，这单生意就完了。',
    },
  },
  {
    id: 'rebuttal',
    name: { en: 'Rebuttal', zh: '据理反驳' },
    whenToUse: {
      en: 'The price objection rests on a wrong fact (a misread quote, an outdated market price, a like-for-unlike comparison). Correct it calmly with the evidence, then return to their interest.',
      zh: '客户的价格异议建立在错误的事实上（看错了报价、拿过时的行情、拿不同档次的东西比）。拿出证据平静地纠正，再回到客户关心的利益上。',
    },
    whenNotToUse: {
      en: 'Against an opinion or a feeling (“it feels expensive”), in front of their boss, or more than once in a meeting.',
      zh: '针对的是看法或感受（“感觉太贵”）时、当着客户上级的面时，或者一次会谈里已经用过一次时，不要用。',
    },
    example: {
      en: '“The 1,800 you saw is the monthly price without the backup line; with it, theirs is 2,600 — here are both quotes side by side.”',
      zh: '“您看到的1800是不含备份线路的月费；加上备份，他们是2600——两份报价我给您并排放在这儿。”',
    },
    risk: {
      en: 'Winning the argument can lose the customer: a rebuttal that costs them face turns a price objection into a personal one. Use it rarely and with proof in hand.',
      zh: '争赢了道理，可能丢了客户：让对方下不来台，价格异议就变成了个人情绪。少用，且手上要有凭据。',
    },
  },
  {
    id: 'false-floor-price',
    name: { en: 'False floor price', zh: '虚报底价' },
    whenToUse: {
      en: 'Listed mainly so you can recognise it: claiming a number is your absolute floor when it is not, to stop further haggling. You will hear it from suppliers and from buyers (“this is our final budget”).',
      zh: '列在这里主要是为了识别：明明还有空间，却声称这就是底价，好让对方别再砍。供应商和买方都会用（“这就是我们的最终预算”）。',
    },
    whenNotToUse: {
      en: 'With long-term customers, where prices are visible, or whenever you might move later — one bluff that is called makes every later “final price” worthless.',
      zh: '长期客户、价格透明的市场，或者你之后还可能让步时都不要用——被识破一次，以后你说的每个“最低价”都不值钱了。',
    },
    example: {
      en: 'Seller: “That’s the floor, I can’t move one yuan.” A week later the seller offers another 5%, and the buyer learns that every “floor” can be pushed. When someone says it to you, test it: “What would have to change for the price to move?”',
      zh: '卖方：“这是底价了，一分都不能少。”一周后又让了5%，买方从此知道所有“底价”都还能再砍。别人这么跟你说时，可以试探一句：“要有什么条件变化，价格才能动？”',
    },
    risk: {
      en: 'Risky to use and risky to trust. If the customer tests it and you move, your credibility is gone for this deal and the next; and a counterpart’s “final” figure may be a bluff too — weigh it against your own alternative instead of taking it at face value.',
      zh: '用起来有风险，听到了也别轻信。客户一试探你就松口，这一单和以后的信誉都没了；对方说的“最终价”也可能是虚报——拿它跟自己的替代方案比一比，不要照单全收。',
    },
  },
];
