// Property-based fuzzing of the IPC boundary: random channels with malformed payloads and with valid payloads full of
// hostile text. Every answer is a clean IpcResult, nothing fails unexpectedly, nothing is polluted, and at the end a
// restart loads the whole folder: no file set aside, and exactly what the window last showed.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { defaultDealQuery } from '@shared/domain/deal-list';
import { CHANNELS, type Channel } from '@shared/ipc/contract';
import { ERROR_CODES, type IpcResult } from '@shared/ipc/result';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import type { Services } from '../../src-main/services/create-services';
import { scaled } from '../timeouts';
import { fullDeal, samples } from './ipc-samples';
import { makeDraft, useTempDirs } from './store-fixtures';
import { createLoadedServices } from './open-loaded';

const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.PARLEY_FUZZ_RUNS ?? 3000);

const tempDir = useTempDirs('parley-fuzz-');

/** Text that has broken programs before: markup, escapes, path tricks, prototype keys, odd Unicode, device names. */
const HOSTILE_TEXT = [
  '</style><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\system32',
  '__proto__',
  'constructor',
  'CON',
  'nul',
  '\u202eevil\u202c',
  '\uFEFFbom',
  '\u0000\u0001\u001f',
  '𠜎𠜱𠝹 😀 👩‍👩‍👧',
  '=cmd|" /C calc"!A0',
  '${7*7}{{7*7}}',
  '-0',
  'NaN',
  '   ',
  '',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A value IPC can carry (structured clone): no functions or symbols. */
const malformed = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBigInt: false,
    withMap: true,
    withSet: true,
    withDate: true,
  }),
  // Objects with the keys channels read (and prototype keys), holding anything, undefined included.
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'theme', 'language', 'title', 'search', 'text'),
    fc.oneof(fc.constant(undefined), fc.anything({ maxDepth: 2 })),
  ),
);

type Leaf = { path: (string | number)[]; value: unknown };
const stringLeaves = (value: unknown, path: (string | number)[] = []): Leaf[] =>
  typeof value === 'string'
    ? [{ path, value }]
    : Array.isArray(value)
      ? value.flatMap((item, index) => stringLeaves(item, [...path, index]))
      : value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]))
        : [];

/** A valid sample with some of its strings replaced by hostile ones (often still valid: free text stays free). */
const hostileVariant = (sample: unknown) =>
  fc.array(fc.tuple(fc.boolean(), hostileString), { minLength: 1, maxLength: 64 }).map((choices) => {
    const copy = structuredClone(sample) as Record<string | number, unknown>;
    stringLeaves(copy).forEach(({ path }, index) => {
      const [replace, text] = choices[index % choices.length] as [boolean, string];
      if (!replace) return;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path.at(-1) as string | number] = text;
    });
    return copy;
  });

function validSamples(dealId: string): Partial<Record<Channel, unknown>> {
  const fromDispatchTests = Object.fromEntries(
    Object.entries(samples(dealId)).map(([channel, sample]) => [channel, sample?.input]),
  );
  // Deleting the deal the other calls name would leave them nothing to work on.
  delete fromDispatchTests['deals:delete'];
  return {
    ...fromDispatchTests,
    'deals:restore': fullDeal('fuzzed-deal'),
    'deals:list': { ...defaultDealQuery(), search: 'x' },
    'export:prep-sheet-preview': { dealId, language: 'en', variant: 'full', paper: 'a4' },
    'export:prep-sheet': { dealId, language: 'zh-CN', variant: 'sharing', paper: 'letter', format: 'markdown' },
    'worksheet:precedents': { dealId },
    'history:import-preview': { kind: 'deals', text: 'title,counterpart\nA,B', mapping: null, slashDateOrder: null },
    'history:import-commit': { kind: 'deals', text: 'title,counterpart\nA,B', mapping: null, slashDateOrder: null },
    'history:backup-preview': { text: '{"format":"parley-backup"}' },
    'playbook:list': {
      kind: 'cards',
      search: 'price',
      type: null,
      nature: null,
      techniqueId: null,
      situation: null,
      signalKind: null,
      includeHidden: true,
    },
    'rehearsal:attempts': { cardId: 'price-too-high', limit: 5 },
  };
}

const isPlainResult = (result: IpcResult<unknown>): boolean =>
  typeof result === 'object' && result !== null && (result.ok === true || ERROR_CODES.includes(result.error.code));

describe('IPC fuzzing', () => {
  it(
    `answers every channel cleanly and leaves a folder that loads whole (seed ${SEED}, ${RUNS} runs)`,
    async () => {
      const dataDir = await tempDir();
      const exportDir = await tempDir();
      const options = {
        dataDir,
        export: {
          ports: {
            chooseSavePath: async ({ fileName }: { fileName: string }) => `${exportDir}/${fileName}`,
            printHtml: async () => true,
          },
        },
      };
      let services: Services = await createLoadedServices(options);
      const onInternalError = vi.fn();
      const dispatch = createDispatch(createHandlers(services), onInternalError);
      const deal = await services.deals.create(makeDraft({ title: 'Fuzz target' }));
      const valid = validSamples(deal.id);
      const validChannels = Object.keys(valid) as Channel[];

      const call = fc.oneof(
        fc.record({ channel: fc.constantFrom(...CHANNELS), input: malformed }),
        fc
          .constantFrom(...validChannels)
          .chain((channel) => fc.record({ channel: fc.constant(channel), input: hostileVariant(valid[channel]) })),
      );
      const answered = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(call, async ({ channel, input }) => {
          onInternalError.mockClear();
          const result = await dispatch(channel, input);
          const outcome = result.ok ? 'ok' : result.error.code;
          answered.set(outcome, (answered.get(outcome) ?? 0) + 1);
          expect(isPlainResult(result), `${channel}: ${JSON.stringify(result).slice(0, 200)}`).toBe(true);
          expect(structuredClone(result)).toEqual(result);
          expect(onInternalError, `${channel} failed unexpectedly`).not.toHaveBeenCalled();
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('id');
        }),
        { seed: SEED, numRuns: RUNS },
      );

      console.info(`IPC fuzz (seed ${SEED}): ${JSON.stringify(Object.fromEntries(answered))}`);
      // The hostile but valid calls got through to the services, and some changed the data.
      expect(answered.get('ok') ?? 0).toBeGreaterThan(RUNS * 0.05);
      expect(services.context.store.deals.size).toBeGreaterThan(1);

      // What the window shows now is what a restart shows.
      const shown = {
        deals: services.context.store.deals.all(),
        settings: services.settings.get(),
        workbench: services.context.store.workbench.data,
      };
      await services.flush();
      services.close();
      services = await createLoadedServices(options);
      expect(services.app.status().problems).toEqual([]);
      expect(new Map(services.context.store.deals.all().map((d) => [d.id, d]))).toEqual(
        new Map(shown.deals.map((d) => [d.id, d])),
      );
      expect(services.settings.get()).toEqual(shown.settings);
      expect(services.context.store.workbench.data).toEqual(shown.workbench);
      services.close();
    },
    scaled(60_000),
  );
});
