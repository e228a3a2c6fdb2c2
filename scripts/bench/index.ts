/**
 * `npm run bench -- --pages N [--json FILE]`: the whole pipeline at scale over
 * generated seeds, side by side with a bare Astro + Pagefind baseline (issue 6).
 * Work folders go under .bench/ (git-ignored), never into content/.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSeeds } from './gen/index.ts';
import { formatTable, type BenchReport } from './report.ts';
import { runBaseline, writeBaseline, type BaselineResult } from './run/baseline.ts';
import { runLighthouse } from './run/lighthouse.ts';
import { pageTypes } from './run/pages.ts';
import { runPipeline, type PipelineResult } from './run/pipeline.ts';
import { variants, type VariantName } from './run/shadow.ts';
import { measureSearchBytes, type SearchBytes } from './run/search-bytes.ts';
import { folderBytes, MB, meanFaqHtmlBytes } from './run/sizes.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    json: { type: 'string' },
    work: { type: 'string' },
    seed: { type: 'string', default: '20260101' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'generate-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    variant: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..', '..');
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 2) throw new Error(`--pages must be an integer ≥ 2, got ${values.pages}`);
const variant = values.variant as VariantName | undefined;
if (variant !== undefined && !(variant in variants)) throw new Error(`--variant must be one of ${Object.keys(variants).join(', ')}`);
const work = resolve(values.work ?? join(root, '.bench', `run-${pages}${variant ? `-${variant}` : ''}`));
const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// Other builds on the same 2 cores skew every timing: record the load so a reader can tell.
const loadBefore = loadavg()[0];
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const seeds = join(work, 'seeds');
const generated = generateSeeds({ pages, outDir: seeds, root, seed: Number(values.seed) });
log(`generated ${pages} seeds (${(generated.bytes / MB).toFixed(1)} MB) in ${seeds}`);
if (values['generate-only']) process.exit(0);

let site: PipelineResult | undefined;
let siteError: string | undefined;
try {
  log('site pipeline: ingest, re-ingest, astro build, pagefind');
  site = await runPipeline(root, work, seeds, values.verbose, variant);
} catch (error) {
  siteError = error instanceof Error ? error.message : String(error);
  log(`site pipeline failed: ${siteError.slice(0, 2000)}`);
}

let baseline: BaselineResult | undefined;
if (!values['skip-baseline']) {
  log('baseline: bare Astro + MDX, one page per answer, then pagefind');
  writeBaseline(root, join(work, 'baseline'), generated);
  baseline = await runBaseline(root, join(work, 'baseline'), values.verbose);
}

// Two query words the corpus is sure to contain: the keywords of two different topics.
const firstEntry = generated.catalog[0];
const other = generated.catalog.find((e) => e.topic !== firstEntry?.topic) ?? firstEntry;
const terms: [string, string] = [firstEntry?.keyword ?? '诈骗', other?.keyword ?? '离婚'];
let search: SearchBytes | undefined;
let lighthouse: BenchReport['lighthouse'] = {};
if (site && !values['skip-search']) {
  log(`search bytes for "${terms[0]}" then "${terms[1]}"`);
  search = await measureSearchBytes(site.dist, '/', terms).catch((e: unknown) => { log(`search failed: ${String(e)}`); return undefined; });
}
if (site && !values['skip-lighthouse']) {
  const types = pageTypes(site.dist, terms[0]);
  log(`lighthouse on ${Object.keys(types).join(', ')}`);
  lighthouse = await runLighthouse(site.dist, '/', types);
}

const total = site ? site.ingest.seconds + site.build.seconds + site.index.seconds : null;
const baselineTotal = baseline ? baseline.build.seconds + baseline.index.seconds : null;
const html = site ? meanFaqHtmlBytes(site.dist) : undefined;
const report: BenchReport = {
  pages,
  ingest_s: site?.ingest.seconds ?? null,
  build_s: site?.build.seconds ?? null,
  index_s: site?.index.seconds ?? null,
  total_s: total,
  // What the machine must hold: the summed process tree (node + Pagefind binary), GNU time's single-process max as fallback.
  peak_rss_mb: site ? Math.max(...[site.ingest, site.build, site.index].map((m) => Math.max(m.treeRssMb, m.peakRssMb))) : null,
  baseline_total_s: baselineTotal,
  ratio_vs_baseline: total !== null && baselineTotal ? total / baselineTotal : null,
  pages_per_s: total ? pages / total : null,
  dist_mb: site ? folderBytes(site.dist) / MB : null,
  faq_html_kb: html ? html.mean / 1024 : null,
  index_mb: site ? folderBytes(join(site.dist, 'pagefind')) / MB : null,
  first_query_kb: search ? search.firstQueryBytes / 1024 : null,
  second_query_kb: search ? search.secondQueryBytes / 1024 : null,
  lighthouse,
  extra: {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
    variant: variant ?? 'none',
    load_1min_before: loadBefore,
    load_1min_after: loadavg()[0],
    seeds_mb: generated.bytes / MB,
    reingest_s: site?.reingest.seconds,
    build_tree_rss_mb: site?.build.treeRssMb,
    baseline_tree_rss_mb: baseline ? Math.max(baseline.build.treeRssMb, baseline.index.treeRssMb) : undefined,
    ingest_rss_mb: site?.ingest.peakRssMb,
    build_rss_mb: site?.build.peakRssMb,
    index_rss_mb: site?.index.peakRssMb,
    faq_pages: html?.count,
    faq_html_max_kb: html ? html.max / 1024 : undefined,
    baseline_build_s: baseline?.build.seconds,
    baseline_index_s: baseline?.index.seconds,
    baseline_build_rss_mb: baseline?.build.peakRssMb,
    baseline_index_rss_mb: baseline?.index.peakRssMb,
    baseline_dist_mb: baseline ? folderBytes(baseline.dist) / MB : undefined,
    search_mode: search?.mode,
    search_terms: terms,
    first_query_gzip_kb: search ? search.firstQueryGzipBytes / 1024 : undefined,
    second_query_gzip_kb: search ? search.secondQueryGzipBytes / 1024 : undefined,
    search_requests: search?.requests,
    search_files: search?.files,
    search_first_results: search?.firstResults,
    site_error: siteError?.slice(0, 4000),
  },
};

console.log(formatTable(report));
if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(report, null, 2)}\n`);
if (!values.keep) {
  // Keep the seeds and the ingest report for a look afterwards; drop the heavy outputs.
  for (const dir of ['faq', 'dist', 'baseline', 'site']) rmSync(join(work, dir), { recursive: true, force: true });
}
if (siteError) process.exitCode = 1;
