import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Temp file + rename: a reader (or a crash) never sees half a page. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = join(path, '..', `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
