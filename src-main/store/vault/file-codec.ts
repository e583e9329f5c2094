// What lies between a data file's bytes and its contents: nothing, or the vault's encryption (bytes in, bytes out).
import { KEY_BYTES, seal, unseal } from './sealed-bytes';

export type FileCodec = {
  readonly isEncrypted: boolean;
  /** The bytes to store for `plain`. */
  encode: (plain: Uint8Array) => Uint8Array;
  /** The contents of stored bytes; throws SealedBytesError when they cannot be opened. */
  decode: (stored: Uint8Array) => Uint8Array;
};

export const plainCodec: FileCodec = { isEncrypted: false, encode: (plain) => plain, decode: (stored) => stored };

export function encryptedCodec(dataKey: Uint8Array): FileCodec {
  if (dataKey.length !== KEY_BYTES) throw new Error('a data key has 32 bytes');
  const key = Buffer.from(dataKey);
  return { isEncrypted: true, encode: (plain) => seal(key, plain), decode: (stored) => unseal(key, stored) };
}

export const encodeText = (codec: FileCodec, text: string): Uint8Array => codec.encode(Buffer.from(text, 'utf8'));
export const decodeText = (codec: FileCodec, stored: Uint8Array): string =>
  Buffer.from(codec.decode(stored)).toString('utf8');
