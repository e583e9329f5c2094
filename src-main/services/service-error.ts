// The error services throw for an expected failure; dispatch turns it into `{ code, message }`.
import type { ErrorCode } from '@shared/ipc/result';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string, id: string): ServiceError =>
  new ServiceError('not-found', `No ${what} with id ${id}.`);
