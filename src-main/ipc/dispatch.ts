// The one entry point for IPC calls: check the channel, validate the input, call the handler, wrap the result.
import { isChannel } from '@shared/ipc/contract';
import type { IpcResult } from '@shared/ipc/result';
import { toFieldIssues } from '../schemas/common';
import { ServiceError } from '../services/service-error';
import { DealIdClashError } from '../store/deal-store';
import { DataFolderReadOnlyError } from '../store/read-only';
import type { Handlers } from './handlers';
import { inputSchemas } from './input-schemas';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<IpcResult<unknown>>;

export function createDispatch(
  handlers: Handlers,
  onInternalError: (error: unknown) => void = console.error,
): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel))
      return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${channel}.` } };
    const parsed = inputSchemas[channel].safeParse(rawInput);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      const where = issues[0]?.path ? ` at ${issues[0].path}` : '';
      return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${channel}${where}.`, issues } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
      if (error instanceof DealIdClashError) return { ok: false, error: { code: 'conflict', message: error.message } };
      if (error instanceof DataFolderReadOnlyError)
        return { ok: false, error: { code: 'read-only', message: error.message } };
      onInternalError(error);
      if (isFileSystemError(error)) {
        return {
          ok: false,
          error: {
            code: 'storage-failed',
            message: `Could not save to disk (${error.code}), so the change was not made. Try again.`,
          },
        };
      }
      return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly.` } };
    }
  };
}

const isFileSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
