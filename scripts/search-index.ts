import { resolve } from 'node:path';
import { indexSite } from './search/index-site.ts';

/**
 * `node scripts/search-index.ts [SITE_DIR]`: the Pagefind step of
 * `npm run build`, over OUT_DIR (default dist) once Astro has written it.
 */
const site = resolve(process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist');
await indexSite(site, (line) => process.stderr.write(`${line}\n`));
