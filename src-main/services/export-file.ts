// Writing an export where the user chose: atomically (never a half file over an older export), then the folder is
// remembered for next time, best effort (a read-only or full data folder must not fail an export that was saved).
import { dirname } from 'node:path';
import { writeFileDurably } from '../store/durable-json-file';
import type { Store } from '../store/open-store';

export async function writeExport(store: Store, path: string, content: string | Uint8Array): Promise<void> {
  await writeFileDurably(path, content);
  if (store.readOnly) return;
  await store.workbench.update('export', { ...store.workbench.data.export, lastFolder: dirname(path) }).catch(() => {});
}
