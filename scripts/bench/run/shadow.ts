import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site is built from a snapshot of the project inside the work folder:
 * Astro's caches (`.astro/`, `node_modules/.astro`) then belong to this run
 * alone, not to teammates' builds running at the same time, and edits made
 * during a long run don't change what is measured. node_modules is found by
 * walking up from `.bench/`.
 *
 * A variant patches one build option into the snapshot, so options can be
 * measured without touching the project's own config. Options from Astro 7.1:
 * https://docs.astro.build/en/reference/experimental-flags/collection-storage/
 * and glob()'s deferRender / retainBody (content loader reference).
 */
export const variants = {
  /** Split .astro/data-store.json into ≤10 MB chunks. */
  chunked: { file: 'astro.config.mjs', find: /export default defineConfig\(\{/, add: "export default defineConfig({\n  experimental: { collectionStorage: 'chunked' }," },
  /** Keep MDX bodies out of the data store (MDX is compiled from the file anyway). */
  'no-body': { file: 'src/content.config.ts', find: /glob\(\{ pattern: '\*\.mdx',/, add: "glob({ pattern: '*.mdx', retainBody: false," },
  /** Defer rendering at sync time (a no-op for .mdx, which Astro already renders on demand). */
  defer: { file: 'src/content.config.ts', find: /glob\(\{ pattern: '\*\.mdx',/, add: "glob({ pattern: '*.mdx', deferRender: true," },
} as const;

export type VariantName = keyof typeof variants;

export function writeShadow(root: string, dir: string, name?: VariantName): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'content/laws.yaml', 'content/topics.yaml', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  if (!dir.startsWith(`${root}/`)) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (!name) return;
  const patch = variants[name];
  const target = join(dir, patch.file);
  const text = readFileSync(target, 'utf8');
  if (!patch.find.test(text)) throw new Error(`variant ${name}: ${patch.file} no longer has the expected line`);
  writeFileSync(target, text.replace(patch.find, patch.add));
}
