// The only way the renderer talks to the backend: typed calls that throw an IpcError on failure.
import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  EventName,
  MenuCommand,
  ParleyApi,
  ParleyEvents,
} from '@shared/ipc/contract';
import i18next from 'i18next';
import type { ErrorCode, FieldIssue } from '@shared/ipc/result';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface Window {
    parley: ParleyApi;
    parleyEvents?: {
      onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
      on: <E extends EventName>(name: E, listener: (payload: ParleyEvents[E]) => void) => () => void;
    };
  }
}

export class IpcError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const invoke = window.parley[channel] as (input: ChannelInput<C>) => ReturnType<ParleyApi[C]>;
  const result = await invoke(input);
  if (!result.ok) {
    const { code, message, issues } = result.error;
    // Every edit in read-only mode says why, in the user's language.
    throw new IpcError(code, code === 'read-only' ? i18next.t('readOnly.cannotSave') : message, issues);
  }
  return result.value as ChannelOutput<C>;
}

/** Menu commands from the Electron menu; absent (a no-op) in the browser test harness. */
export const onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) =>
  window.parleyEvents?.onMenuCommand(listener) ?? (() => undefined);

/** Events from the main process (progress of long work). */
export const onEvent = <E extends EventName>(name: E, listener: (payload: ParleyEvents[E]) => void): (() => void) =>
  window.parleyEvents?.on(name, listener) ?? (() => undefined);
