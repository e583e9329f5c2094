// The one IPC contract: every channel between renderer and backend, with its input and output.
import type { Deal, DealDraft } from '../domain/deal';
import type { DealListPage, DealQuery } from '../domain/deal-list';
import type { Settings } from '../domain/settings';
import type { IpcResult } from './result';

/** A file that could not be read at start; it was moved aside, never overwritten. */
export type StoreProblem = { file: string; movedTo: string; reason: string };

export type AppStatus = {
  version: string;
  dataDir: string;
  dealCount: number;
  problems: StoreProblem[];
};

export type Contract = {
  'app:status': { input: null; output: AppStatus };
  'app:dismiss-problems': { input: null; output: null };

  'settings:get': { input: null; output: Settings };
  'settings:update': { input: Partial<Settings>; output: Settings };

  'deals:list': { input: DealQuery; output: DealListPage };
  'deals:get': { input: { id: string }; output: Deal };
  'deals:create': { input: DealDraft; output: Deal };
  'deals:update': { input: { id: string; draft: DealDraft }; output: Deal };
  'deals:duplicate': { input: { id: string; title: string }; output: Deal };
  'deals:delete': { input: { id: string }; output: Deal };
  /** Puts back a deal returned by `deals:delete` (undo). */
  'deals:restore': { input: Deal; output: Deal };
};

export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = Contract[C]['input'];
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

/** The runtime allowlist: the preload exposes these and nothing else. */
export const CHANNELS = [
  'app:status',
  'app:dismiss-problems',
  'settings:get',
  'settings:update',
  'deals:list',
  'deals:get',
  'deals:create',
  'deals:update',
  'deals:duplicate',
  'deals:delete',
  'deals:restore',
] as const satisfies readonly Channel[];

// Fails the typecheck when a channel of the contract is missing from CHANNELS.
type AssertTrue<T extends true> = T;
export type EveryChannelListed = AssertTrue<
  [Exclude<Channel, (typeof CHANNELS)[number]>] extends [never] ? true : false
>;

/** What `window.parley` offers: each channel resolves to a result envelope. */
export type ParleyApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

/** Commands the app menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-deal',
  'open-settings',
  'go-deals',
  'go-rehearse',
  'go-history',
  'go-playbook',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_EVENT = 'menu:command';

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
