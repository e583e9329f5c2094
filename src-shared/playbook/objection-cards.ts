// The objections account managers hear most, each with prepared answers: the core of the playbook and of rehearsal.
import type { ObjectionCard } from './types';

const NEED_CARDS: ObjectionCard[] = [
  {
    id: 'need-already-have-1',
    line: {
      en: 'We already have a bank for our loans; we don’t need another one.',
      zh: '我们贷款一直在别的银行做，不需要再多一家。',
    },
    type: 'need',
    natures: ['false', 'true'],
    situation: null,
    techniqueIds: ['inquiry', 'compensation', 'example'],
    modelAnswers: [
      {
        en: 'That makes sense — most companies your size have a main bank. If you could change one thing about how that relationship works today, what would it be?',
        zh: '理解，您这个规模的企业一般都有固定的主办行。冒昧问一句，如果现在的合作可以改一个地方，您最想改哪里？',
      },
      {
        en: 'I’m not suggesting you move. Several of our clients keep their main bank and hold a standby credit line with us, so a single approval committee never decides their cash flow. Would a back-up facility be worth twenty minutes?',
        zh: '我不是要您换银行。我们不少客户保留主办行，同时在我们这里备一条授信，这样资金周转就不用只看一家银行审批的脸色。花二十分钟了解一下备用授信，您看值不值得？',
      },
    ],
    trap: {
      en: 'Criticising their current bank: they chose it, so you are criticising their judgement.',
      zh: '贬低客户现在的合作银行——那是客户自己选的，你等于在否定他的眼光。',
    },
  },
  {
    id: 'need-already-have-2',
    line: {
      en: 'We already have business broadband and it works fine.',
      zh: '我们已经装了商务宽带，用得挺好的。',
    },
    type: 'need',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['inquiry', 'example', 'break-down'],
    modelAnswers: [
      {
        en: 'Glad to hear it. When it does drop — even for ten minutes — what happens to your order system and to the people on the phones?',
        zh: '能用就好。万一断网，哪怕十分钟，您的订单系统和接电话的同事会受什么影响？',
      },
      {
        en: 'Many of our enterprise customers started on broadband too. They moved to a dedicated line after one outage at month-end close cost more than a year of the price difference — which for you is about 1,500 a month.',
        zh: '我们很多企业客户一开始用的也是商务宽带，直到月底结账时断了一次网，损失比一年的差价还多，才换成专线。对您来说，差价大概每月1500元。',
      },
    ],
    trap: {
      en: 'Launching into a demo before you know whether there is any problem. If there truly is no need, thank them and leave the door open.',
      zh: '还没弄清客户有没有痛点就急着演示。如果确实没有需求，就礼貌道谢，给以后留个口子。',
    },
  },
  {
    id: 'need-no-need-1',
    line: {
      en: 'Honestly, we don’t see a need for a CRM right now.',
      zh: '说实话，我们现在看不出有上CRM的必要。',
    },
    type: 'need',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['inquiry', 'defer', 'example'],
    modelAnswers: [
      {
        en: 'Fair enough. How do your reps keep track of follow-ups today — and how would you know if a key account hadn’t been contacted for a month?',
        zh: '可以理解。那您的销售现在是怎么跟进客户的？如果某个大客户一个月没人联系，您能及时知道吗？',
      },
      {
        en: 'If there’s no need, I won’t push. May I come back after your half-year review? That’s usually when the gaps in the pipeline show.',
        zh: '如果确实没需要，我不勉强。等您半年度复盘之后我再来拜访一次可以吗？销售漏斗里的问题一般那时候最明显。',
      },
    ],
    trap: {
      en: 'Treating “no need” as a line to overcome. If two or three questions find no real problem, stop selling and note why.',
      zh: '把“不需要”当成必须攻克的话术。如果问了两三轮确实没有问题，就该停止推销，把原因记下来。',
    },
  },
  {
    id: 'need-fine-as-is-1',
    line: {
      en: 'Our reconciliation works — it’s a bit manual, but everyone’s used to it.',
      zh: '我们现在的对账流程也还行，就是手工多一点，大家都习惯了。',
    },
    type: 'need',
    natures: ['hidden', 'true'],
    situation: null,
    techniqueIds: ['inquiry', 'tai-chi', 'break-down'],
    modelAnswers: [
      {
        en: 'How many hours does “a bit manual” add up to in the finance team? If it’s two people for a day and a half at every month-end, that’s a real cost.',
        zh: '“手工多一点”，落到财务部大概是多少工时？如果每个月结账都要两个人忙一天半，这可是实打实的成本。',
      },
      {
        en: 'That everyone’s used to it says the team is capable. What would they do with those hours if reconciliation ran by itself overnight?',
        zh: '大家都习惯了，说明团队能力强。如果对账晚上自动跑完，省下来的时间他们可以用来做什么？',
      },
    ],
    trap: {
      en: 'Calling their process outdated. Let them name the cost of it in their own words.',
      zh: '说客户的流程“落后”。要让客户自己把代价说出来。',
    },
  },
  {
    id: 'need-too-small-1',
    line: {
      en: 'We’re too small for a system like this.',
      zh: '我们公司太小了，用不上这么大的系统。',
    },
    type: 'need',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['tai-chi', 'trade-scope', 'example'],
    modelAnswers: [
      {
        en: 'Precisely because you’re a team of thirty, nobody has time to chase spreadsheets — that’s why our small-business edition starts at ten users and goes live in a week.',
        zh: '正因为只有三十个人，谁都没空天天整理表格——所以我们的小企业版从10个账号起步，一周就能上线。',
      },
      {
        en: 'One of our customers, a 25-person distributor in Foshan, started with the order module only and added inventory a year later, when they opened a second warehouse.',
        zh: '我们有个客户是佛山一家25人的经销商，一开始只用订单模块，一年后开了第二个仓库，才加上库存模块。',
      },
    ],
    trap: {
      en: 'Pushing the full enterprise package on a small firm. An oversized solution becomes a failed project and a lost reference.',
      zh: '给小企业硬推全套企业版。方案过大，项目最后做不起来，还丢了一个案例客户。',
    },
  },
  {
    id: 'need-not-priority-1',
    line: {
      en: 'It’s not a priority this year; we have other projects on.',
      zh: '今年这个不是重点，我们手上还有别的项目。',
    },
    type: 'need',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['inquiry', 'tai-chi', 'defer'],
    modelAnswers: [
      {
        en: 'Which projects come first? If one of them is the new plant, its network and cameras have to be decided anyway — planning them together is usually cheaper.',
        zh: '排在前面的是哪些项目？如果其中有新厂区，那边的网络和监控迟早都要定，一起规划反而更省钱。',
      },
      {
        en: 'Understood. What would have to happen for this to move up the list — an outage, a new regulation, a cost target?',
        zh: '明白。那要出现什么情况，这件事才会排到前面——出一次故障、有新的监管要求，还是成本考核？',
      },
    ],
    trap: {
      en: 'Arguing that your project matters more than theirs. Connect yours to their priorities instead.',
      zh: '跟客户争论你的项目比他们的更重要。应该把你的方案和他们的重点挂上钩。',
    },
  },
  {
    id: 'need-in-house-1',
    line: {
      en: 'Our own IT team can handle this.',
      zh: '这个我们自己的IT就能搞定。',
    },
    type: 'need',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['yes-but', 'hidden-cost-contrast', 'compensation'],
    modelAnswers: [
      {
        en: 'Your team certainly could. But building and maintaining it takes roughly one full-time engineer — around 300,000 a year with benefits — and that engineer is then not working on your own projects.',
        zh: '您的团队肯定做得了。但是自建加上后期维护，大概要占一个全职工程师，算上社保福利一年30万左右，这个人也就没法做你们自己的项目了。',
      },
      {
        en: 'Many IT teams hand us the routine part — backups, patching, monitoring — and keep their people on the work that sets the business apart.',
        zh: '不少企业的IT部门把备份、打补丁、监控这类常规工作交给我们，自己的人专心做对业务有差异化价值的事。',
      },
    ],
    trap: {
      en: 'Implying their IT team isn’t up to it: you turn the people who would run your product into opponents.',
      zh: '暗示客户的IT能力不行——这等于把以后要用你产品的人变成对手。',
    },
  },
];

const BUDGET_CARDS: ObjectionCard[] = [
  {
    id: 'budget-cant-afford-1',
    line: {
      en: 'We can’t afford it right now; cash is tight.',
      zh: '我们现在确实拿不出这笔钱，资金比较紧张。',
    },
    type: 'budget',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['direct-question', 'trade-scope', 'package-options'],
    modelAnswers: [
      {
        en: 'Thank you for being frank. Is it the total or the timing? Would paying in three instalments over the year make a difference?',
        zh: '谢谢您跟我说实话。是总额的问题，还是时间的问题？如果分三期在一年内付清，会不会好一些？',
      },
      {
        en: 'Then let’s make it fit: phase one covers only the two production lines with the most rework, about 40% of the cost, and the rest follows once the savings show.',
        zh: '那我们调整一下：一期只做返工最多的两条产线，大概是总费用的四成，剩下的等效果出来再做。',
      },
    ],
    trap: {
      en: 'Cutting the price on the spot. If the problem is cash flow, a discount does not solve it and you have given away margin for nothing.',
      zh: '当场降价。如果问题出在现金流上，打折解决不了，你白白让了利润。',
    },
  },
  {
    id: 'budget-cash-flow-1',
    line: {
      en: 'Our receivables are piling up; we can’t take on more debt right now.',
      zh: '我们应收账款压得厉害，现在不敢再加负债了。',
    },
    type: 'budget',
    natures: ['true'],
    situation: null,
    techniqueIds: ['tai-chi', 'inquiry', 'break-down'],
    modelAnswers: [
      {
        en: 'That is exactly what receivables financing is for: we can advance up to 80% of your invoices to state-owned buyers. Non-recourse factoring usually doesn’t add to your liabilities — your auditor can confirm the treatment.',
        zh: '这正是应收账款融资要解决的问题：您对国企客户的应收款，我们最高可以提前支付八成。无追索权保理一般不增加负债，具体以您审计师的意见为准。',
      },
      {
        en: 'How long does collection take now? If it has stretched from 60 to 120 days, let’s first work out what that gap costs you each month, before we talk about any product.',
        zh: '现在平均回款要多久？如果从60天拉长到了120天，我们先算算这个缺口每个月让您付出多少，再谈具体产品。',
      },
    ],
    trap: {
      en: 'Pushing an ordinary working-capital loan because it is your target product, when it would worsen the very ratio the customer is worried about.',
      zh: '为了完成自己的指标硬推流动资金贷款，反而让客户最担心的负债率更难看。',
    },
  },
  {
    id: 'budget-next-year-1',
    line: {
      en: 'There’s no budget left this year; it will have to wait until next year.',
      zh: '今年没有预算了，要等明年。',
    },
    type: 'budget',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['inquiry', 'defer', 'assumptive'],
    modelAnswers: [
      {
        en: 'When does planning for next year’s budget start? If I send you a costed proposal by September, it can go into the plan instead of competing for leftovers.',
        zh: '明年的预算什么时候开始编？我九月前把带报价的方案发给您，这样可以正式列进预算，而不是年中再去抢剩下的钱。',
      },
      {
        en: 'Could it come from another budget line — operations rather than IT, since what it saves is warehouse overtime?',
        zh: '有没有可能走别的科目？比如运营费用而不是IT预算，毕竟它省下的是仓库的加班费。',
      },
    ],
    trap: {
      en: 'Taking it at face value and disappearing until January — by then the budget has been written without you.',
      zh: '听完就消失到明年一月——那时候预算早就编完了，里面没有你。',
    },
  },
  {
    id: 'budget-remaining-1',
    line: {
      en: 'We’ve spent most of this year’s IT budget; there’s only about 200,000 left.',
      zh: '今年的IT预算基本花完了，只剩20万左右。',
    },
    type: 'budget',
    natures: ['true'],
    situation: null,
    techniqueIds: ['trade-scope', 'package-options', 'give-get'],
    modelAnswers: [
      {
        en: 'Then let’s design phase one to fit 200,000: the core switches and the two busiest floors, with the Wi-Fi upgrade in the new budget year.',
        zh: '那我们就按20万来设计一期：核心交换机加最繁忙的两层楼，无线网络升级放到新的预算年度。',
      },
      {
        en: 'If you sign the full scope now, I’ll hold today’s price for phase two until next June, so you don’t pay any increase when it lands in next year’s budget.',
        zh: '如果您现在就签完整的范围，二期我按今天的价格锁定到明年6月，等它进了明年预算，也不用承担涨价。',
      },
    ],
    trap: {
      en: 'Squeezing the whole project into 200,000 by discounting: that price becomes the benchmark you will never climb back from.',
      zh: '靠打折把整个项目硬塞进20万。这个价格会成为以后的标杆，再也涨不回来。',
    },
  },
  {
    id: 'budget-justify-1',
    line: {
      en: 'I can’t justify this spend to our finance director.',
      zh: '这笔钱我没法跟财务总监交代。',
    },
    type: 'budget',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['investment-view', 'redirect-to-material', 'inquiry'],
    modelAnswers: [
      {
        en: 'Let’s build the case together. I’ll put the payback on one page — cost, monthly saving, payback in 14 months — using your own figures, so you can present it as yours.',
        zh: '我们一起把账算清楚。我把回本测算做成一页纸——投入多少、每月省多少、14个月回本——全部用您自己的数据，您拿去汇报就是您的方案。',
      },
      {
        en: 'What does your finance director look at first: payback period, cash out this year, or risk? I’ll shape the material around that.',
        zh: '您的财务总监一般最先看什么：回本周期、今年的现金支出，还是风险？我按他的关注点来准备材料。',
      },
    ],
    trap: {
      en: 'Offering to go over their head to the finance director: it makes your contact look weak and costs you an ally.',
      zh: '提出绕过他直接去找财务总监——这让对接人很没面子，你也就失去了一个内部支持者。',
    },
  },
  {
    id: 'budget-cost-cutting-1',
    line: {
      en: 'We had a bad year; every expense is being cut.',
      zh: '今年效益不好，所有开支都在砍。',
    },
    type: 'budget',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['tai-chi', 'investment-view', 'trade-scope'],
    modelAnswers: [
      {
        en: 'That is exactly when costs that can be cut for good matter most. Moving your 40 branches’ phone lines to a cloud PBX saves around 18% a month from the first bill.',
        zh: '越是这种时候，越要找能长期砍下来的成本。把40个网点的电话线路换成云总机，从第一个月账单起就能省18%左右。',
      },
      {
        en: 'If capital spending is frozen, we can provide it as a monthly service with nothing up front, so it sits in operating expenses.',
        zh: '如果资本性支出冻结了，我们可以改成按月付费的服务，没有前期投入，走运营费用。',
      },
    ],
    trap: {
      en: 'Talking growth and ambition to a company in cost-cutting mode; it shows you haven’t listened.',
      zh: '对方在压缩开支，你还在讲扩张和愿景——说明你根本没在听。',
    },
  },
];

const AUTHORITY_CARDS: ObjectionCard[] = [
  {
    id: 'authority-not-my-decision-1',
    line: {
      en: 'It’s not my decision.',
      zh: '这个我做不了主。',
    },
    type: 'authority',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['inquiry', 'affirm-judgement', 'redirect-to-material'],
    modelAnswers: [
      {
        en: 'Understood. Who else is involved, and what will each of them want to see? I’d like to make it easy for you to take this forward.',
        zh: '明白。这件事还有哪些人参与决定，他们各自最关心什么？我想帮您把材料准备好，方便您往上推。',
      },
      {
        en: 'Would it help to meet the decision-maker together — you lead, and I take the technical questions?',
        zh: '要不我们约上拍板的领导一起谈一次？您来主导，技术问题我来回答。',
      },
    ],
    trap: {
      en: 'Dropping this contact to chase the boss. The person in front of you may not decide, but can easily block.',
      zh: '转头就去找老板，把眼前的人晾在一边。他虽然拍不了板，却完全可以让这单黄掉。',
    },
  },
  {
    id: 'authority-boss-away-1',
    line: {
      en: 'The boss is travelling; we’ll decide when he’s back.',
      zh: '老板出差了，等他回来再说。',
    },
    type: 'authority',
    natures: ['false', 'true'],
    situation: null,
    techniqueIds: ['inquiry', 'assumptive', 'defer'],
    modelAnswers: [
      {
        en: 'Of course. When is he back? Let’s book thirty minutes in his diary for that week now, and I’ll send you a one-page summary to forward to him beforehand.',
        zh: '没问题。他哪天回来？我们现在就把那周的半小时约下来，我先给您一页纸的摘要，您提前转给他。',
      },
      {
        en: 'If he had to decide today, what would he ask first? Let’s have that answer ready.',
        zh: '如果他今天就要拍板，第一个会问什么？我们先把这个问题的答案准备好。',
      },
    ],
    trap: {
      en: 'Leaving without a date; “when he’s back” quietly turns into never.',
      zh: '没约定时间就走了；“等他回来”最后就成了“没下文”。',
    },
  },
  {
    id: 'authority-head-office-1',
    line: {
      en: 'All financing decisions are made at group headquarters.',
      zh: '融资的事都是集团总部统一定的。',
    },
    type: 'authority',
    natures: ['true'],
    situation: null,
    techniqueIds: ['inquiry', 'redirect-to-material', 'example'],
    modelAnswers: [
      {
        en: 'Then let’s help group treasury see the benefit. I’ll prepare a comparison of the group’s current facilities with our proposal, and we can present it together to the treasury director.',
        zh: '那我们就帮集团资金部看到好处。我做一份集团现有授信和我们方案的对比，我们一起去向资金部总监汇报。',
      },
      {
        en: 'Is anything decided locally — cash management, bill discounting? Many groups centralise loans but leave day-to-day settlement to each plant.',
        zh: '子公司有没有自己能定的部分？比如本地的现金管理或者票据贴现？很多集团贷款统一管，日常结算还是留给各个工厂自己做。',
      },
    ],
    trap: {
      en: 'Promising the subsidiary terms head office will never accept; you lose credibility at both levels.',
      zh: '给子公司许诺总部根本不会接受的条件；两头的信任都丢了。',
    },
  },
  {
    id: 'authority-procurement-legal-1',
    line: {
      en: 'I like it, but it still has to go through procurement and legal.',
      zh: '我个人挺认可的，但还得走采购和法务。',
    },
    type: 'authority',
    natures: ['true'],
    situation: null,
    techniqueIds: ['inquiry', 'redirect-to-material', 'assumptive'],
    modelAnswers: [
      {
        en: 'Good. What usually holds things up in legal? I can send our standard contract and data-protection terms today so they review in parallel.',
        zh: '好的，法务那边通常卡在哪儿？我今天就把标准合同和数据保护条款发过去，让他们同步审。',
      },
      {
        en: 'How long does procurement normally take? If it’s three weeks and we start on Monday, you’re still live before the third-quarter peak.',
        zh: '采购那边一般要多长时间？如果是三周，下周一启动的话，三季度旺季前还能上线。',
      },
    ],
    trap: {
      en: 'Treating procurement as a formality. Ask who owns it there and what they are measured on.',
      zh: '把采购当成走过场。要问清楚采购那边谁负责、他的考核指标是什么。',
    },
  },
  {
    id: 'authority-partners-1',
    line: {
      en: 'I have to talk it over with my partners first.',
      zh: '我得先跟几个合伙人商量一下。',
    },
    type: 'authority',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['affirm-judgement', 'inquiry', 'defer'],
    modelAnswers: [
      {
        en: 'Of course — a decision like this should be shared. Which points do you expect your partners to question? Let’s go through them now so you have the answers.',
        zh: '当然，这么大的事应该一起商量。您觉得合伙人们会对哪几点有疑问？我们现在过一遍，您回去好回答。',
      },
      {
        en: 'If it helps, I can join your call for ten minutes to cover the technical side, and leave the decision to you.',
        zh: '需要的话我可以参加十分钟电话会，技术问题我来回答，决定还是由你们来做。',
      },
    ],
    trap: {
      en: 'Hinting that they ought to be able to decide alone; it questions their standing.',
      zh: '暗示他一个人就应该能做主——这等于质疑他的地位。',
    },
  },
  {
    id: 'authority-gatekeeper-1',
    line: {
      en: 'Just send me the material and I’ll pass it on to my manager.',
      zh: '你把资料发给我，我转给领导。',
    },
    type: 'authority',
    natures: ['false', 'true'],
    situation: null,
    techniqueIds: ['question-back', 'inquiry', 'give-get'],
    modelAnswers: [
      {
        en: 'Happy to. So it’s useful to your manager, which two or three things will they look for first?',
        zh: '好的。为了让领导看得有针对性，您觉得他最先会看哪两三点？',
      },
      {
        en: 'I’ll send it this afternoon. Shall I call you on Thursday to hear how it landed — and if there’s interest, we set up twenty minutes with them?',
        zh: '我下午就发。我们约好周四我给您打个电话听听反馈，如果领导有兴趣，再约二十分钟当面聊，可以吗？',
      },
    ],
    trap: {
      en: 'Emailing a forty-page brochure and waiting. Material with no agreed next step rarely reaches the decision-maker.',
      zh: '发一份四十页的宣传册就干等着。没有约定下一步的资料，基本到不了决策人手里。',
    },
  },
];

const PRODUCT_CARDS: ObjectionCard[] = [
  {
    id: 'product-quality-doubt-1',
    line: {
      en: 'I’ve heard your equipment breaks down a lot.',
      zh: '听说你们的设备老出故障。',
    },
    type: 'product',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['inquiry', 'redirect-to-material', 'direct-denial'],
    modelAnswers: [
      {
        en: 'Thank you for saying so. Where did you hear it, and about which model? If it was the 2019 series, there was a cooling fault and we replaced those units free; since then the failure rate has been 0.6% a year — here is the report.',
        zh: '谢谢您直说。是从哪儿听说的，哪个型号？如果是2019年那一批，确实有散热问题，我们都免费换新了；之后的年故障率是0.6%，这是报告。',
      },
      {
        en: 'Rather than ask you to trust me, let me give you two customers in your industry to call; they have run thirty of our units for three years.',
        zh: '与其让您信我，不如给您两家同行客户的联系方式，您直接打电话问。他们用了我们30台设备，已经三年了。',
      },
    ],
    trap: {
      en: 'Getting defensive, or calling it nonsense before finding out what lies behind it.',
      zh: '还没弄清来源就急着辩解，或者直接说“纯属谣言”。',
    },
  },
  {
    id: 'product-doesnt-fit-1',
    line: {
      en: 'Your system doesn’t fit the way we work.',
      zh: '你们的系统跟我们的业务流程对不上。',
    },
    type: 'product',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['inquiry', 'example', 'trade-scope'],
    modelAnswers: [
      {
        en: 'Which step doesn’t fit? Walk me through an order from quote to invoice, and I’ll show you where we would configure it and where we couldn’t.',
        zh: '具体是哪个环节对不上？您带我走一遍一张订单从报价到开票的过程，我告诉您哪里可以配置，哪里做不到。',
      },
      {
        en: 'A contract manufacturer with unusual approval chains had the same concern; we configured their three-level approval in two weeks without a line of custom code.',
        zh: '之前有家代工企业也有同样的顾虑，他们的审批层级很特殊，我们两周内用配置实现了三级审批，没写一行定制代码。',
      },
    ],
    trap: {
      en: 'Promising customisations you haven’t checked with delivery: it wins the deal and loses the customer.',
      zh: '没跟交付团队确认就答应定制开发；单子拿下了，客户却丢了。',
    },
  },
  {
    id: 'product-missing-feature-1',
    line: {
      en: 'The other vendor has mobile approvals; you don’t.',
      zh: '别家有手机审批，你们没有。',
    },
    type: 'product',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['compensation', 'inquiry', 'honesty'],
    modelAnswers: [
      {
        en: 'That’s right — the mobile app arrives in our March release. Until then approvals work in any phone browser, and what you get now that they can’t offer is a tested connection to your existing ERP.',
        zh: '没错，手机App要到明年3月的版本才有。在这之前用手机浏览器也能审批；而我们现在就有、他们给不了的，是和您现有ERP的对接，已经测试过了。',
      },
      {
        en: 'How many of your approvals happen away from a desk? If it’s mainly the sales director on the road, let’s check whether the browser flow covers him.',
        zh: '您这边有多少审批是不在办公室完成的？如果主要是销售总监出差时审批，我们看看浏览器方式能不能满足他。',
      },
    ],
    trap: {
      en: 'Saying the feature is coming “soon” without a date you can stand behind.',
      zh: '拿不出确定的时间，就随口说“很快就有”。',
    },
  },
  {
    id: 'product-design-1',
    line: {
      en: 'I don’t like the look of it; the interface feels dated.',
      zh: '界面看着太老气了，我不太喜欢。',
    },
    type: 'product',
    natures: ['hidden', 'false'],
    situation: null,
    techniqueIds: ['inquiry', 'yes-but', 'ignore'],
    modelAnswers: [
      {
        en: 'Fair comment, it isn’t the prettiest. Is it the look itself, how it works for your staff — or is there something else about the offer that doesn’t sit right?',
        zh: '您说得对，界面确实不算好看。您在意的是外观本身，还是员工用起来不顺手？还是说方案里有别的地方让您不太满意？',
      },
      {
        en: 'It does look plain. But your line operators need four clicks instead of eleven to log a defect, and that is what they will notice on day two.',
        zh: '看着是朴素了点。但是您产线上的操作员登记一个不良品只要点4下，原来要点11下，用上第二天他们就能感受到。',
      },
    ],
    trap: {
      en: 'Arguing about taste. When a customer starts picking at details right after the price discussion, the real issue is often the price.',
      zh: '跟客户争论审美。如果客户刚谈完价格就开始挑外观细节，真正的问题往往还是价格。',
    },
  },
  {
    id: 'product-signal-1',
    line: {
      en: 'Your mobile signal is poor in our building.',
      zh: '你们的手机信号在我们楼里很差。',
    },
    type: 'product',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['inquiry', 'redirect-to-material', 'compensation'],
    modelAnswers: [
      {
        en: 'Which floors and which areas? I’ll have an engineer do a free site survey this week, so you see a coverage map before you decide anything.',
        zh: '是哪几层、哪些区域？我这周安排工程师免费上门勘测，您做决定之前先拿到一份覆盖图。',
      },
      {
        en: 'Basements and lift lobbies are the usual weak spots. For an office like yours we install indoor small cells, included in the three-year plan at no extra cost.',
        zh: '地下室和电梯厅信号差是常见问题。像您这样的写字楼，我们会装室内小基站，三年套餐里就包含，不另外收费。',
      },
    ],
    trap: {
      en: 'Quoting city-wide coverage statistics when the complaint is about their own building.',
      zh: '客户说的是自己楼里的信号，你却拿全市覆盖率来回应。',
    },
  },
  {
    id: 'product-switching-risk-1',
    line: {
      en: 'Switching systems is too risky; the data migration could disrupt our operations.',
      zh: '换系统风险太大了，数据迁移万一影响业务怎么办？',
    },
    type: 'product',
    natures: ['true'],
    situation: null,
    techniqueIds: ['compensation', 'example', 'redirect-to-material'],
    modelAnswers: [
      {
        en: 'That is the right worry. We run old and new systems in parallel for a month and switch over only when your team signs off the reconciliation.',
        zh: '这个担心很有必要。我们会让新旧系统并行一个月，等您的团队核对无误、签字确认后才正式切换。',
      },
      {
        en: 'Here is the migration plan we used for a 12-store retailer last year: cut-over on Saturday night, stores open as usual on Sunday, not one order lost.',
        zh: '这是我们去年给一家有12个门店的零售企业做的迁移方案：周六晚上切换，周日门店照常营业，一张订单都没丢。',
      },
    ],
    trap: {
      en: 'Saying “there’s no risk”. An experienced buyer knows there is, and stops believing you.',
      zh: '说“完全没有风险”。有经验的客户知道这不可能，从此就不信你了。',
    },
  },
  {
    id: 'product-loan-covenants-1',
    line: {
      en: 'The covenants in your loan agreement are too strict for us.',
      zh: '你们贷款合同里的约束条款太严了。',
    },
    type: 'product',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['inquiry', 'appeal-to-standards', 'give-get'],
    modelAnswers: [
      {
        en: 'Which ones concern you? If it’s the 65% cap on debt-to-assets, that is standard for your industry rating — but we could test it annually instead of quarterly.',
        zh: '您担心的是哪几条？如果是资产负债率不超过65%，这是您这个行业评级的通行标准；不过考核频率可以从按季改成按年。',
      },
      {
        en: 'If you move your basic settlement account to us, I can ask our credit team to drop the clause restricting new borrowing from other banks.',
        zh: '如果您把基本结算户转到我们行，我可以去跟授信审批部门争取，取消“不得在他行新增借款”这一条。',
      },
    ],
    trap: {
      en: 'Waving the covenants away as “just formalities”. If one is ever breached, the customer will remember you said that.',
      zh: '说这些条款“只是走个形式”。一旦触发，客户会记得你说过这句话。',
    },
  },
];

const VENDOR_CARDS: ObjectionCard[] = [
  {
    id: 'vendor-never-heard-1',
    line: {
      en: 'I’ve never heard of your company.',
      zh: '没听说过你们公司。',
    },
    type: 'vendor',
    natures: ['true'],
    situation: null,
    techniqueIds: ['redirect-to-material', 'example', 'tai-chi'],
    modelAnswers: [
      {
        en: 'That’s fair — we don’t advertise much. We have built enterprise networks for twelve years, and three of the five largest logistics firms in the province run on us; I can arrange a reference call.',
        zh: '这很正常，我们不怎么做广告。我们做企业网络12年了，省内前五大物流企业里有三家用的是我们，我可以安排您跟他们通个电话。',
      },
      {
        en: 'Being smaller means you would be a major customer for us: you’d have my direct line and our technical director’s, not a call-centre number.',
        zh: '我们规模不大，正好意味着您在我们这儿是重点客户：您有我和技术总监的直线电话，而不是一个客服热线。',
      },
    ],
    trap: {
      en: 'Reciting the company history for ten minutes. One strong proof point is enough; then get back to their needs.',
      zh: '花十分钟背公司简介。给一个有力的证明就够了，然后回到客户的需求上。',
    },
  },
  {
    id: 'vendor-small-bank-1',
    line: {
      en: 'Yours is a small bank; the big state banks are safer.',
      zh: '你们是小银行，还是国有大行稳当。',
    },
    type: 'vendor',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['yes-but', 'appeal-to-standards', 'compensation'],
    modelAnswers: [
      {
        en: 'The big banks are very solid. But we are supervised under the same rules, our capital adequacy ratio was 13.2% last year — above the requirement — and our credit committee sits in this city, so decisions take days.',
        zh: '大行确实稳。但我们和大行受同样的监管，去年资本充足率13.2%，高于监管要求；而且我们的贷审会就在本地，审批几天就有结果。',
      },
      {
        en: 'Many of our clients keep a big bank as their main bank and use us for speed: working capital for a rush order, same-day bill discounting.',
        zh: '我们不少客户的主办行是大行，用我们图的是快：急单需要的流动资金、当天就能办的票据贴现。',
      },
    ],
    trap: {
      en: 'Running down the big banks. The customer may well bank with them and respect them.',
      zh: '贬低国有大行。客户很可能就在那里开户，对他们也有好感。',
    },
  },
  {
    id: 'vendor-bad-experience-1',
    line: {
      en: 'We worked with your company before, and the service was terrible.',
      zh: '以前跟你们公司合作过，服务太差了。',
    },
    type: 'vendor',
    natures: ['true'],
    situation: null,
    techniqueIds: ['echo', 'inquiry', 'compensation'],
    modelAnswers: [
      {
        en: 'Terrible? I’m sorry to hear that. What went wrong? I’d like to understand it properly before I say anything else.',
        zh: '太差了？很抱歉给您带来了不好的体验。当时具体出了什么问题？我想先把情况了解清楚，再说别的。',
      },
      {
        en: 'Since then we have moved support to a local team, with four-hour on-site response written into the contract and a penalty if we miss it. Give us a small order first and let us prove it.',
        zh: '那之后我们把售后换成了本地团队，合同里写明四小时到场，做不到按条款赔偿。希望您先给个小订单，让我们用行动证明。',
      },
    ],
    trap: {
      en: 'Blaming the previous rep or another department. To the customer, you are the company.',
      zh: '把责任推给前任或者别的部门。在客户眼里，你就代表公司。',
    },
  },
  {
    id: 'vendor-prefer-other-rep-1',
    line: {
      en: 'I’d rather deal with your colleague who looked after us before.',
      zh: '我还是想跟之前对接我们的那位同事谈。',
    },
    type: 'vendor',
    natures: ['true', 'hidden'],
    situation: null,
    techniqueIds: ['inquiry', 'compensation', 'defer'],
    modelAnswers: [
      {
        en: 'I understand; he knew your business well. What did you value most in how he worked? I’ll make sure that continues — he has briefed me on your account in detail.',
        zh: '理解，他对您的业务很熟。您最看重他哪一点？我保证这些做法不变——他也已经把您这边的情况详细交接给我了。',
      },
      {
        en: 'Let’s have him join our first meeting so nothing gets lost in the handover. If you still prefer him afterwards, I’ll raise it with my manager.',
        zh: '第一次会谈我请他一起来，确保交接不漏任何事。之后如果您还是希望由他负责，我去跟领导反映。',
      },
    ],
    trap: {
      en: 'Taking it personally, or trying to force the relationship too fast.',
      zh: '心里不舒服，或者急于拉近关系。',
    },
  },
  {
    id: 'vendor-too-junior-1',
    line: {
      en: 'You seem quite junior for a project of our size.',
      zh: '你看着挺年轻的，我们这么大的项目你能负责吗？',
    },
    type: 'vendor',
    natures: ['true', 'false'],
    situation: null,
    techniqueIds: ['tai-chi', 'example', 'compensation'],
    modelAnswers: [
      {
        en: 'A fair question. I have run four projects of this size in the last two years, and a solution architect with fifteen years in manufacturing will be in every technical meeting.',
        zh: '您问得有道理。我过去两年负责过四个这个规模的项目，而且有一位在制造业做了15年的方案架构师，每次技术会都会参加。',
      },
      {
        en: 'Being newer means you get my full attention: you are one of my three key accounts, and I’m measured on how this project runs, not just on signing it.',
        zh: '资历浅一点，意味着您能得到我全部的精力：您是我负责的三个重点客户之一，我的考核看的是项目做得怎么样，不只是签没签下来。',
      },
    ],
    trap: {
      en: 'Trying to sound more senior with jargon or inflated experience.',
      zh: '堆砌术语、夸大经历，想显得老练。',
    },
  },
  {
    id: 'vendor-loyal-competitor-1',
    line: {
      en: 'We’ve worked with the other company’s account manager for ten years; he’s a friend.',
      zh: '我们跟另一家的客户经理合作十年了，都是老朋友。',
    },
    type: 'vendor',
    natures: ['true'],
    situation: null,
    techniqueIds: ['affirm-judgement', 'trade-scope', 'inquiry'],
    modelAnswers: [
      {
        en: 'Ten years says a lot about how you treat partners. I’m not asking you to end it — only to let us quote on the next project, so you have a benchmark.',
        zh: '合作十年，说明您对合作伙伴很讲情义。我不是要您换掉他，只是希望下个项目让我们也报个价，您多一个参考。',
      },
      {
        en: 'Many companies keep a second supplier for continuity. Let us take one small site first: you keep the relationship and see what we are like at no risk.',
        zh: '很多企业都会保留第二家供应商，以防万一。先让我们做一个小站点：原来的关系不受影响，您也能零风险地看看我们怎么样。',
      },
    ],
    trap: {
      en: 'Criticising the competitor’s account manager — you would be attacking the customer’s friend.',
      zh: '说对方客户经理的不是——你等于在攻击客户的朋友。',
    },
  },
];

const PRICE_CARDS: ObjectionCard[] = [
  {
    id: 'price-think-about-it-1',
    line: {
      en: 'I need to think about it.',
      zh: '我再考虑考虑。',
    },
    type: 'price',
    natures: ['hidden', 'false'],
    situation: 'think-about-it',
    techniqueIds: ['inquiry', 'direct-question', 'assumptive'],
    modelAnswers: [
      {
        en: 'Of course. To help you think it through: is there a point I didn’t explain well — the terms, the implementation, or the price?',
        zh: '当然可以。为了帮您想得更清楚：是不是有哪一点我没讲明白——条款、实施，还是价格？',
      },
      {
        en: 'Is it the budget? If so, let’s look at it now while I’m here; there may be a way to phase it.',
        zh: '是不是预算方面有顾虑？如果是，趁我在这儿我们一起看看，也许可以分期来做。',
      },
      {
        en: 'Take the time you need. One thing to weigh: this quote is valid until the 30th and next month’s installation slots are filling, so deciding this week keeps your go-live on 1 July.',
        zh: '您慢慢考虑。有一点供您参考：这份报价30号前有效，下个月的安装排期也快满了，这周定下来，7月1日就能上线。',
      },
    ],
    trap: {
      en: 'Saying “fine, call me when you’re ready” and leaving. That call rarely comes.',
      zh: '说一句“好的，您想好了给我打电话”就走了。这个电话基本不会来。',
    },
  },
  {
    id: 'price-think-about-it-2',
    line: {
      en: 'Let me think over your loan terms and compare them with other banks.',
      zh: '你们的贷款条件我再琢磨琢磨，跟别的银行比一比。',
    },
    type: 'price',
    natures: ['true', 'hidden'],
    situation: 'think-about-it',
    techniqueIds: ['inquiry', 'appeal-to-standards', 'assumptive'],
    modelAnswers: [
      {
        en: 'Of course. Which terms will you compare most closely — rate, fees or collateral? I’ll set ours out on one page so you can compare like with like.',
        zh: '应该的。您主要比哪几项——利率、费用，还是担保条件？我把我们的条件整理成一页纸，方便您按同一口径比较。',
      },
      {
        en: 'While you compare, bear in mind the credit approval is valid for 90 days and your raw-material buying peaks in September. If we finish the paperwork now, the funds are there the day you need them.',
        zh: '您比较的同时提个醒：授信批复有效期90天，而您的原材料采购九月是高峰。现在把手续办完，到时候随用随提。',
      },
    ],
    trap: {
      en: 'Inventing a deadline to create pressure. A banker caught manufacturing urgency loses the customer’s trust for years.',
      zh: '编一个假的截止日期来施压。客户经理一旦被识破是在制造紧迫感，多年的信任就没了。',
    },
  },
  {
    id: 'price-too-expensive-1',
    line: {
      en: 'Honestly, this is too expensive for us.',
      zh: '说实话，你们这个太贵了。',
    },
    type: 'price',
    natures: ['true', 'hidden'],
    situation: 'too-expensive',
    techniqueIds: ['comparison', 'break-down', 'appeal-to-standards', 'echo', 'praise-standards'],
    modelAnswers: [
      {
        en: 'Too expensive compared with what — another product, or the budget you had in mind? Knowing what you’re measuring it against helps me compare properly.',
        zh: '您说太贵，是跟什么比——别家的产品，还是您心里的预算？知道参照是什么，我才好跟您对着看。',
      },
      {
        en: 'Spread over three years it comes to 1,000 a month per warehouse — less than a temp worker for one week — and it removes the stock-count errors that cost you about 30,000 last quarter.',
        zh: '摊到三年，每个仓库每月1000元，还不到一个临时工一周的工钱；而上个季度盘点误差给您造成的损失就有三万左右。',
      },
      {
        en: 'You told me last time you buy for reliability and don’t want to switch again in two years. By that standard, this is the option that fits.',
        zh: '您上次说过，选东西看重可靠，不想两年后又换一次。按这个标准，这个方案是最合适的。',
      },
    ],
    trap: {
      en: 'Dropping the price the moment you hear “too expensive” — it tells them the first price was padded.',
      zh: '一听“太贵”就马上降价——等于告诉客户你的报价有水分。',
    },
  },
  {
    id: 'price-too-expensive-2',
    line: {
      en: 'A dedicated line at 6,000 a month? That’s too expensive.',
      zh: '一条专线一个月6000？太贵了。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'too-expensive',
    techniqueIds: ['break-down', 'comparison', 'package-options'],
    modelAnswers: [
      {
        en: '6,000 a month for 200 staff is 30 yuan per person — for the connection your order system, video meetings and cloud backups all depend on.',
        zh: '一个月6000，200个员工，每人30块钱——您的订单系统、视频会议和云备份全靠这条线。',
      },
      {
        en: 'Compared with broadband, the difference buys guaranteed bandwidth and a four-hour repair commitment. If that’s more bandwidth than you need, a 100M line at 3,800 keeps the same guarantee.',
        zh: '跟宽带比，多出来的钱买的是带宽保障和4小时修复承诺。如果用不了这么大带宽，100M专线每月3800，保障一样有。',
      },
    ],
    trap: {
      en: 'Bringing up home-broadband prices yourself: you invite the customer to treat your line as a commodity.',
      zh: '自己拿家用宽带的价格来比——等于引导客户把专线当成普通商品。',
    },
  },
  {
    id: 'price-too-expensive-3',
    line: {
      en: 'Your rate is too high — this loan is too expensive for us.',
      zh: '你们的利率太高了，这笔贷款太贵了。',
    },
    type: 'price',
    natures: ['true', 'hidden'],
    situation: 'too-expensive',
    techniqueIds: ['appeal-to-standards', 'compensation', 'give-get'],
    modelAnswers: [
      {
        en: 'Let’s look at how it’s set: LPR plus 45 basis points is what companies with your rating and collateral pay across the province. Where I can help is if more of your settlement business runs through us.',
        zh: '我们看看利率是怎么定的：LPR加45个基点，省内同评级、同担保条件的企业基本都是这个水平。如果您把更多结算业务放到我们行，我这边就有空间去争取。',
      },
      {
        en: 'I won’t pretend it isn’t a little above the big banks. What you get is approval within a week, and a revolving line you can draw online at 11 p.m. when a supplier wants paying.',
        zh: '利率确实比大行高一点，这个我不回避。但是一周就能批下来，循环额度晚上11点供应商催款时也能在网银上直接提款。',
      },
    ],
    trap: {
      en: 'Promising a lower rate before checking with credit and pricing. Withdrawing it later costs more than never offering it.',
      zh: '没跟审批和定价部门确认就先许诺降息。事后收回，比从来没承诺过伤害更大。',
    },
  },
  {
    id: 'price-make-it-cheaper-1',
    line: {
      en: 'Can you make it a bit cheaper?',
      zh: '能不能再便宜一点？',
    },
    type: 'price',
    natures: ['false', 'true'],
    situation: 'make-it-cheaper',
    techniqueIds: ['gain-and-loss', 'honesty', 'give-get'],
    modelAnswers: [
      {
        en: 'I could, but something would have to go: the on-site training or the third year of warranty. Which would you give up?',
        zh: '可以，但总得减掉点什么：现场培训，或者第三年的保修。这两个您愿意放弃哪个？',
      },
      {
        en: 'To be honest, this price is what the quality and service you asked for cost. Cutting it means cutting one of them — and that isn’t why you came to us.',
        zh: '说实话，这个价格对应的就是您要的质量和服务。要降价，就得在其中一项上打折扣——这可不是您找我们的初衷。',
      },
    ],
    trap: {
      en: 'Giving a small discount “to be nice”. It teaches the customer to ask every time.',
      zh: '“意思一下”给个小折扣。客户会养成每次都要砍一刀的习惯。',
    },
  },
  {
    id: 'price-make-it-cheaper-2',
    line: {
      en: 'Knock a bit off and we’ll sign today.',
      zh: '再便宜点，今天就签。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'make-it-cheaper',
    techniqueIds: ['give-get', 'bottom-line', 'gain-and-loss'],
    modelAnswers: [
      {
        en: 'If you sign today with 30% paid on order, I’ll add the spare-parts kit worth 8,000. The price itself stays where it is.',
        zh: '如果今天签、下单付三成预付款，我送一套价值8000元的备件包，价格本身不动。',
      },
      {
        en: 'For three machines this is already the lowest our distributor price list allows. What I can still move is delivery — into your line’s maintenance shutdown week.',
        zh: '三台设备，这已经是经销价格体系允许的最低价了。我还能调的是交货时间，可以安排在您产线停产检修那一周。',
      },
    ],
    trap: {
      en: 'Cutting the price on the promise of “today” before the signature is there. A conditional offer must stay conditional.',
      zh: '对方一说“今天签”你就先降价，结果字没签。有条件的让步，必须等条件兑现。',
    },
  },
  {
    id: 'price-make-it-cheaper-3',
    line: {
      en: 'Don’t you have a cheaper model? This one is more than we need.',
      zh: '有没有便宜点的型号？这款配置对我们来说太高了。',
    },
    type: 'price',
    natures: ['true', 'hidden'],
    situation: 'make-it-cheaper',
    techniqueIds: ['inquiry', 'trade-scope', 'gain-and-loss'],
    modelAnswers: [
      {
        en: 'Which part is more than you need — the speed, the finisher, the security module? Let’s take out what you won’t use rather than drop to a model that will struggle.',
        zh: '您觉得哪部分配置用不上——速度、装订单元，还是安全模块？我们把用不上的去掉，而不是换一台吃力的机型。',
      },
      {
        en: 'We do: the smaller model is 30% cheaper and prints 25 pages a minute instead of 45. At your 40,000 pages a month, that is enough for one floor and tight for two.',
        zh: '有的，小一号的机型便宜三成，每分钟打25页，这款是45页。按您每月四万页的量，一层楼够用，两层楼就比较吃紧了。',
      },
    ],
    trap: {
      en: 'Downgrading them to a model that will clearly be overloaded; the complaints will come back to you.',
      zh: '把客户降配到明显不够用的机型；到时候投诉还是会落到你头上。',
    },
  },
  {
    id: 'price-others-quote-less-1',
    line: {
      en: 'Others quote less than you.',
      zh: '别人家报价比你们低。',
    },
    type: 'price',
    natures: ['true', 'false'],
    situation: 'others-quote-less',
    techniqueIds: ['side-by-side-analysis', 'hidden-cost-contrast', 'risk-reminder', 'steer-to-shortfall', 'rebuttal'],
    modelAnswers: [
      {
        en: 'That may well be. May I see what their quote includes? Let’s put both side by side — installation, warranty, response time, licence terms — and compare the same things.',
        zh: '有可能。方便看一下他们的报价都包含什么吗？我们把两份放在一起对比——安装、保修、响应时间、授权条款——同样的项目比同样的价。',
      },
      {
        en: 'Their list price is lower; the three-year cost often isn’t. Their quote leaves out data migration and charges per admin account — at your size, about 60,000 more.',
        zh: '标价是低，但三年总成本不一定。他们的报价不含数据迁移，管理员账号还另外收费——按您的规模，大概要多出六万。',
      },
    ],
    trap: {
      en: 'Claiming the competitor is cheap because they are bad. Let the comparison speak.',
      zh: '说对手便宜是因为质量差。让对比结果自己说话。',
    },
  },
  {
    id: 'price-others-quote-less-2',
    line: {
      en: 'Another operator offered us the IoT SIM cards 20% cheaper.',
      zh: '另一家运营商的物联网卡比你们便宜两成。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'others-quote-less',
    techniqueIds: ['side-by-side-analysis', 'risk-reminder', 'give-get'],
    modelAnswers: [
      {
        en: 'Let’s check what the 20% covers: is the data pooled across all 5,000 cards, or capped per card? With per-card caps, the overage on your busiest trucks usually wipes out the saving.',
        zh: '我们看看这两成差在哪：流量是5000张卡共享池，还是每张卡单独限量？如果按卡限量，跑得最多的那些车超出的流量费，通常会把省下的钱吃掉。',
      },
      {
        en: 'Your trackers ride on cold-chain trucks; a coverage gap can mean a spoiled load and a claim. Here is our drive-test report for your routes. If the gap still matters, I can close part of it for a two-year term.',
        zh: '您的终端装在冷链车上，信号一断就可能坏一车货、被索赔。这是我们在您线路上的路测报告。如果差价还是关键，签两年的话我可以补上一部分。',
      },
    ],
    trap: {
      en: 'Matching the price immediately, before finding out whether the two offers are even comparable.',
      zh: '还没弄清两份报价是不是同一个东西，就马上跟价。',
    },
  },
  {
    id: 'price-worth-it-1',
    line: {
      en: 'Is this energy system really worth that much?',
      zh: '这套节能系统真值这个价吗？',
    },
    type: 'price',
    natures: ['true'],
    situation: 'worth-it',
    techniqueIds: ['investment-view', 'affirm-judgement', 'example', 'praise-standards'],
    modelAnswers: [
      {
        en: 'Let’s treat it as an investment: 280,000 once, about 12,000 a month saved on power, payback in just under two years, and ten years of service.',
        zh: '我们把它当投资来看：一次投入28万，每月省电费一万二左右，不到两年回本，能用十年。',
      },
      {
        en: 'It’s the right question — your finance director will ask it too. A food plant in Jiaxing with a similar load used 14% less power in the first year; I can share their report.',
        zh: '您问到点子上了——财务总监也会问这个问题。嘉兴一家负荷差不多的食品厂，第一年用电量降了14%，他们的报告我可以给您看。',
      },
    ],
    trap: {
      en: 'Answering with adjectives (“premium”, “best-in-class”) instead of numbers.',
      zh: '用“高端”“一流”这种形容词回答，而不是拿数字说话。',
    },
  },
  {
    id: 'price-worth-it-2',
    line: {
      en: 'Is your cash-management service really worth that annual fee?',
      zh: '你们的现金管理系统，一年这么多服务费，真的值吗？',
    },
    type: 'price',
    natures: ['true', 'hidden'],
    situation: 'worth-it',
    techniqueIds: ['break-down', 'investment-view', 'affirm-judgement'],
    modelAnswers: [
      {
        en: 'The fee is 48,000 a year. Pooling the cash of your eight subsidiaries lets you repay about 20 million of short-term loans; at 3.5%, that is 700,000 of interest a year.',
        zh: '服务费一年4.8万。把八家子公司的资金归集起来，大概能少借2000万短期贷款，按3.5%算，一年省利息70万。',
      },
      {
        en: 'You’re right to check; most treasurers we work with asked the same. Those who measured it saw the value in the second year, once every subsidiary was connected — so let’s agree now which figures we review after twelve months.',
        zh: '您核算一下是对的，我们合作的大部分财务负责人也都问过这个问题。实际测算过的客户发现，子公司全部接入后的第二年价值最明显——我们现在就约定好，12个月后一起复盘哪些数据。',
      },
    ],
    trap: {
      en: 'Claiming savings that don’t reconcile with their own figures; a treasurer will check.',
      zh: '说出来的节省数字和客户自己的账对不上；财务负责人一定会核对的。',
    },
  },
  {
    id: 'price-competitor-quote-1',
    line: {
      en: 'Your competitor quoted us 15% less for the same servers — here is their quote.',
      zh: '同样的服务器，你们的竞争对手报价低15%，报价单就在这儿。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'competitor-quote',
    techniqueIds: ['side-by-side-analysis', 'hidden-cost-contrast', 'give-get'],
    modelAnswers: [
      {
        en: 'Thank you for showing me. Line by line: their price excludes the three-year on-site warranty and the rack installation; add both at their own list price and the gap is about 4%.',
        zh: '谢谢您给我看。我们逐项对一下：他们的报价不含三年上门保修和上架安装，按他们自己的标准价把这两项加上，差价就只剩4%左右。',
      },
      {
        en: 'If we’re still apart once we compare like with like, I’ll look at the rest of the gap — but to justify it internally I’d need a two-year framework agreement.',
        zh: '如果同口径比较之后还有差距，剩下的部分我来想办法——但要在内部说得通，需要签一个两年的框架协议。',
      },
    ],
    trap: {
      en: 'Questioning whether the quote is genuine. Even if you doubt it, doubting the customer’s honesty ends the conversation.',
      zh: '质疑报价单的真假。就算你心里有怀疑，质疑客户的诚信也会让谈话到此为止。',
    },
  },
  {
    id: 'price-competitor-quote-2',
    line: {
      en: 'Another bank is offering us LPR flat, with no spread.',
      zh: '另一家银行给我们的是LPR，不加点。',
    },
    type: 'price',
    natures: ['true', 'hidden'],
    situation: 'competitor-quote',
    techniqueIds: ['inquiry', 'side-by-side-analysis', 'honesty'],
    modelAnswers: [
      {
        en: 'That is a strong offer. What comes with it — a deposit requirement, fees, a minimum settlement volume? What matters is the all-in cost.',
        zh: '这个条件确实不错。附带什么要求吗——存款回存、手续费、必须放多少结算量？要看综合融资成本。',
      },
      {
        en: 'I’ll be straight: I can’t go to LPR flat on an unsecured loan. But counting the 0.3% arrangement fee I’m prepared to waive, I can match their all-in cost.',
        zh: '坦白讲，信用贷款我做不到LPR不加点。但如果把我愿意免掉的0.3%安排费算进去，综合成本可以跟他们持平。',
      },
    ],
    trap: {
      en: 'Matching the headline rate without finding out what conditions sit behind it.',
      zh: '不问背后的附带条件，就直接跟进对方的名义利率。',
    },
  },
  {
    id: 'price-procurement-discount-1',
    line: {
      en: 'Procurement policy: every supplier must take 10% off the first quote.',
      zh: '我们采购有规定，所有供应商第一轮报价都得降10%。',
    },
    type: 'price',
    natures: ['true', 'false'],
    situation: 'procurement-discount',
    techniqueIds: ['give-get', 'appeal-to-standards', 'trade-scope'],
    modelAnswers: [
      {
        en: 'I respect the policy. To meet it without cutting the service you specified, I can take 10% off if invoicing moves from quarterly to annually in advance.',
        zh: '尊重贵司的规定。要在不降低服务标准的前提下满足这个要求，如果付款从按季改成按年预付，我可以降10%。',
      },
      {
        en: 'Our prices follow one published list for every enterprise customer, which your auditors can check. Within it, the 10% can come from scope: dropping the on-site administrator saves exactly that.',
        zh: '我们对所有企业客户执行同一份公开价目表，贵司审计可以核查。在这个框架内，10%可以从方案里出：去掉驻场管理员正好是这个金额。',
      },
    ],
    trap: {
      en: 'Padding the first quote by 10% so you can “give” it back. It works once; then procurement benchmarks you and your credibility suffers.',
      zh: '第一轮报价先虚加10%再“让”回去。这招只能用一次，采购对比过市场价后，你的信誉就打折扣了。',
    },
  },
  {
    id: 'price-procurement-discount-2',
    line: {
      en: 'Our procurement department needs at least another 5% off before this can go ahead.',
      zh: '采购部说了，至少还要再降5%才能往下走。',
    },
    type: 'price',
    natures: ['true', 'hidden'],
    situation: 'procurement-discount',
    techniqueIds: ['inquiry', 'give-get', 'bottom-line'],
    modelAnswers: [
      {
        en: 'What is procurement measured on this year — savings against the first quote, or total cost? If it’s total cost, better payment terms or a longer warranty can count for the same 5%.',
        zh: '采购今年考核的是什么——比首轮报价降了多少，还是总成本？如果看总成本，付款条件或者延长保修折算下来，同样能算作5%。',
      },
      {
        en: 'I can find 5% if the order also covers your second plant. On this plant’s volume alone, the price is already at our floor.',
        zh: '如果订单把贵司二厂也包括进来，5%我可以想办法；只做这一个厂的量，价格已经到底了。',
      },
    ],
    trap: {
      en: 'Treating the procurement manager as the enemy. They need a visible win to report — help them find one that doesn’t cost you margin.',
      zh: '把采购经理当成对手。他需要一个能拿去汇报的成绩——帮他找一个不伤你利润的成绩。',
    },
  },
  {
    id: 'price-budget-frozen-1',
    line: {
      en: 'Our budget is frozen this quarter; we can’t sign at this price.',
      zh: '这个季度预算冻结了，这个价格我们签不了。',
    },
    type: 'price',
    natures: ['true', 'false'],
    situation: 'budget-frozen',
    techniqueIds: ['direct-question', 'trade-scope', 'package-options'],
    modelAnswers: [
      {
        en: 'Is it frozen completely, or only above a certain amount? If small purchases still go through, we could start with a 50,000 pilot and roll out when the freeze lifts.',
        zh: '是全部冻结，还是超过一定金额才冻结？如果小额采购还能走，我们可以先做5万元的试点，等解冻后再全面推开。',
      },
      {
        en: 'We can sign now at today’s price with the first payment deferred to next quarter: your team starts using it and nothing touches this quarter’s budget.',
        zh: '可以现在按今天的价格签，首付款推到下个季度：您的团队先用起来，这个季度的预算一分不占。',
      },
    ],
    trap: {
      en: 'Offering a discount to a customer with no budget at all; it unlocks nothing.',
      zh: '客户根本没有预算，你却给折扣；这解决不了任何问题。',
    },
  },
  {
    id: 'price-budget-frozen-2',
    line: {
      en: 'Head office has frozen all new telecom spending; let’s revisit next year.',
      zh: '总部把新增通信支出都冻结了，明年再说吧。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'budget-frozen',
    techniqueIds: ['tai-chi', 'inquiry', 'defer'],
    modelAnswers: [
      {
        en: 'Does the freeze cover changes that lower the bill? Merging your fourteen separate contracts into one group account cuts the monthly total by about 9% — a saving, not new spending.',
        zh: '冻结的范围包括能降低支出的调整吗？把现在14份零散合同合并成一个集团账户，每月总费用能降9%左右——这是节省，不是新增支出。',
      },
      {
        en: 'Then let’s use the time: I’ll prepare the full proposal and pricing now, so it’s ready for your budget round in October.',
        zh: '那我们利用好这段时间：我现在就把完整方案和报价准备好，十月份编预算时直接就能用。',
      },
    ],
    trap: {
      en: 'Vanishing until next year. Stay in touch with something useful, not with sales calls.',
      zh: '一直消失到明年。要保持联系，但带去的应该是有用的东西，而不是推销电话。',
    },
  },
  {
    id: 'price-wait-for-promotion-1',
    line: {
      en: 'We’ll wait for your year-end promotion and buy then.',
      zh: '我们等你们年底搞活动再买。',
    },
    type: 'price',
    natures: ['true', 'false'],
    situation: 'wait-for-promotion',
    techniqueIds: ['gain-and-loss', 'honesty', 'assumptive'],
    modelAnswers: [
      {
        en: 'You could, and you might save 5%. Meanwhile three more months of manual shift planning costs around 25,000 in overtime — more than the discount.',
        zh: '可以等，也许能省5%。但这三个月继续手工排班，加班费大概要多花两万五——比折扣还多。',
      },
      {
        en: 'Honestly, the year-end offers are for new small accounts, not projects your size. The price I’ve given you is the one you would get in December too.',
        zh: '实话跟您说：年底的活动针对的是新开的小客户，不适用于您这种规模的项目。我给您的价格，到了12月也是这个价。',
      },
    ],
    trap: {
      en: 'Inventing a price rise “next month” to create urgency. When it doesn’t happen, you are exposed.',
      zh: '编造“下个月要涨价”来制造紧迫感。到时候没涨，你就露馅了。',
    },
  },
  {
    id: 'price-wait-for-promotion-2',
    line: {
      en: 'I hear your prices are about to drop, so we’ll hold off for now.',
      zh: '听说你们马上要降价，我们先等等。',
    },
    type: 'price',
    natures: ['false', 'hidden'],
    situation: 'wait-for-promotion',
    techniqueIds: ['inquiry', 'direct-denial', 'give-get'],
    modelAnswers: [
      {
        en: 'Where did you hear that? No price change is planned for this model, and I can put in writing that if our list price drops within 90 days of your order, we refund the difference.',
        zh: '您是从哪儿听说的？这款产品没有调价计划。我可以书面承诺：下单后90天内如果官方价格下调，差价退给您。',
      },
      {
        en: 'Is waiting about the price, or about being sure of the choice? If it’s the choice, let’s settle that first.',
        zh: '您想等一等，是因为价格，还是对这个选择还没把握？如果是后者，我们先把这个问题解决。',
      },
    ],
    trap: {
      en: 'Guessing at future prices you don’t control.',
      zh: '对自己说了不算的未来价格随口猜测。',
    },
  },
  {
    id: 'price-best-price-1',
    line: {
      en: 'Stop going round in circles — just give me your best price.',
      zh: '别绕了，直接给我你们的最低价。',
    },
    type: 'price',
    natures: ['true', 'false'],
    situation: 'best-price',
    techniqueIds: ['question-back', 'package-options', 'give-get'],
    modelAnswers: [
      {
        en: 'I will — best for which set-up? Tell me the term and the volume you’re considering, and you get one firm number for each, no haggling needed.',
        zh: '可以——不过要看是什么配置。您告诉我打算签几年、用多少量，每种情况我给您一个实价，不用来回磨。',
      },
      {
        en: 'Here are three options, each at its best price: 24 months at 5,600 a month, 36 months at 5,100, and 36 months paid annually in advance at 4,800.',
        zh: '给您三个方案，都是实价：签24个月每月5600；签36个月每月5100；签36个月并按年预付，每月4800。',
      },
    ],
    trap: {
      en: 'Giving your floor at the first ask; when they push again — and they will — you have nowhere to go.',
      zh: '对方一问就亮出底价；他一定还会再砍，那时你就没有退路了。',
    },
  },
  {
    id: 'price-best-price-2',
    line: {
      en: 'Send me your best and final offer by Friday; we’re choosing between you and two others.',
      zh: '周五前把你们的最终报价给我，我们在你们和另外两家之间选。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'best-price',
    techniqueIds: ['inquiry', 'package-options', 'bottom-line'],
    modelAnswers: [
      {
        en: 'You’ll have it on Thursday. To make it my best, help me with one thing: apart from price, what will decide between the three?',
        zh: '周四就给您。为了把报价做到最好，您能不能告诉我：除了价格，三家之间最后比的是什么？',
      },
      {
        en: 'My final offer will be my real one; I won’t hold anything back in case you come back for more. If it isn’t the lowest, it will show exactly what the difference buys you.',
        zh: '我给的最终报价就是实价，不会留一手等您再来砍。如果不是最低的，报价里会写清楚多出的钱买到了什么。',
      },
    ],
    trap: {
      en: 'Keeping margin in reserve “for the next round” when the customer has told you there won’t be one.',
      zh: '客户已经说了不会有下一轮，你还留着空间“等下一轮”。',
    },
  },
  {
    id: 'price-volume-discount-1',
    line: {
      en: 'We’re ordering 500 units at once; we expect a much bigger discount.',
      zh: '我们一次订500台，折扣得大很多才行。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'volume-discount',
    techniqueIds: ['appeal-to-standards', 'give-get', 'inquiry'],
    modelAnswers: [
      {
        en: 'Volume does earn a better price: at 500 units our tier is 12% off list. To go further I’d need a fixed delivery schedule over six months, so we can plan production.',
        zh: '量大当然价格更好：500台在我们的阶梯价里是标价的88折。要再往下，需要您确定半年的交货计划，方便我们排产。',
      },
      {
        en: 'Are the 500 committed or estimated? If they’re fixed in the contract, I can price at our 1,000-unit tier; if it’s an estimate, we price at the 300 tier and rebate the difference once you pass 500.',
        zh: '这500台是确定的订单，还是预估量？如果合同里写死，我可以按1000台的档位报价；如果是预估，先按300台的档位，超过500台后返还差价。',
      },
    ],
    trap: {
      en: 'Pricing an estimated volume as if it were committed. When the volume doesn’t come, the discount stays.',
      zh: '把预估量当成确定量来报价。量没来，折扣却收不回来。',
    },
  },
  {
    id: 'price-volume-discount-2',
    line: {
      en: 'We’re adding 200 more seats, so the price per seat should come down.',
      zh: '我们要再加200个账号，单价总该降下来吧。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'volume-discount',
    techniqueIds: ['give-get', 'package-options', 'appeal-to-standards'],
    modelAnswers: [
      {
        en: 'Agreed. Past 300 seats you move to the next tier, 15% lower per seat — and if we align the renewal dates, the new price applies to all seats, not just the extra 200.',
        zh: '应该的。超过300个账号就进入下一档，单价降15%——如果续约日期统一，所有账号都按新单价算，不只是新增的200个。',
      },
      {
        en: 'I can go lower still if the additional seats sign for two years rather than one.',
        zh: '如果新增的账号签两年而不是一年，单价还能再低一些。',
      },
    ],
    trap: {
      en: 'Giving the discount without asking for anything back — a longer term, a reference, an earlier renewal.',
      zh: '只给折扣，不要求任何回报——更长的合同期、做案例客户、提前续约都没提。',
    },
  },
  {
    id: 'price-payment-terms-1',
    line: {
      en: 'We pay suppliers at 90 days, not 30.',
      zh: '我们给供应商的账期都是90天，不是30天。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'payment-terms',
    techniqueIds: ['give-get', 'package-options', 'appeal-to-standards'],
    modelAnswers: [
      {
        en: '90 days is possible if the price reflects it: at 30 days the price is as quoted; at 90 days it’s 1.5% higher to cover our financing cost. Which suits you better?',
        zh: '90天可以，价格要相应体现：30天账期按现在的报价；90天的话加1.5%，覆盖我们的资金成本。您看哪个更合适？',
      },
      {
        en: 'Could we split it — 30% on delivery and the rest at 90 days? That keeps within your policy and lets us hold the price.',
        zh: '能不能分开付：到货付30%，其余90天付？既符合贵司的规定，我们也能保持原价。',
      },
    ],
    trap: {
      en: 'Accepting 90 days without a word. Payment terms are money: treat the change like a price cut and get something back.',
      zh: '一声不吭就接受90天账期。账期就是钱，要像对待降价一样，换回点什么。',
    },
  },
  {
    id: 'price-payment-terms-2',
    line: {
      en: 'Waive the loan fees, and let us pay interest quarterly instead of monthly.',
      zh: '手续费能不能免掉？利息也改成按季付，别按月了。',
    },
    type: 'price',
    natures: ['true'],
    situation: 'payment-terms',
    techniqueIds: ['give-get', 'package-options', 'bottom-line'],
    modelAnswers: [
      {
        en: 'Quarterly interest is no problem. The arrangement fee I can waive if the line is on average at least 60% drawn over the year.',
        zh: '按季付息没问题。安排费的话，如果全年平均用信率不低于60%，我可以帮您免掉。',
      },
      {
        en: 'I can waive one of the two fees — the arrangement fee or the commitment fee. Which matters more to you?',
        zh: '两项费用里我可以免一项：安排费或者承诺费。哪个对您更重要？',
      },
    ],
    trap: {
      en: 'Conceding both requests at once. Each change to the terms is something to trade, one at a time.',
      zh: '两个要求一次全答应。条款上的每一项调整都是筹码，要一项一项地换。',
    },
  },
];

export const OBJECTION_CARDS: ObjectionCard[] = [
  ...NEED_CARDS,
  ...BUDGET_CARDS,
  ...AUTHORITY_CARDS,
  ...PRICE_CARDS,
  ...PRODUCT_CARDS,
  ...VENDOR_CARDS,
];
