import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes of every file under a folder. */
export function folderBytes(folder: string): number {
  let total = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(folder, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

/** Mean size of `<dist>/faq/<id>/index.html`, bytes; 0 when there are none. */
export function meanFaqHtmlBytes(dist: string): { mean: number; max: number; count: number } {
  const faq = join(dist, 'faq');
  let total = 0;
  let max = 0;
  let count = 0;
  for (const id of safeList(faq)) {
    const file = join(faq, id, 'index.html');
    try {
      const size = statSync(file).size;
      total += size;
      max = Math.max(max, size);
      count++;
    } catch {
      // not a page folder
    }
  }
  return { mean: count ? total / count : 0, max, count };
}

export function safeList(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

export const MB = 1024 * 1024;
