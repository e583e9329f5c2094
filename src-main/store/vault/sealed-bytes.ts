// AES-256-GCM for whole files: a random nonce per write and a header (magic, format version) that is authenticated.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** "PRLYVLT" + the format version: a file starting otherwise is not sealed. */
const MAGIC = Buffer.from('PRLYVLT', 'ascii');
export const SEALED_FORMAT_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES;
export const KEY_BYTES = 32;

/** A sealed file that cannot be opened: damaged, cut short, written by a newer Parley, or another key's. */
export class SealedBytesError extends Error {
  constructor(
    readonly reason: 'not-sealed' | 'truncated' | 'newer-format' | 'wrong-key-or-damaged',
    message: string,
  ) {
    super(message);
    this.name = 'SealedBytesError';
  }
}

export const isSealed = (bytes: Uint8Array): boolean =>
  bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);

export function seal(key: Uint8Array, plain: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt8(SEALED_FORMAT_VERSION, MAGIC.length);
  randomBytes(NONCE_BYTES).copy(header, MAGIC.length + 1);
  const cipher = createCipheriv('aes-256-gcm', key, header.subarray(MAGIC.length + 1), { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function unseal(key: Uint8Array, sealed: Uint8Array): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (!isSealed(bytes)) throw new SealedBytesError('not-sealed', 'not an encrypted Parley file');
  if (bytes.length < HEADER_BYTES + TAG_BYTES) throw new SealedBytesError('truncated', 'encrypted file cut short');
  const version = bytes.readUInt8(MAGIC.length);
  if (version !== SEALED_FORMAT_VERSION) {
    throw new SealedBytesError('newer-format', `encrypted with format ${version}; this Parley reads format 1`);
  }
  const header = bytes.subarray(0, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(MAGIC.length + 1), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(header);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealedBytesError('wrong-key-or-damaged', 'encrypted file failed its check: damaged, or another key');
  }
}
