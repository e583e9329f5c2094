// The ICON worksheet calculations in one import, plus one call that runs them all for a screen.
import type { NegotiationSide } from '../deal';
import type { Worksheet } from '../worksheet-types';
import { findBatna, realBatnaOf, type Batna } from './batna';
import { checkConcessions, type ConcessionPlan } from './concessions';
import { checkResolvedNumbers } from './number-warnings';
import { resolveNumbers, type ResolvedNumbers } from './numbers';
import { assessOptions, type OptionMatrix } from './option-matrix';
import { assessReadiness, type Readiness } from './readiness';
import { sortWarnings, type WorksheetWarning } from './warnings';
import { computeZopaFromNumbers, type Zopa } from './zopa';

export * from './batna';
export * from './concessions';
export * from './deal-numbers';
export * from './number-warnings';
export * from './numbers';
export * from './offer-verdict';
export * from './option-matrix';
export * from './precedent';
export * from './readiness';
export * from './sides';
export * from './warnings';
export * from './zopa';

export type WorksheetAnalysis = {
  numbers: ResolvedNumbers;
  ourBatna: Batna;
  theirBatna: Batna;
  zopa: Zopa;
  /** Number warnings only. */
  numberWarnings: WorksheetWarning[];
  concessions: ConcessionPlan;
  options: OptionMatrix;
  readiness: Readiness;
  /** BATNA, number and concession warnings together, most severe first. */
  warnings: WorksheetWarning[];
};

export const analyseWorksheet = (worksheet: Worksheet, side: NegotiationSide): WorksheetAnalysis => {
  const numbers = resolveNumbers(worksheet, side);
  const ourBatna = findBatna(worksheet.alternatives, 'ours', side);
  const theirBatna = findBatna(worksheet.alternatives, 'theirs', side);
  const numberWarnings = checkResolvedNumbers(numbers, realBatnaOf(ourBatna), side);
  const concessions = checkConcessions(worksheet, side);
  return {
    numbers,
    ourBatna,
    theirBatna,
    zopa: computeZopaFromNumbers(numbers, side),
    numberWarnings,
    concessions,
    options: assessOptions(worksheet),
    readiness: assessReadiness(worksheet, side),
    warnings: sortWarnings([...ourBatna.warnings, ...theirBatna.warnings, ...numberWarnings, ...concessions.warnings]),
  };
};
