// dispatch, the IPC boundary: every channel rejects malformed input with 'invalid-input' and changes nothing on disk.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '@shared/ipc/contract';
import type { FieldIssueCode, IpcResult } from '@shared/ipc/result';
import { createDispatch, type Dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { inputSchemas } from '../../src-main/ipc/input-schemas';
import { createServices, type Services } from '../../src-main/services/create-services';
import { ServiceError } from '../../src-main/services/service-error';
import { fullDeal, samples, type Sample } from './ipc-samples';
import { countingIds, makeDraft, snapshotFiles, steppingClock, useTempDirs } from './store-fixtures';

const FIELD_ISSUE_CODES: readonly FieldIssueCode[] = [
  'required',
  'too-long',
  'too-small',
  'too-large',
  'invalid-choice',
  'invalid',
];
const HUGE = 'x'.repeat(1_000_000);

/** Junk that no channel may accept. (Nothing here is a Symbol or a function: IPC cannot carry those.) */
const JUNK: readonly [string, unknown][] = [
  ['undefined', undefined],
  ['a number', 12345],
  ['NaN', Number.NaN],
  ['true', true],
  ['an empty string', ''],
  ['a 1 MB string', HUGE],
  ['an array', [1, 'two', { three: 3 }]],
  ['an object of unknown fields', { __bogus: 'junk', nested: { deeper: [1, 2, 3] } }],
  ['an object of unknown huge fields', { __bogus: HUGE }],
  ['a prototype-polluting object', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}}')],
];
/** More junk for the channels whose input is null: anything but null. */
const NOT_NULL: readonly [string, unknown][] = [
  ['an empty object', {}],
  ['zero', 0],
  ['false', false],
  ['an empty array', []],
];

type Leaf = { path: string[]; value: unknown };

function leavesOf(value: unknown, path: string[] = []): Leaf[] {
  const here = path.length > 0 ? [{ path, value }] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => leavesOf(item, [...path, String(index)]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]))];
  return here;
}

function withChange(input: unknown, path: string[], change: (parent: Record<string, unknown>, key: string) => void) {
  const copy = structuredClone(input) as Record<string, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  change(parent, path.at(-1) as string);
  return copy;
}

/** A value of another type than `value` (structured-cloneable, like everything IPC carries). */
const wrongType = (value: unknown): unknown =>
  typeof value === 'string'
    ? 12345
    : typeof value === 'number'
      ? 'not a number'
      : typeof value === 'boolean'
        ? 'yes'
        : value === null
          ? true
          : 'not an object';

/** Corrupted copies of a valid sample: every field of the wrong type, oversized, or left out. */
function corruptionsOf(sample: Sample): { label: string; path: string; input: unknown }[] {
  const cases: { label: string; path: string; input: unknown }[] = [];
  for (const { path, value } of leavesOf(sample.input)) {
    const dotted = path.join('.');
    const set = (replacement: unknown) =>
      withChange(sample.input, path, (parent, key) => {
        parent[key] = replacement;
      });
    cases.push({ label: `${dotted} of the wrong type`, path: dotted, input: set(wrongType(value)) });
    if (typeof value === 'string') cases.push({ label: `${dotted} 1 MB long`, path: dotted, input: set(HUGE) });
    if (Array.isArray(value) && value.length > 0)
      cases.push({ label: `${dotted} with 10 001 items`, path: dotted, input: set(Array(10_001).fill(value[0])) });
    const isArrayItem = /^\d+$/.test(path.at(-1) as string);
    if (!isArrayItem && !sample.optional?.includes(dotted)) {
      const input = withChange(sample.input, path, (parent, key) => {
        delete parent[key];
      });
      cases.push({ label: `${dotted} missing`, path: dotted, input });
    }
  }
  return cases;
}

function expectInvalidInput(result: IpcResult<unknown>, channel: string, label: string, path?: string): void {
  const where = `${channel} with ${label}`;
  expect(result.ok, where).toBe(false);
  if (result.ok) return;
  const { code, message, issues } = result.error;
  expect(code, where).toBe('invalid-input');
  expect(message, where).toMatch(new RegExp(`^Invalid input for ${channel}`));
  expect(message.length, where).toBeLessThan(300);
  expect(issues?.length, where).toBeGreaterThan(0);
  for (const issue of issues ?? []) {
    expect(typeof issue.path, where).toBe('string');
    expect(FIELD_ISSUE_CODES, where).toContain(issue.code);
    expect(issue.message.length, where).toBeGreaterThan(0);
    expect(issue.message.length, where).toBeLessThan(300);
  }
  if (path !== undefined) {
    const paths = (issues ?? []).map((issue) => issue.path);
    expect(
      paths.some((issuePath) => issuePath === path || issuePath.startsWith(`${path}.`)),
      `${where}: issues at ${paths.join(', ')}`,
    ).toBe(true);
  }
  expect(structuredClone(result), `${where}: the result crosses IPC as plain data`).toEqual(result);
}

const tempDir = useTempDirs('parley-dispatch-', 'all');
let dataDir: string;
let services: Services;
let dispatch: Dispatch;
let dealId: string;

beforeAll(async () => {
  dataDir = await tempDir();
  services = await createServices({ dataDir, now: steppingClock(), newId: countingIds('deal'), version: 'test' });
  dispatch = createDispatch(createHandlers(services));
  dealId = (await services.deals.create(makeDraft())).id;
  await services.settings.update({ language: 'en', theme: 'light' });
});
afterAll(() => services.close());

/** Runs `calls`, then checks that no file in the data folder was added, removed or changed. */
async function expectNoChangeOnDisk(calls: () => Promise<void>): Promise<void> {
  const before = await snapshotFiles(dataDir);
  const dealCount = services.app.status().dealCount;
  await calls();
  expect(await snapshotFiles(dataDir)).toEqual(before);
  expect(services.app.status().dealCount).toBe(dealCount);
}

const nullInputChannels = CHANNELS.filter((channel) => inputSchemas[channel].safeParse(null).success);

describe('dispatch rejects malformed input on every channel', () => {
  it.each(CHANNELS)('%s', async (channel) => {
    const junk = nullInputChannels.includes(channel) ? [...JUNK, ...NOT_NULL] : [...JUNK, ['null', null] as const];
    await expectNoChangeOnDisk(async () => {
      for (const [label, input] of junk) expectInvalidInput(await dispatch(channel, input), channel, label);
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const table = Object.entries(samples('placeholder')) as [Channel, Sample][];
  it.each(table.map(([channel]) => channel))('%s, field by field', async (channel) => {
    const sample = samples(dealId)[channel] as Sample;
    expect(inputSchemas[channel].safeParse(sample.input).success, 'the sample itself is valid').toBe(true);
    await expectNoChangeOnDisk(async () => {
      for (const { label, path, input } of corruptionsOf(sample)) {
        expectInvalidInput(await dispatch(channel, input), channel, label, path);
      }
    });
  });

  it('rejects a restored deal whose id cannot be a file name', async () => {
    await expectNoChangeOnDisk(async () => {
      for (const id of ['../../outside', 'a/b', 'con.json', ' spaced ', 'CON', 'nul', 'Com1', 'LPT9', 'aux', 'PRN']) {
        expectInvalidInput(await dispatch('deals:restore', fullDeal(id)), 'deals:restore', `id ${id}`, 'id');
      }
    });
  });

  it('refuses a deal id that differs from an existing one only by case (one file on Windows and macOS)', async () => {
    expect(await dispatch('deals:restore', fullDeal('Case-Deal'))).toMatchObject({ ok: true });
    await expectNoChangeOnDisk(async () => {
      for (const id of ['case-deal', 'CASE-DEAL', 'Case-deal']) {
        const result = await dispatch('deals:restore', fullDeal(id));
        expect(result, id).toMatchObject({
          ok: false,
          error: { code: 'conflict', message: expect.stringContaining('Case-Deal') },
        });
      }
    });
    expect(await dispatch('deals:delete', { id: 'Case-Deal' })).toMatchObject({ ok: true });
    // Once it is gone, the other spelling is free.
    expect(await dispatch('deals:restore', fullDeal('case-deal'))).toMatchObject({ ok: true });
    expect(await dispatch('deals:delete', { id: 'case-deal' })).toMatchObject({ ok: true });
  });
});

describe('dispatch rejects undefined for a key that is present', () => {
  it('refuses settings:update {theme: undefined}, which would store settings that fail their own schema', async () => {
    await expectNoChangeOnDisk(async () => {
      for (const patch of [{ theme: undefined }, { language: undefined }, { theme: 'dark', language: undefined }]) {
        const path = 'theme' in patch && patch.theme === undefined ? 'theme' : 'language';
        expectInvalidInput(await dispatch('settings:update', patch), 'settings:update', JSON.stringify(patch), path);
      }
    });
    expect(services.settings.get()).toEqual({ language: 'en', theme: 'light' });
  });
});

describe('dispatch errors', () => {
  it("answers 'unknown-channel' for anything not in the contract", async () => {
    await expectNoChangeOnDisk(async () => {
      for (const channel of ['deals:hack', '', 'constructor', '__proto__', 'toString', 'DEALS:LIST', ' deals:list']) {
        const result = await dispatch(channel, null);
        expect(result, channel).toEqual({ ok: false, error: { code: 'unknown-channel', message: expect.any(String) } });
      }
    });
  });

  it("answers 'not-found' for a deal id that does not exist", async () => {
    const withId = Object.entries(samples('no-such-deal')).filter(([, sample]) => sample.idPath);
    expect(withId.length).toBeGreaterThan(0);
    await expectNoChangeOnDisk(async () => {
      for (const [channel, sample] of withId) {
        const result = await dispatch(channel, sample.input);
        expect(result, channel).toEqual({
          ok: false,
          error: { code: 'not-found', message: expect.stringContaining('no-such-deal') },
        });
      }
    });
  });

  it("answers 'internal' for an unexpected failure, without its message or stack", async () => {
    const onInternalError = vi.fn();
    const failure = new Error('boom in /home/someone/secret/path.ts');
    const handlers = {
      ...createHandlers(services),
      'app:status': () => {
        throw failure;
      },
      'settings:get': () => Promise.reject(new TypeError('cannot read properties of undefined (secret)')),
      'app:dismiss-problems': () => {
        throw 'a thrown string, secret';
      },
    };
    const failing = createDispatch(handlers, onInternalError);
    for (const channel of ['app:status', 'settings:get', 'app:dismiss-problems'] as const) {
      const result = await failing(channel, null);
      expect(result, channel).toEqual({
        ok: false,
        error: { code: 'internal', message: `${channel} failed unexpectedly.` },
      });
      expect(JSON.stringify(result)).not.toMatch(/secret|boom|\bat\b/);
    }
    expect(onInternalError).toHaveBeenCalledTimes(3);
    expect(onInternalError).toHaveBeenCalledWith(failure);
  });

  it("passes a service's own error on, and reports a disk failure as 'storage-failed'", async () => {
    const diskFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const handlers = {
      ...createHandlers(services),
      'deals:get': () => {
        throw new ServiceError('conflict', 'Already there.');
      },
      'settings:get': () => Promise.reject(diskFull),
    };
    const failing = createDispatch(handlers, () => undefined);
    expect(await failing('deals:get', { id: dealId })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Already there.' },
    });
    expect(await failing('settings:get', null)).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: expect.stringContaining('ENOSPC') },
    });
  });

  it('answers a valid call with its value', async () => {
    expect(await dispatch('deals:get', { id: dealId })).toEqual({ ok: true, value: services.deals.get(dealId) });
    expect(await dispatch('settings:get', null)).toEqual({ ok: true, value: { language: 'en', theme: 'light' } });
  });
});
