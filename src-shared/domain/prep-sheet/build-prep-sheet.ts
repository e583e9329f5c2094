// Builds the prep sheet from a deal: what to bring into the meeting, in one language, full or for sharing.
import { SPIN_GUIDE } from '../../playbook/spin-guide';
import { topFabLines } from '../worksheet/fab';
import { COUNTERPART_STYLE_INFO, findCard, findClosingMethod, findTechnique, type LocalizedText } from '../../playbook';
import type { CounterpartStyle, Deal } from '../deal';
import {
  analyseWorksheet,
  hasText,
  isBetter,
  isWorse,
  type RankedAlternative,
  type WorksheetAnalysis,
} from '../worksheet';
import type { Alternative, Party } from '../worksheet-types';
import { sheetFormat, type SheetFormat } from './format';
import { fill, PREP_SHEET_LABELS, type PrepSheetLabels } from './labels';
import { pickClosingSignals } from './closing-signals';
import type {
  Fact,
  ListItem,
  PrepBlock,
  PrepSection,
  PrepSheet,
  PrepSheetOptions,
  PrepSheetSectionId,
  PriceScale,
  TableRow,
} from './types';
import { createFigureGuard, type FigureGuard } from './withhold-figures';

/** How much of each list fits a two-page sheet; the worksheet keeps the rest. */
export const PREP_SHEET_LIMITS = {
  interestsPerSide: 3,
  criteria: 4,
  options: 3,
  alternativesPerSide: 3,
  spinQuestions: 8,
  objections: 4,
  tradeables: 5,
  concessionSteps: 6,
  closingSignals: 4,
} as const;

type Context = {
  deal: Deal;
  analysis: WorksheetAnalysis;
  labels: PrepSheetLabels;
  format: SheetFormat;
  pick: (text: LocalizedText) => string;
  isSharing: boolean;
  guard: FigureGuard;
  /** Free text as it may be printed in this variant. */
  text: (value: string) => string;
  /** A figure as it may be printed in this variant, or null when it must stay out. */
  figure: (value: number | null) => number | null;
};

const section = (
  id: PrepSheetSectionId,
  labels: PrepSheetLabels,
  blocks: (PrepBlock | null)[],
  layout: PrepSection['layout'] = 'stack',
): PrepSection | null => {
  const present = blocks.filter((block): block is PrepBlock => block !== null);
  return present.length === 0 ? null : { id, heading: labels.sections[id], layout, blocks: present };
};

const listBlock = (title: string, items: ListItem[], ordered = false): PrepBlock | null =>
  items.length === 0 ? null : { kind: 'list', title, items, ordered };

const tableBlock = (title: string | undefined, columns: string[], rows: TableRow[]): PrepBlock | null =>
  rows.length === 0 ? null : { kind: 'table', ...(title === undefined ? {} : { title }), columns, rows };

const styleName = (style: CounterpartStyle, ctx: Context): string =>
  ctx.pick(COUNTERPART_STYLE_INFO.find((info) => info.id === style)?.name ?? { en: style, zh: style });

function attendeesSection(ctx: Context): PrepSection | null {
  const { deal, labels } = ctx;
  const people = deal.contacts.filter((contact) => hasText(contact.name));
  const rows: TableRow[] = people.map((contact) => ({
    cells: [
      ctx.text(contact.name),
      ctx.text(contact.role),
      labels.decisionRoles[contact.decisionRole],
      contact.style ? styleName(contact.style, ctx) : '',
    ],
  }));
  const styles = [
    ...new Set([deal.counterpartStyle, ...people.map((c) => c.style)].filter((s): s is CounterpartStyle => !!s)),
  ];
  const approach: ListItem[] = styles.flatMap((style) => {
    const info = COUNTERPART_STYLE_INFO.find((candidate) => candidate.id === style);
    return info ? [{ text: ctx.pick(info.name), detail: ctx.pick(info.hint), tags: [] }] : [];
  });
  const a = labels.attendees;
  return section('attendees', labels, [
    tableBlock(undefined, [a.name, a.title, a.decisionRole, a.style], rows),
    listBlock(a.approach, approach),
  ]);
}

/** Where their walk-away leaves a zone: sellers need their high end above ours, buyers the reverse. */
const zopaFact = (ctx: Context): Fact | null => {
  const { zopa } = ctx.analysis;
  const n = ctx.labels.numbers;
  if (zopa.status === 'unknown') return null;
  if (zopa.status === 'none' || zopa.overlap === null) {
    return { label: n.zopa, value: '—', note: n.zopaStatus.none, tone: 'caution' };
  }
  const { min, max } = zopa.overlap;
  const value =
    min !== null && max !== null
      ? ctx.format.moneyRange(min, max)
      : min !== null
        ? `≥ ${ctx.format.money(min)}`
        : `≤ ${ctx.format.money(max ?? 0)}`;
  return {
    label: n.zopa,
    value,
    note: n.zopaStatus[zopa.status],
    tone: zopa.status === 'certain' ? 'strong' : 'caution',
  };
};

const alternativeDetail = (ranked: RankedAlternative | null, alternative: Alternative, ctx: Context): string => {
  const n = ctx.labels.numbers;
  const parts: string[] = [];
  const value = ranked ? ctx.figure(ranked.value) : null;
  if (value !== null) parts.push(ctx.format.money(value));
  parts.push(alternative.isReal ? n.real : n.hypothetical);
  if (ranked && value !== null) parts.push(fill(n.likely, { percent: ctx.format.percent(ranked.likelihood) }));
  return parts.join(' · ');
};

function numbersSection(ctx: Context): PrepSection | null {
  const { analysis, format, labels, isSharing } = ctx;
  const n = labels.numbers;
  const { opening, target, walkAway, walkAwaySource } = analysis.numbers;
  const theirs = analysis.zopa.theirWalkAway;
  const shownOpening = ctx.figure(opening);
  const shownTarget = ctx.figure(target);
  // Their range is our estimate of them, shown in both variants unless an end sits near a withheld figure.
  const shownTheirs =
    theirs !== null && ctx.figure(theirs.min) !== null && ctx.figure(theirs.max) !== null ? theirs : null;
  const batna = analysis.ourBatna.best;
  const facts: (Fact | null)[] = [
    shownOpening === null ? null : { label: n.opening, value: format.money(shownOpening), tone: 'strong' },
    shownTarget === null ? null : { label: n.target, value: format.money(shownTarget), tone: 'strong' },
    isSharing || walkAway === null
      ? null
      : {
          label: n.walkAway,
          value: format.money(walkAway),
          tone: 'caution',
          ...(walkAwaySource === 'suggested' ? { note: n.fromBatna } : {}),
        },
    isSharing || batna === null
      ? null
      : {
          label: n.batna,
          value: format.money(batna.value),
          note: `${ctx.text(batna.alternative.description)} · ${batna.alternative.isReal ? n.real : n.hypothetical}`,
        },
    shownTheirs === null
      ? null
      : { label: n.theirWalkAway, value: format.moneyRange(shownTheirs.min, shownTheirs.max) },
    isSharing ? null : zopaFact(ctx),
  ];
  const shown = facts.filter((fact): fact is Fact => fact !== null);
  const scale = priceScale(ctx, {
    opening: shownOpening,
    target: shownTarget,
    walkAway: isSharing ? null : walkAway,
    theirs: shownTheirs,
  });
  return section('numbers', labels, [
    shown.length === 0 ? null : { kind: 'facts', facts: shown },
    scale === null ? null : { kind: 'scale', scale },
  ]);
}

/** The axis is drawn from the figures shown only, so its ends cannot hint at a withheld one. */
function priceScale(
  ctx: Context,
  shown: {
    opening: number | null;
    target: number | null;
    walkAway: number | null;
    theirs: { min: number; max: number } | null;
  },
): PriceScale | null {
  const n = ctx.labels.numbers;
  const markers: PriceScale['markers'] = [];
  const add = (role: PriceScale['markers'][number]['role'], label: string, value: number | null): void => {
    if (value !== null) markers.push({ role, label, value, display: ctx.format.money(value) });
  };
  add('opening', n.opening, shown.opening);
  add('target', n.target, shown.target);
  add('walk-away', n.walkAway, shown.walkAway);
  const bands: PriceScale['bands'] = [];
  if (shown.theirs !== null) {
    bands.push({ role: 'their-walk-away', label: n.theirWalkAway, from: shown.theirs.min, to: shown.theirs.max });
  }
  const values = [...markers.map((m) => m.value), ...bands.flatMap((b) => [b.from, b.to])];
  if (new Set(values).size < 2) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const overlap = ctx.isSharing ? null : ctx.analysis.zopa.overlap;
  if (overlap !== null) {
    bands.push({ role: 'zopa', label: n.zopa, from: overlap.min ?? low, to: overlap.max ?? high });
  }
  const pad = (high - low) * 0.08;
  return { min: low - pad, max: high + pad, markers, bands };
}

function iconSection(ctx: Context): PrepSection | null {
  const { deal, labels, analysis } = ctx;
  const i = labels.icon;
  const { interests, criteria } = deal.worksheet;

  const interestItems = (party: Party): ListItem[] =>
    interests
      .filter((interest) => interest.party === party && hasText(interest.text))
      .map((interest, index) => ({ interest, index }))
      .sort((a, b) => b.interest.priority - a.interest.priority || a.index - b.index)
      .slice(0, PREP_SHEET_LIMITS.interestsPerSide)
      .map(({ interest }) => ({
        text: ctx.text(interest.text),
        tags: [
          fill(i.priority, { priority: interest.priority }),
          interest.kind === 'substantive' ? i.substantive : i.relational,
          ...(interest.isStated ? [] : [i.inferred]),
        ],
      }));

  const criterionItems: ListItem[] = criteria
    .filter((criterion) => hasText(criterion.standard))
    .slice(0, PREP_SHEET_LIMITS.criteria)
    .map((criterion) => ({
      text: ctx.text(criterion.standard),
      ...(hasText(criterion.source) ? { detail: fill(i.source, { source: ctx.text(criterion.source) }) } : {}),
      tags: [
        i.criterionKinds[criterion.kind],
        ...(criterion.favours === 'us' ? [i.favoursUs] : criterion.favours === 'them' ? [i.favoursThem] : []),
      ],
    }));

  const optionItems: ListItem[] = analysis.options.options
    .filter((option) => hasText(option.text))
    .slice(0, PREP_SHEET_LIMITS.options)
    .map((option) => ({
      text: ctx.text(option.text),
      tags: [
        ...(option.quadrant === 'mutual-gain' ? [i.mutualGain] : []),
        ...(option.isTradeCandidate ? [i.tradeCandidate] : []),
      ],
    }));

  const alternativeItems = (party: Party): ListItem[] => {
    const batna = party === 'ours' ? analysis.ourBatna : analysis.theirBatna;
    const rankedById = new Map(batna.ranked.map((r) => [r.alternative.id, r]));
    const ordered = [...batna.ranked.map((r) => r.alternative), ...batna.unvalued];
    return ordered
      .filter((alternative) => hasText(alternative.description))
      .slice(0, PREP_SHEET_LIMITS.alternativesPerSide)
      .map((alternative) => ({
        text: ctx.text(alternative.description),
        detail: alternativeDetail(rankedById.get(alternative.id) ?? null, alternative, ctx),
        tags: batna.best?.alternative.id === alternative.id && !ctx.isSharing ? ['BATNA'] : [],
      }));
  };

  // The three benefits that answer their most important interests: the lines to lead with.
  const fabItems: ListItem[] = topFabLines(deal.worksheet).map(({ line, interest }) => {
    const detail = [line.feature, line.advantage].filter(hasText).map(ctx.text).join(' → ');
    return {
      text: ctx.text(line.benefit),
      ...(detail ? { detail } : {}),
      tags: [fill(i.answers, { interest: ctx.text(interest.text) })],
    };
  });

  return section(
    'icon',
    labels,
    [
      listBlock(i.fab, fabItems),
      listBlock(i.ourInterests, interestItems('ours')),
      listBlock(i.theirInterests, interestItems('theirs')),
      listBlock(i.criteria, criterionItems),
      listBlock(i.options, optionItems),
      listBlock(i.ourAlternatives, alternativeItems('ours')),
      listBlock(i.theirAlternatives, alternativeItems('theirs')),
    ],
    'grid',
  );
}

const SPIN_ORDER = { situation: 0, problem: 1, implication: 2, 'need-payoff': 3 } as const;

function agendaSection(ctx: Context): PrepSection | null {
  const items: ListItem[] = ctx.deal.worksheet.spin
    .filter((question) => hasText(question.text))
    .map((question, index) => ({ question, index }))
    .sort((a, b) => SPIN_ORDER[a.question.kind] - SPIN_ORDER[b.question.kind] || a.index - b.index)
    .slice(0, PREP_SHEET_LIMITS.spinQuestions)
    // The first question of each kind carries what that kind is for, in a few words, so the agenda reminds.
    .map(({ question }, index, all) => ({
      text: ctx.text(question.text),
      tags:
        all[index - 1]?.question.kind === question.kind
          ? [ctx.labels.spin[question.kind]]
          : [ctx.labels.spin[question.kind], ctx.pick(SPIN_GUIDE[question.kind].aim)],
    }));
  return section('agenda', ctx.labels, [items.length === 0 ? null : { kind: 'list', ordered: true, items }]);
}

function objectionsSection(ctx: Context): PrepSection | null {
  const o = ctx.labels.objections;
  const rows: TableRow[] = ctx.deal.worksheet.expectedObjections
    .map((objection) => ({ objection, card: objection.cardId ? findCard(objection.cardId) : undefined }))
    .filter(({ objection, card }) => hasText(objection.text) || card !== undefined)
    .slice(0, PREP_SHEET_LIMITS.objections)
    .map(({ objection, card }) => {
      const line = hasText(objection.text) ? ctx.text(objection.text) : ctx.pick(card?.line ?? { en: '', zh: '' });
      const modelAnswer = card?.modelAnswers[0];
      const answer = hasText(objection.answer)
        ? ctx.text(objection.answer)
        : modelAnswer
          ? fill(o.fromPlaybook, { answer: ctx.pick(modelAnswer) })
          : o.noAnswer;
      const techniqueIds = objection.techniqueIds.length > 0 ? objection.techniqueIds : (card?.techniqueIds ?? []);
      const techniques = techniqueIds
        .slice(0, 2)
        .flatMap((id) => {
          const technique = findTechnique(id);
          return technique ? [`${ctx.pick(technique.name)}${technique.risk ? ` (${o.risky})` : ''}`] : [];
        })
        .join(' · ');
      return { cells: [line, answer, techniques] };
    });
  return section('objections', ctx.labels, [tableBlock(undefined, [o.line, o.answer, o.techniques], rows)]);
}

const signedMoney = (delta: number, format: SheetFormat): string =>
  delta === 0 ? format.money(0) : `${delta < 0 ? '−' : '+'}${format.money(Math.abs(delta))}`;

function concessionsSection(ctx: Context): PrepSection | null {
  const { deal, labels, analysis, format, isSharing } = ctx;
  const c = labels.concessions;
  const side = deal.side;
  const giveGet: TableRow[] = deal.worksheet.tradeables
    .filter((t) => hasText(t.give) || hasText(t.get))
    .slice(0, PREP_SHEET_LIMITS.tradeables)
    .map((t) => ({ cells: [ctx.text(t.give), ctx.text(t.get)] }));

  // A shared step stays at or before the target and short of the walk-away: a price further on would
  // narrow down where the walk-away lies.
  const { target, walkAway } = analysis.numbers;
  const isShareable = (price: number | null): boolean =>
    price !== null &&
    target !== null &&
    !isWorse(price, target, side) &&
    (walkAway === null || isBetter(price, walkAway, side)) &&
    ctx.figure(price) !== null;
  const priced = analysis.concessions.steps.filter((step) => step.price !== null);
  const shown = isSharing ? priced.filter((step) => isShareable(step.price)) : priced;
  const stepById = new Map(deal.worksheet.concessionSteps.map((step) => [step.id, step]));
  const steps: TableRow[] = shown.slice(0, PREP_SHEET_LIMITS.concessionSteps).map((step, index) => {
    const inReturn = ctx.text(stepById.get(step.id)?.inReturn ?? '');
    const price = format.money(step.price ?? 0);
    return isSharing
      ? { cells: [String(index + 1), price, inReturn] }
      : {
          cells: [
            String(index + 1),
            price,
            step.from === null || step.price === null ? '' : signedMoney(step.price - step.from, format),
            inReturn,
          ],
        };
  });
  const columns = isSharing ? ['#', c.price, c.inReturn] : ['#', c.price, c.size, c.inReturn];
  const isTrimmed = isSharing && shown.length < priced.length;
  return section(
    'concessions',
    labels,
    [
      tableBlock(c.giveGet, [c.give, c.get], giveGet),
      steps.length === 0 && !isTrimmed ? null : { kind: 'table', title: c.steps, columns, rows: steps },
      isTrimmed ? { kind: 'text', text: c.stepsWithheld } : null,
    ],
    'grid',
  );
}

function closingSection(ctx: Context): PrepSection | null {
  const { deal, labels } = ctx;
  const c = labels.closing;
  const method = deal.worksheet.closingMethodId ? findClosingMethod(deal.worksheet.closingMethodId) : undefined;
  const signals: ListItem[] = pickClosingSignals(deal, PREP_SHEET_LIMITS.closingSignals).map((signal) => ({
    text: ctx.pick(signal.description),
    detail: ctx.pick(signal.whatToDo),
    tags: [c.kinds[signal.kind]],
  }));
  return section('closing', labels, [
    method
      ? {
          kind: 'text',
          title: c.method,
          text: fill(labels.closingMethodLine, { name: ctx.pick(method.name), howTo: ctx.pick(method.howTo) }),
        }
      : null,
    listBlock(c.signals, signals),
  ]);
}

function notesSection(ctx: Context): PrepSection | null {
  return section('notes', ctx.labels, [
    ctx.isSharing || !hasText(ctx.deal.notes) ? null : { kind: 'text', text: ctx.deal.notes.trim() },
  ]);
}

export function buildPrepSheet(deal: Deal, options: PrepSheetOptions): PrepSheet {
  const { language, variant, now } = options;
  const labels = PREP_SHEET_LABELS[language];
  const format = sheetFormat(language, deal.currency);
  const analysis = analyseWorksheet(deal.worksheet, deal.side);
  const isSharing = variant === 'sharing';
  // What the sharing copy withholds: our walk-away, every value of our alternatives (the BATNA is one),
  // and the concession steps past the target, in every form they may be written, and anything near them.
  const { walkAway, target, opening } = analysis.numbers;
  const stepsPastTarget = analysis.concessions.steps.flatMap((step) =>
    step.price !== null && target !== null && isWorse(step.price, target, deal.side) ? [step.price] : [],
  );
  const floors = [walkAway, analysis.numbers.batna?.value ?? null].filter((value): value is number => value !== null);
  const secrets = [...analysis.ourBatna.ranked.map((ranked) => ranked.value), ...stepsPastTarget];
  const guard = createFigureGuard({
    floors: isSharing ? floors : [],
    secrets: isSharing ? secrets : [],
    reference: opening ?? target,
    marker: labels.withheld,
  });
  const ctx: Context = {
    deal,
    analysis,
    labels,
    format,
    pick: (text) => (language === 'zh-CN' ? text.zh : text.en),
    isSharing,
    guard,
    text: (value) => guard.redact(value.trim()),
    figure: (value) => (value === null || guard.isWithheld(value) ? null : value),
  };

  const meetingDate = options.meetingDate === undefined ? deal.meetingDate : options.meetingDate;
  const preparedOn = format.date(now.toISOString(), 'medium');
  const dealValue = ctx.figure(deal.value);
  const facts: (Fact | null)[] = [
    meetingDate ? { label: labels.facts.meeting, value: format.date(meetingDate, 'full'), tone: 'strong' } : null,
    { label: labels.facts.role, value: labels.roles[deal.side] },
    dealValue === null ? null : { label: labels.facts.value, value: format.money(dealValue) },
    deal.counterpartStyle ? { label: labels.facts.style, value: styleName(deal.counterpartStyle, ctx) } : null,
    { label: labels.facts.prepared, value: preparedOn },
  ];

  const sections = [
    attendeesSection(ctx),
    numbersSection(ctx),
    iconSection(ctx),
    agendaSection(ctx),
    objectionsSection(ctx),
    concessionsSection(ctx),
    closingSection(ctx),
    notesSection(ctx),
  ].filter((s): s is PrepSection => s !== null);

  const dealTitle = ctx.text(deal.title);
  return {
    language,
    variant,
    documentTitle: labels.documentTitle,
    dealTitle,
    counterpart: ctx.text(deal.counterpartOrg),
    facts: facts.filter((fact): fact is Fact => fact !== null),
    variantLabel: labels.variant[variant],
    variantNote: labels.variantNote[variant],
    footer: [dealTitle, `${labels.facts.prepared} ${preparedOn}`, labels.variant[variant]].join(' · '),
    pageNumbering: labels.page,
    sections,
    withheldMentions: guard.count(),
  };
}
