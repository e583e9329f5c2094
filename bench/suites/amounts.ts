// amounts.* and prep-sheet.*: the amount reader stays linear on hostile text, and withholding costs little.
import { readAmounts } from '../../src-shared/domain/amounts';
import { buildPrepSheet } from '../../src-shared/domain/prep-sheet';
import { completeDeal } from '../../tests/unit/prep-sheet-fixtures';
import { BENCH_NOW } from '../fixtures';
import { compareCpuTime, limitResult, medianCpuTime, ratioResult, type BenchResult } from '../measure';

const MB = 1_000_000;

/** Long digit runs, nested brackets and 万万万, with a real figure in every piece: no regex blow-up allowed. */
export function adversarialText(): string {
  const piece = `(([[{${'1234567890'.repeat(4)}}]]))${'万'.repeat(24)}12万6 (${'9'.repeat(60)}) 三十一万五 ,`;
  return piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);
}

export async function amountsSuite(): Promise<BenchResult[]> {
  const text = adversarialText();
  // CPU time, median of 15 runs after a warm-up: the figure a quiet machine would show, not the load's.
  const readTime = medianCpuTime(15, () => readAmounts(text));

  // The same complete deal, full and sharing copy, with the walk-away typed into an answer as people do;
  // the sharing copy reads every free-text field with the amount reader.
  const deal = completeDeal();
  const objection = deal.worksheet.expectedObjections[0];
  if (objection) objection.answer = `${objection.answer} 底线一百零八万五，但是要签三年；其他都好谈。`;
  const build = (variant: 'full' | 'sharing') => () =>
    buildPrepSheet(deal, { language: 'zh-CN', variant, now: BENCH_NOW });
  for (let round = 0; round < 20; round++) {
    build('full')();
    build('sharing')();
  }
  // One build takes about a millisecond: timed in batches of 10, 60 alternating batches each, medians.
  const builds = compareCpuTime(60, 10, build('sharing'), build('full'));

  return [
    limitResult('amounts.adversarial-1mb', readTime, 50, 'ms cpu'),
    ratioResult('prep-sheet.sharing-build', builds.ours, builds.floor, 2, 'ms cpu'),
  ];
}
