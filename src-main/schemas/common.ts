// Building blocks shared by every zod schema, and the translation of zod issues into field issues.
import { z } from 'zod';
import type { FieldIssue, FieldIssueCode } from '@shared/ipc/result';

export const id = z.string().min(1).max(100);
/** Names Windows reserves for devices, whatever the case or extension: CON.json opens the console, not a file. */
const RESERVED_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Ids that become file names (deals/<id>.json): a safe alphabet, no dots or slashes, no device names. */
export const fileNameId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/)
  .refine((value) => !RESERVED_DEVICE_NAME.test(value), { message: 'a name Windows reserves for a device' });
export const shortText = (max = 200) => z.string().max(max);
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);
export const longText = z.string().max(20_000);
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const amount = z.number().finite().min(-1e13).max(1e13);
export const currencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/);

function issueCode(issue: z.core.$ZodIssue): FieldIssueCode {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too-small';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too-long' : 'too-large';
    case 'invalid_value':
      return 'invalid-choice';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid';
    default:
      return 'invalid';
  }
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issueCode(issue),
    message: issue.message,
  }));
}
