// Timing helpers: medians of repeated runs, our code and its floor interleaved so both see the same machine state.
import { performance } from 'node:perf_hooks';

export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  floor: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
};

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Milliseconds of this process's CPU time (user + system) spent in `run`: on a machine shared with other
 * work, wall time counts the waits for a core, CPU time only the work done.
 */
export function cpuTime(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/** The median CPU time of `run` over `rounds` runs, after `warmUp` runs that are not counted. */
export function medianCpuTime(rounds: number, run: () => unknown, warmUp = 3): number {
  for (let round = 0; round < warmUp; round++) run();
  return median(Array.from({ length: rounds }, () => cpuTime(run)));
}

/**
 * CPU time per call of `ours` and `floor`, in batches of `batch` calls (one call is too short to time),
 * batches alternating `rounds` times; both medians in milliseconds.
 */
export function compareCpuTime(
  rounds: number,
  batch: number,
  ours: () => unknown,
  floor: () => unknown,
): { ours: number; floor: number } {
  const repeat = (run: () => unknown) => () => {
    for (let call = 0; call < batch; call++) run();
  };
  const oursTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    floorTimes.push(cpuTime(repeat(floor)) / batch);
    oursTimes.push(cpuTime(repeat(ours)) / batch);
  }
  return { ours: median(oursTimes), floor: median(floorTimes) };
}

/** Runs `ours` and `floor` alternately `rounds` times and returns both medians in milliseconds. */
export async function compare(
  rounds: number,
  ours: (round: number) => Promise<unknown> | unknown,
  floor: (round: number) => Promise<unknown> | unknown,
): Promise<{ ours: number; floor: number }> {
  const oursTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    floorTimes.push(await time(() => floor(round)));
    oursTimes.push(await time(() => ours(round)));
  }
  return { ours: median(oursTimes), floor: median(floorTimes) };
}

/** A result judged by its ratio to a floor measured in the same run. */
export function ratioResult(name: string, ours: number, floor: number, maxRatio: number, unit = 'ms'): BenchResult {
  const ratio = ours / floor;
  return {
    name,
    value: round(ours),
    unit,
    floor: round(floor),
    ratio: round(ratio),
    target: `≤ ${maxRatio}× floor`,
    pass: ratio <= maxRatio,
  };
}

/** A result judged against an absolute limit. */
export function limitResult(name: string, value: number, limit: number, unit: string): BenchResult {
  return {
    name,
    value: round(value),
    unit,
    floor: null,
    ratio: null,
    target: `≤ ${limit} ${unit}`,
    pass: value <= limit,
  };
}

export const round = (value: number): number => Math.round(value * 1000) / 1000;
