// Stable warning codes with typed params: the UI translates `code` and interpolates `params`.
import type { Party } from '../worksheet-types';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Params of each warning code; every value is a number or a string so i18n can interpolate it. */
export type WarningParamsByCode = {
  // BATNA (`findBatna`); `party` says whose alternatives were assessed.
  'batna-missing': { party: Party };
  'batna-hypothetical-only': { party: Party; alternativeId: string; value: number };
  'better-hypothetical-alternative': { party: Party; alternativeId: string; value: number; batnaValue: number };
  'batna-unlikely': { party: Party; alternativeId: string; likelihood: number };
  'alternative-without-value': { party: Party; alternativeId: string };
  'likelihood-out-of-range': { party: Party; alternativeId: string; likelihood: number };

  // Numbers (`checkNumbers`).
  'missing-opening': Record<string, never>;
  'missing-target': Record<string, never>;
  'missing-walk-away': Record<string, never>;
  'missing-their-range': Record<string, never>;
  'their-range-incomplete': { missing: 'low' | 'high' };
  'their-range-inverted': { low: number; high: number };
  'opening-less-ambitious-than-target': { opening: number; target: number };
  'opening-equals-target': { value: number };
  'walk-away-beyond-target': { walkAway: number; target: number };
  'walk-away-equals-target': { value: number };
  'opening-worse-than-walk-away': { opening: number; walkAway: number };
  'walk-away-worse-than-batna': { walkAway: number; batna: number; alternativeId: string };
  'walk-away-better-than-batna': { walkAway: number; batna: number; alternativeId: string };
  'no-overlap': { walkAway: number; theirLow: number; theirHigh: number };
  'overlap-uncertain': { walkAway: number; theirLow: number; theirHigh: number };
  'opening-inside-their-range': { opening: number; theirLow: number; theirHigh: number };
  'opening-short-of-their-range': { opening: number; theirLow: number; theirHigh: number };
  'target-outside-zopa': { target: number; theirLimit: number };

  // Concession plan (`checkConcessions`); `index` is the 0-based position in `concessionSteps`.
  'concessions-without-opening': Record<string, never>;
  'concession-missing-price': { stepId: string; index: number };
  'concession-wrong-way': { stepId: string; index: number; from: number; to: number };
  'concession-no-movement': { stepId: string; index: number; price: number };
  'concession-not-shrinking': { stepId: string; index: number; size: number; previousSize: number };
  'concession-beyond-walk-away': { stepId: string; index: number; price: number; walkAway: number };
  'concession-without-return': { stepId: string; index: number };
};

export type WarningCode = keyof WarningParamsByCode;

export type WorksheetWarningOf<C extends WarningCode> = { code: C; severity: Severity; params: WarningParamsByCode[C] };

export type WorksheetWarning = { [C in WarningCode]: WorksheetWarningOf<C> }[WarningCode];

/**
 * Severity of each code. Errors are contradictions (the numbers cannot all be right), warnings are
 * likely mistakes in strategy, info is advice or something not filled in yet. Findings about
 * their alternatives are downgraded to info: their BATNA is only ever our estimate.
 */
export const WARNING_SEVERITY = {
  'batna-missing': 'warning',
  'batna-hypothetical-only': 'warning',
  'better-hypothetical-alternative': 'info',
  'batna-unlikely': 'warning',
  'alternative-without-value': 'info',
  'likelihood-out-of-range': 'warning',
  'missing-opening': 'info',
  'missing-target': 'info',
  'missing-walk-away': 'info',
  'missing-their-range': 'info',
  'their-range-incomplete': 'info',
  'their-range-inverted': 'error',
  'opening-less-ambitious-than-target': 'error',
  'opening-equals-target': 'info',
  'walk-away-beyond-target': 'error',
  'walk-away-equals-target': 'info',
  'opening-worse-than-walk-away': 'error',
  'walk-away-worse-than-batna': 'error',
  'walk-away-better-than-batna': 'info',
  'no-overlap': 'warning',
  'overlap-uncertain': 'info',
  'opening-inside-their-range': 'warning',
  'opening-short-of-their-range': 'warning',
  'target-outside-zopa': 'warning',
  'concessions-without-opening': 'info',
  'concession-missing-price': 'info',
  'concession-wrong-way': 'error',
  'concession-no-movement': 'warning',
  'concession-not-shrinking': 'warning',
  'concession-beyond-walk-away': 'error',
  'concession-without-return': 'warning',
} as const satisfies Record<WarningCode, Severity>;

export const makeWarning = <C extends WarningCode>(
  code: C,
  params: WarningParamsByCode[C],
  severity: Severity = WARNING_SEVERITY[code],
): WorksheetWarningOf<C> => ({ code, severity, params });

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const satisfies Record<Severity, number>;

/** Most severe first; the order within one severity is the order the checks ran in. */
export const sortWarnings = (warnings: readonly WorksheetWarning[]): WorksheetWarning[] =>
  [...warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

export const hasErrors = (warnings: readonly WorksheetWarning[]): boolean =>
  warnings.some((w) => w.severity === 'error');
