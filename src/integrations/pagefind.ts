import { readdirSync, statSync } from 'node:fs';
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
          const size = measure(outputPath);
          logger.info(
            `indexed ${added.page_count} pages → ${size.files} files, ${formatBytes(size.bytes)} in pagefind/`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function fail(errors: string[], stage: string): void {
  if (errors.length > 0) throw new Error(`pagefind ${stage} failed: ${errors.join('; ')}`);
}

/** Counts files and bytes under a folder (the index size the build reports). */
export function measure(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(folder, name));
    if (!stat.isFile()) continue;
    files += 1;
    bytes += stat.size;
  }
  return { files, bytes };
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`;
}
