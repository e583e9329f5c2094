// The process vault-conversion.test.ts kills: turns protection on, then off, then on… until SIGKILL.
// Prints "ready" once it has finished what a crash left behind, and "converted <on|off>" after each conversion.
import { readFile } from 'node:fs/promises';
import { convertFolder, finishConversion } from '../../src-main/store/vault/convert-folder';
import { encryptedCodec, plainCodec } from '../../src-main/store/vault/file-codec';
import { readVaultKeys } from '../../src-main/store/vault/vault-file';
import { vaultKeysSchema } from '../../src-main/store/vault/vault-keys';

const [dataDir, keysFile] = process.argv.slice(2);
if (!dataDir || !keysFile) throw new Error('usage: vault-conversion-child <data dir> <keys file>');
const saved = JSON.parse(await readFile(keysFile, 'utf8')) as { keys: unknown; dataKey: string };
const keys = vaultKeysSchema.parse(saved.keys);
const encrypted = encryptedCodec(Buffer.from(saved.dataKey, 'base64'));

await finishConversion(dataDir);
process.stdout.write('ready\n');
for (;;) {
  const isOn = (await readVaultKeys(dataDir)) !== null;
  if (isOn) await convertFolder(dataDir, encrypted, plainCodec, null);
  else await convertFolder(dataDir, plainCodec, encrypted, keys);
  process.stdout.write(`converted ${isOn ? 'off' : 'on'}\n`);
}
