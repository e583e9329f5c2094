// Turns a CSV file's bytes into text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030,
// which covers GBK and GB2312 – what Excel on a Chinese Windows saves "CSV" as.
import type { TextEncodingName } from '@shared/domain/history/records';

export type DecodedCsv = { text: string; encoding: TextEncodingName };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030');

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: gb18030.decode(bytes), encoding: 'gb18030' };
  }
}

export function decodeCsvRequest(request: { base64?: string; text?: string }): DecodedCsv {
  if (request.text !== undefined) return { text: request.text, encoding: 'utf-8' };
  return decodeCsvBytes(Buffer.from(request.base64 ?? '', 'base64'));
}
