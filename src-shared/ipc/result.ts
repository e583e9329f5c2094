// The envelope every IPC call resolves to: errors cross the boundary as plain data, never as thrown objects.

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'storage-failed',
  'data-locked',
  'read-only',
  'unknown-channel',
  'forbidden-sender',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field; `path` is dotted (`contacts.0.name`), `code` is translatable. */
export type FieldIssue = { path: string; code: FieldIssueCode; message: string };
export type FieldIssueCode = 'required' | 'too-long' | 'too-small' | 'too-large' | 'invalid-choice' | 'invalid';

export type IpcErrorData = { code: ErrorCode; message: string; issues?: FieldIssue[] };

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorData };
