import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Writes the Pagefind index into `<outDir>/pagefind/` once Astro has written
 * every page, so `astro build` alone yields a searchable site.
 * Node API: https://pagefind.app/docs/node-api/
 *
 * What gets indexed is decided by the pages' markup (`data-pagefind-body`),
 * so pages without it (home, lists, 404, /search/) stay out of the index.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'legal-faq:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        // The whole site is Chinese: one language index, segmented with the
        // extended binary's Chinese dictionary whatever a page's lang says.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          fail(added.errors, 'indexing');
          if (added.page_count === 0) logger.warn('no page has data-pagefind-body content');
          fail((await index.writeFiles({ outputPath })).errors, 'writing');
          // Pagefind also writes its older UIs; the site uses the Component UI only.
          for (const f of UNUSED) rmSync(join(outputPath, f), { force: true });
          const size = measure(outputPath);
          const ui = measure(outputPath, (f) => f.startsWith('pagefind-component-ui.'));
          logger.info(
            `indexed ${added.page_count} pages → pagefind/: ${size.files} files, ${size.bytes} bytes` +
              ` (${kib(size.bytes)}: index ${kib(size.bytes - ui.bytes)}, Component UI ${kib(ui.bytes)})`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
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
