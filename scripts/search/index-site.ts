import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Writes the Pagefind index of a built site into `<site>/pagefind/`.
 * Node API: https://pagefind.app/docs/node-api/
 *
 * It runs as its own step after `astro build` has exited rather than inside
 * the build: Pagefind holds the whole index in memory, and inside the build
 * its peak added to node's (13.4 GB at 10k pages instead of the larger of
 * the two, README "Performance").
 *
 * What gets indexed is decided by the pages' markup (`data-pagefind-body`),
 * so pages without it (home, lists, 404, /search/) stay out of the index.
 */
export async function indexSite(site: string, log: (line: string) => void): Promise<{ pages: number; files: number; bytes: number }> {
  const outputPath = join(site, 'pagefind');
  // The whole site is Chinese: one language index, segmented with the
  // extended binary's Chinese dictionary whatever a page's lang says.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    fail(added.errors, 'indexing');
    if (added.page_count === 0) log('pagefind: warning: no page has data-pagefind-body content');
    fail((await index.writeFiles({ outputPath })).errors, 'writing');
    // Pagefind also writes its older UIs; the site uses the Component UI only.
    for (const f of UNUSED) rmSync(join(outputPath, f), { force: true });
    const size = measure(outputPath);
    const ui = measure(outputPath, (f) => f.startsWith('pagefind-component-ui.'));
    log(
      `pagefind: indexed ${added.page_count} pages → pagefind/: ${size.files} files, ${size.bytes} bytes` +
        ` (${kib(size.bytes)}: index ${kib(size.bytes - ui.bytes)}, Component UI ${kib(ui.bytes)})`,
    );
    return { pages: added.page_count, ...size };
  } finally {
    await pagefind.close();
  }
}

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

function fail(errors: string[], stage: string): void {
  if (errors.length > 0) throw new Error(`pagefind ${stage} failed: ${errors.join('; ')}`);
}

/** Counts files and bytes under a folder (the index size the build reports). */
export function measure(folder: string, include: (name: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!include(name)) continue;
    const stat = statSync(join(folder, name));
    if (!stat.isFile()) continue;
    files += 1;
    bytes += stat.size;
  }
  return { files, bytes };
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
