import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distOf } from './helpers/builds.ts';

/** Every file under `dir` with a hash of its bytes, by path. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

describe('a build is deterministic', () => {
  it('the same seeds, built twice from different folders, give byte-identical sites', () => {
    const first = tree(distOf('seeds'));
    const second = tree(distOf('again'));
    // Pages, assets, sitemap and the Pagefind index all take part.
    expect([...first.keys()].some((p) => p.startsWith('pagefind/'))).toBe(true);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
