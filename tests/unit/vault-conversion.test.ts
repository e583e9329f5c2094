// Turning protection on and off survives SIGKILL at any moment: a child converts the folder back and forth and is
// killed again and again; after each kill the folder opens whole, all plain or all encrypted, nothing plain left.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src-shared/domain/rehearsal/seeded-random';
import { LOCK_FILE } from '../../src-main/store/data-lock';
import { QUARANTINE_DIR } from '../../src-main/store/quarantine';
import { CONVERSION_FILE, finishConversion } from '../../src-main/store/vault/convert-folder';
import { encryptedCodec, plainCodec } from '../../src-main/store/vault/file-codec';
import { isSealed } from '../../src-main/store/vault/sealed-bytes';
import { readVaultKeys, VAULT_FILE } from '../../src-main/store/vault/vault-file';
import { createVaultKeys } from '../../src-main/store/vault/vault-keys';
import { crashTestTimeoutMs } from '../timeouts';
import { bundleChild } from './bundle-child';
import { openLoadedStore } from './open-loaded';
import { makeDeal, T0 } from './store-fixtures';

const KILLS = Number(process.env.PARLEY_CRASH_KILLS ?? 200);
const SEED = Number(process.env.PARLEY_CRASH_SEED ?? Date.now() % 1_000_000);
const DEALS = 24;
const SECRET_TITLE = 'Zephyr tower lease';
const SECRET_CLIENT = 'Qilin Mobile';

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'parley-vault-crash-'));
  childScript = await bundleChild('tests/unit/vault-conversion-child.ts', workDir);
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

/** Starts the child and kills it a random moment after it is ready; resolves with how many conversions it finished. */
function runAndKill(
  dataDir: string,
  keysFile: string,
  delayMs: number,
): Promise<{ converted: number; stderr: string }> {
  const child = spawn(process.execPath, [childScript, dataDir, keysFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let converted = 0;
  let timer: NodeJS.Timeout | undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    converted += text.split('converted').length - 1;
    if (text.includes('ready')) timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
  });
  return new Promise((done) =>
    child.on('close', () => {
      clearTimeout(timer);
      done({ converted, stderr });
    }),
  );
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('turning protection on and off', () => {
  it(
    `leaves a folder that opens, all old or all new, after each of ${KILLS} kills (seed ${SEED})`,
    async () => {
      const dataDir = join(workDir, 'data');
      const { keys, dataKey } = await createVaultKeys('crash test passphrase');
      const keysFile = join(workDir, 'keys.json');
      await writeFile(keysFile, JSON.stringify({ keys, dataKey: dataKey.toString('base64') }));
      const store = await openLoadedStore(dataDir, T0);
      for (let index = 0; index < DEALS; index++) {
        await store.deals.save(
          makeDeal(`d${index}`, { title: `${SECRET_TITLE} ${index}`, counterpartOrg: SECRET_CLIENT, value: 4_321_987 }),
        );
      }
      await store.flush();
      store.close();
      // A file set aside earlier is converted too.
      await mkdir(join(dataDir, QUARANTINE_DIR));
      await writeFile(join(dataDir, QUARANTINE_DIR, 'old-d9.json'), `{"title":"${SECRET_TITLE}" broken`);

      const random = createRandom(SEED);
      let conversions = 0;
      let sawOn = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        const where = `kill ${kill + 1} (seed ${SEED})`;
        const round = await runAndKill(dataDir, keysFile, random() * 300);
        expect(round.stderr, where).toBe('');
        conversions += round.converted;

        await finishConversion(dataDir);
        const isOn = (await readVaultKeys(dataDir)) !== null;
        if (isOn) sawOn++;
        for (const file of await allFiles(dataDir)) {
          const name = file.slice(dataDir.length + 1);
          if (name === VAULT_FILE || name === LOCK_FILE) continue;
          expect(name, `${where}: leftover`).not.toMatch(/\.tmp$|^vault-conversion/);
          expect(name).not.toBe(CONVERSION_FILE);
          const bytes = await readFile(file);
          expect(isSealed(bytes), `${where}: ${name} ${isOn ? 'plain while on' : 'sealed while off'}`).toBe(isOn);
          if (isOn) {
            expect(bytes.includes(Buffer.from(SECRET_TITLE)), `${where}: ${name}`).toBe(false);
            expect(bytes.includes(Buffer.from(SECRET_CLIENT)), `${where}: ${name}`).toBe(false);
          }
        }
        const opened = await openLoadedStore(dataDir, T0, isOn ? encryptedCodec(dataKey) : plainCodec);
        expect(opened.problems, where).toEqual([]);
        expect(opened.deals.size, where).toBe(DEALS);
        expect(opened.deals.get('d7')?.counterpartOrg, where).toBe(SECRET_CLIENT);
        opened.close();
      }
      // The kills landed both before and after commit points, in both directions.
      expect(conversions).toBeGreaterThan(0);
      expect(sawOn).toBeGreaterThan(0);
      expect(sawOn).toBeLessThan(KILLS);
    },
    crashTestTimeoutMs(KILLS),
  );
});
